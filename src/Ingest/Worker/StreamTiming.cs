using System.Collections.Concurrent;
using System.Diagnostics;
using Graph.Store;

namespace Graph.Ingest.Worker;

/// <summary>
/// Where a streaming ingest's time goes, per stage: with <c>GRAPH_INGEST_TIMING=1</c> in the environment each measured
/// stage adds its count, elapsed time and the CPU time of its thread (extraction of a window, each step of a transaction's
/// flush, the waits of the writer loop), and the totals of every <c>GRAPH_INGEST_TIMING_EVERY</c> transactions (default 2)
/// go to standard error as they end, then start again: whether a document costs more as the store grows, and on which
/// side. Off, a measure costs one branch.
/// </summary>
internal static class StreamTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GRAPH_INGEST_TIMING") == "1";
    private static readonly int Every = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_INGEST_TIMING_EVERY"), out var every) && every > 0 ? every : 2;
    private static readonly ConcurrentDictionary<string, (long Calls, long Ticks, double CpuMs)> Totals = new(StringComparer.Ordinal);
    private static int _transactions;
    private static int _documents;
    private static int _reported;

    public static Measure Start(string stage) => new(Enabled ? stage : null, Enabled ? Stopwatch.GetTimestamp() : 0, Enabled ? ThreadCpu.Milliseconds() : 0);

    /// <summary>A transaction of <paramref name="documents"/> was flushed: every N, the totals go out and start again.</summary>
    public static void Transaction(int documents)
    {
        if (!Enabled)
        {
            return;
        }

        _documents += documents;
        if (++_transactions % Every == 0)
        {
            Report();
        }
    }

    /// <summary>The totals since the last report (the end of a run reports what is left).</summary>
    public static void Report()
    {
        if (!Enabled || Totals.IsEmpty)
        {
            return;
        }

        Console.Error.WriteLine($"ingest-timing documents {_reported + 1:N0}-{_documents:N0}");
        _reported = _documents;
        foreach (var (stage, (calls, ticks, cpuMs)) in Totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"ingest-timing {stage,-24} {calls,7} calls {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds,9:F0} ms {cpuMs,9:F0} ms CPU");
        }

        Totals.Clear();
    }

    public readonly struct Measure(string? stage, long started, double cpuStarted) : IDisposable
    {
        public void Dispose()
        {
            if (stage is null)
            {
                return;
            }

            long ticks = Stopwatch.GetTimestamp() - started;
            double cpu = ThreadCpu.Milliseconds() - cpuStarted;
            Totals.AddOrUpdate(stage, (1, ticks, cpu), (_, t) => (t.Calls + 1, t.Ticks + ticks, t.CpuMs + cpu));
        }
    }
}
