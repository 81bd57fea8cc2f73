using System.Collections.Concurrent;
using System.Diagnostics;

namespace Graph.Store.Sqlite;

/// <summary>
/// Where the store's time goes, per kind of statement: with <c>GRAPH_STORE_TIMING=1</c> in the environment each measured
/// call adds its count, elapsed time and CPU time of its thread (the statements run synchronously, so that is their own CPU
/// time whatever else the machine runs), and the totals go to standard error when the store is closed. With
/// <c>GRAPH_STORE_TIMING_EVERY=N</c> too, the totals of every N write transactions go out as they end (and start again),
/// which shows whether a write costs more as the store grows. Off, a measure costs one branch.
/// </summary>
internal static class StoreTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GRAPH_STORE_TIMING") == "1";
    private static readonly int Every = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_STORE_TIMING_EVERY"), out var every) ? every : 0;
    private static readonly ConcurrentDictionary<string, (long Calls, long Ticks, double CpuMs)> Totals = new(StringComparer.Ordinal);
    private static int _transactions;
    private static int _documents;
    private static int _reported;

    public static Measure Start(string kind) => new(Enabled ? kind : null, Enabled ? Stopwatch.GetTimestamp() : 0, Enabled ? ThreadCpu.Milliseconds() : 0);

    /// <summary>Adds <paramref name="count"/> items (keys asked, rows read) to a kind measured by count only.</summary>
    public static void Count(string kind, long count)
    {
        if (Enabled)
        {
            Totals.AddOrUpdate(kind, (count, 0, 0), (_, t) => (t.Calls + count, t.Ticks, t.CpuMs));
        }
    }

    /// <summary>A write transaction of <paramref name="documents"/> documents ended: with GRAPH_STORE_TIMING_EVERY, reports every N.</summary>
    public static void Transaction(int documents)
    {
        if (!Enabled || Every <= 0)
        {
            return;
        }

        _documents += documents;
        if (++_transactions % Every == 0)
        {
            Console.Error.WriteLine($"store-timing documents {_reported + 1:N0}-{_documents:N0}");
            _reported = _documents;
            Report();
        }
    }

    /// <summary>What the process holds now (resident, managed heap, SQLite's C heap), at <paramref name="when"/>.</summary>
    public static void Memory(string when)
    {
        if (Enabled)
        {
            Console.Error.WriteLine($"store-timing memory {when}: {NativeHeap.Describe()}");
        }
    }

    public static void Report()
    {
        if (!Enabled || Totals.IsEmpty)
        {
            return;
        }

        foreach (var (kind, (calls, ticks, cpuMs)) in Totals.OrderByDescending(t => t.Value.Ticks))
        {
            Console.Error.WriteLine($"store-timing {kind,-28} {calls,9} calls {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds,10:F0} ms {cpuMs,10:F0} ms CPU");
        }

        Totals.Clear();
    }

    public readonly struct Measure(string? kind, long started, double cpuStarted) : IDisposable
    {
        public void Dispose()
        {
            if (kind is not null)
            {
                var elapsed = Stopwatch.GetTimestamp() - started;
                var cpu = ThreadCpu.Milliseconds() - cpuStarted;
                Totals.AddOrUpdate(kind, (1, elapsed, cpu), (_, t) => (t.Calls + 1, t.Ticks + elapsed, t.CpuMs + cpu));
            }
        }
    }
}
