using Microsoft.Extensions.Logging;

namespace Graph.Ingest;

/// <summary>Every log message of the ingest side, source-generated; event ids by area (1xxx sources, 2xxx store, 3xxx worker).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Set aside {Path}: {Reason}")]
    public static partial void SourceSetAside(ILogger logger, string path, string reason);

    [LoggerMessage(1002, LogLevel.Information, "Duplicate {File}: the same text as {Of}, not ingested again")]
    public static partial void Duplicate(ILogger logger, string file, string of);

    [LoggerMessage(2001, LogLevel.Debug, "Wrote {File}: {Entities} entities, {Relations} relations")]
    public static partial void DocumentWritten(ILogger logger, string file, int entities, int relations);

    [LoggerMessage(2002, LogLevel.Information, "Reading {Count} earlier documents again: a short name they used now belongs to a full name")]
    public static partial void Rereading(ILogger logger, int count);

    [LoggerMessage(2003, LogLevel.Information, "Settling what an earlier run left unsettled ({Documents} documents written without their end-of-run work: place relinking, second reading)")]
    public static partial void SettlingEarlierRun(ILogger logger, int documents);

    [LoggerMessage(3001, LogLevel.Information, "Watching {Inbox} every {Interval} (a file is taken once unchanged for {Settle}); Ctrl+C or SIGTERM stops after the current document")]
    public static partial void Watching(ILogger logger, string inbox, TimeSpan interval, TimeSpan settle);

    [LoggerMessage(3002, LogLevel.Information, "Ingested {Document} → done/{DoneName}: {Entities} entities, {Relations} relations")]
    public static partial void Ingested(ILogger logger, string document, string doneName, int entities, int relations);

    [LoggerMessage(3003, LogLevel.Warning, "Waiting for the store ({What}): {Reason}; retrying in {Delay}, without limit")]
    public static partial void WaitingForStore(ILogger logger, string what, string reason, TimeSpan delay);

    [LoggerMessage(3004, LogLevel.Information, "Still waiting for the store ({What}): attempt {Attempt}, next in {Delay}")]
    public static partial void StillWaiting(ILogger logger, string what, int attempt, TimeSpan delay);

    [LoggerMessage(3005, LogLevel.Warning, "Set aside {File} in failed/: {Reason}")]
    public static partial void SetAside(ILogger logger, string file, string reason);

    [LoggerMessage(3006, LogLevel.Information, "Duplicate {File}: the same text as {Of}; moved to done/, not ingested again")]
    public static partial void DuplicateSetAside(ILogger logger, string file, string of);

    [LoggerMessage(3007, LogLevel.Debug, "Claimed {File} as processing/{Claimed}")]
    public static partial void Claimed(ILogger logger, string file, string claimed);

    [LoggerMessage(3008, LogLevel.Information, "Stopped: {Documents} documents ingested this run; what was not finished stays in {Inbox}/processing for the next start. Goodbye.")]
    public static partial void Goodbye(ILogger logger, int documents, string inbox);

    [LoggerMessage(3009, LogLevel.Critical, "The worker stopped: {Reason}")]
    public static partial void Stopped(ILogger logger, string reason);

    [LoggerMessage(3010, LogLevel.Debug, "Details of the stop")]
    public static partial void StoppedDetail(ILogger logger, Exception exception);

    [LoggerMessage(3011, LogLevel.Information, "Worker started: watching {Inbox}, writing to {Store}")]
    public static partial void Started(ILogger logger, string inbox, string store);
}
