using System.Net;

namespace Graph.Store.Neo4j;

/// <summary>
/// A failure reported by Neo4j (or by the HTTP layer in front of it): the Neo4j code when there is one,
/// the HTTP status, and the server's own message. Never carries credentials.
/// </summary>
public sealed class Neo4jException(string message, string? code, HttpStatusCode? status, Exception? inner = null)
    : Exception(message, inner)
{
    /// <summary>The Neo4j status code (e.g. Neo.TransientError.Transaction.DeadlockDetected), null when the server gave none.</summary>
    public string? Code { get; } = code;

    /// <summary>The HTTP status of the answer, null when no answer arrived.</summary>
    public HttpStatusCode? Status { get; } = status;

    /// <summary>Whether trying the same work again may succeed; decided in <see cref="Neo4jFailures.IsTransient"/>.</summary>
    public bool IsTransient => Neo4jFailures.IsTransient(this);
}
