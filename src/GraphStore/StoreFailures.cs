using System.Net;
using Graph.Store.Neo4j;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;

namespace Graph.Store;

/// <summary>What a long-running writer does with a store failure.</summary>
public enum FailureKind
{
    /// <summary>The store is down or busy: keep the work, wait, try again.</summary>
    Outage,

    /// <summary>The store refused this document's statements: set the document aside with the server's message.</summary>
    Document,

    /// <summary>Credentials, settings or the store itself are wrong: nothing will work until a person acts; stop.</summary>
    Fatal,
}

/// <summary>Classifies store failures for the worker; retries inside one attempt stay decided by <see cref="Neo4jFailures.IsTransient"/>.</summary>
public static class StoreFailures
{
    public static FailureKind Classify(Exception exception) => exception switch
    {
        _ when Neo4jFailures.IsTransient(exception) => FailureKind.Outage,
        Neo4jException { InnerException: BrokenCircuitException } => FailureKind.Outage,
        BrokenCircuitException => FailureKind.Outage,
        Neo4jException { Status: HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.NotFound } => FailureKind.Fatal,
        Neo4jException { Code: { } code } when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => FailureKind.Fatal,
        Neo4jException { Code: { } code } when code.StartsWith("Neo.ClientError.Statement.", StringComparison.Ordinal)
            || code.StartsWith("Neo.ClientError.Schema.", StringComparison.Ordinal) => FailureKind.Document,
        SqliteException { SqliteErrorCode: 5 or 6 } => FailureKind.Outage, // busy, locked: another writer holds the file
        SqliteException { SqliteErrorCode: 19 or 20 or 25 } => FailureKind.Document, // constraint, mismatch, range: this document's rows
        _ => FailureKind.Fatal,
    };

    /// <summary>True for a failure of the store (as opposed to one in extraction).</summary>
    public static bool IsStoreFailure(Exception exception) =>
        exception is Neo4jException or SqliteException or HttpRequestException or BrokenCircuitException or OptionsValidationException or UserFacingException
        || exception.GetType().Namespace?.StartsWith("Polly", StringComparison.Ordinal) == true;
}
