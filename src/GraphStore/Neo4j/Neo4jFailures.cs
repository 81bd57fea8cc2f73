using System.Net;
using System.Net.Sockets;
using Graph.Store.Neo4j.Protocol;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Store.Neo4j;

/// <summary>
/// The one place that classifies failures and turns failure answers into <see cref="Neo4jException"/>.
/// Like the official drivers it decides by the Neo4j code whatever the HTTP status, and by the status only when there is no code.
/// </summary>
public static class Neo4jFailures
{
    /// <summary>True when the same work may succeed if tried again.</summary>
    public static bool IsTransient(Exception exception) => exception switch
    {
        Neo4jException { Code: { } code } => IsTransientCode(code),
        Neo4jException { Status: { } status } => IsTransientStatus(status),
        Neo4jException { InnerException: { } inner } => IsTransient(inner),
        Neo4jException => false,
        BrokenCircuitException => false,
        TimeoutRejectedException => true,
        HttpRequestException { StatusCode: { } status } => IsTransientStatus(status),
        HttpRequestException => true,
        SocketException => true,
        IOException => true,
        _ => false,
    };

    /// <summary>Neo.TransientError.* is retriable except the two a user or the server stopped on purpose.</summary>
    public static bool IsTransientCode(string code) =>
        code.StartsWith(Neo4jErrorCodes.TransientPrefix, StringComparison.Ordinal)
        && code != Neo4jErrorCodes.TransactionTerminated
        && code != Neo4jErrorCodes.LockClientStopped;

    /// <summary>Without a Neo4j code: server errors, request timeout and throttling are worth another try.</summary>
    public static bool IsTransientStatus(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;

    /// <summary>The exception for an answer that failed: the first Neo4j error if any, otherwise the HTTP status.</summary>
    internal static Neo4jException FromAnswer(HttpStatusCode status, IReadOnlyList<ServerError>? errors, string? rawBody)
    {
        var first = errors?.FirstOrDefault();
        if (first is not null)
        {
            var message = string.IsNullOrWhiteSpace(first.Message) ? "(no message)" : first.Message;
            var code = string.IsNullOrWhiteSpace(first.Code) ? null : first.Code;
            return new Neo4jException($"Neo4j {code ?? "error"}: {message} (HTTP {(int)status})", code, status);
        }

        var hint = status switch
        {
            HttpStatusCode.Unauthorized => "authentication failed: check NEO4J_USER and NEO4J_PASSWORD",
            HttpStatusCode.Forbidden => "the user may not do this on this database",
            HttpStatusCode.NotFound => "no such endpoint or database: check NEO4J_URI and NEO4J_DATABASE (the Query API needs Neo4j 5.19+)",
            _ => Snippet(rawBody),
        };
        return new Neo4jException($"Neo4j answered HTTP {(int)status} {status}: {hint}", null, status);
    }

    private static string Snippet(string? body) =>
        string.IsNullOrWhiteSpace(body) ? "(empty body)" : body.Length <= 200 ? body.Trim() : body[..200].Trim() + "…";
}
