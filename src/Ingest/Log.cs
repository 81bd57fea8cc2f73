using Microsoft.Extensions.Logging;

namespace Graph.Ingest;

/// <summary>Every log message of the ingest side, source-generated; event ids by area (1xxx sources, 2xxx store, 3xxx worker).</summary>
internal static partial class Log
{
    [LoggerMessage(1001, LogLevel.Warning, "Set aside {Path}: {Reason}")]
    public static partial void SourceSetAside(ILogger logger, string path, string reason);

    [LoggerMessage(2001, LogLevel.Information, "Wrote {File}: {Entities} entities, {Relations} relations")]
    public static partial void DocumentWritten(ILogger logger, string file, int entities, int relations);

    [LoggerMessage(3001, LogLevel.Information, "Watching {Inbox} every {Interval}")]
    public static partial void WatchingInbox(ILogger logger, string inbox, TimeSpan interval);

    [LoggerMessage(3002, LogLevel.Information, "Ingested {Count} files from the inbox")]
    public static partial void InboxBatchDone(ILogger logger, int count);

    [LoggerMessage(3003, LogLevel.Warning, "Transient failure, retrying the inbox batch in {Delay}")]
    public static partial void InboxRetry(ILogger logger, Exception exception, TimeSpan delay);
}
