using Microsoft.Extensions.Logging;

namespace Graph.Store.Neo4j;

/// <summary>Every log line of the Neo4j store, source-generated. None takes a credential.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Neo4j attempt {Attempt} failed ({Reason}); retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, int attempt, string reason, long delayMs);

    [LoggerMessage(11, LogLevel.Warning, "Neo4j at {Server}: {Reason}; retrying with backoff for up to {GiveUpSeconds} s")]
    public static partial void FirstFailure(ILogger logger, Uri server, string reason, double giveUpSeconds);

    [LoggerMessage(2, LogLevel.Error, "Neo4j circuit opened for {BreakSeconds} s after sustained failures ({Reason})")]
    public static partial void CircuitOpened(ILogger logger, double breakSeconds, string reason);

    [LoggerMessage(3, LogLevel.Information, "Neo4j circuit closed: the server answers again")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(4, LogLevel.Information, "Neo4j at {Server} (version {Version}): using the {Api} API")]
    public static partial void ApiSelected(ILogger logger, Uri server, string version, string api);

    [LoggerMessage(5, LogLevel.Information, "Neo4j schema applied: {Statements} statements")]
    public static partial void SchemaApplied(ILogger logger, int statements);

    [LoggerMessage(6, LogLevel.Debug, "Neo4j wrote {DocumentId}: {Statements} statements in {ElapsedMs} ms")]
    public static partial void DocumentWritten(ILogger logger, string documentId, int statements, long elapsedMs);

    [LoggerMessage(7, LogLevel.Warning, "Neo4j {Type} batch of {DocumentId}: {Expected} rows sent, {Written} written (an endpoint is missing)")]
    public static partial void RowsDropped(ILogger logger, string type, string documentId, int expected, long written);

    [LoggerMessage(8, LogLevel.Warning, "Neo4j rollback of transaction {TransactionId} failed: {Reason}")]
    public static partial void RollbackFailed(ILogger logger, string transactionId, string reason);

    [LoggerMessage(9, LogLevel.Warning, "Relation {RelationId} ({Type}) skipped: the schema does not allow {From} -> {To} or an endpoint is not in the document")]
    public static partial void RelationSkipped(ILogger logger, string relationId, string type, string from, string to);

    [LoggerMessage(10, LogLevel.Information, "Neo4j retracted {DocumentId}: {EntitiesRemoved} entities and {RelationsRemoved} relations removed, {RelationsKept} kept")]
    public static partial void Retracted(ILogger logger, string documentId, int entitiesRemoved, int relationsRemoved, int relationsKept);
}
