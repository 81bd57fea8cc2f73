using System.Collections.Concurrent;
using System.Diagnostics;

namespace Graph.Store.Sqlite;

/// <summary>
/// Where the store's time goes, per kind of statement: with <c>GRAPH_STORE_TIMING=1</c> in the environment each measured
/// call adds its count and elapsed time, and the totals go to standard error when the store is closed. Off, a measure
/// costs one branch.
/// </summary>
internal static class StoreTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GRAPH_STORE_TIMING") == "1";
    private static readonly ConcurrentDictionary<string, (long Calls, long Ticks)> Totals = new(StringComparer.Ordinal);

    public static Measure Start(string kind) => new(Enabled ? kind : null, Enabled ? Stopwatch.GetTimestamp() : 0);

    /// <summary>Adds <paramref name="count"/> items (keys asked, rows read) to a kind measured by count only.</summary>
    public static void Count(string kind, long count)
    {
        if (Enabled)
        {
            Totals.AddOrUpdate(kind, (count, 0), (_, t) => (t.Calls + count, t.Ticks));
        }
    }

    public static void Report()
    {
        if (!Enabled || Totals.IsEmpty)
        {
            return;
        }

        foreach (var (kind, (calls, ticks)) in Totals.OrderByDescending(t => t.Value.Ticks))
        {
            Console.Error.WriteLine($"store-timing {kind,-28} {calls,9} calls {Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds,10:F0} ms");
        }

        Totals.Clear();
    }

    public readonly struct Measure(string? kind, long started) : IDisposable
    {
        public void Dispose()
        {
            if (kind is not null)
            {
                var elapsed = Stopwatch.GetTimestamp() - started;
                Totals.AddOrUpdate(kind, (1, elapsed), (_, t) => (t.Calls + 1, t.Ticks + elapsed));
            }
        }
    }
}
