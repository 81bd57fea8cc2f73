using System.Collections.Concurrent;
using System.Diagnostics;
using Graph.Store;

namespace Graph.Ingest.Pipeline;

/// <summary>
/// Where a streaming ingest's time goes, per stage: with <c>GRAPH_INGEST_TIMING=1</c> in the environment each measured
/// stage adds its count, elapsed time, and the CPU time and bytes allocated of its thread (reading a file and admitting its
/// documents, a window's name lookups and extraction, each step of a transaction's flush; the writer loop's waits by elapsed
/// time only), and the totals of every <c>GRAPH_INGEST_TIMING_EVERY</c> transactions (default 2)
/// go to standard error as they end, then start again: whether a document costs more as the store grows, and on which
/// side. The end of a run adds the process' CPU time, collections, allocation and JIT beside the stages'. Off, a measure
/// costs one branch.
/// </summary>
internal static class StreamTiming
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("GRAPH_INGEST_TIMING") == "1";
    private static readonly int Every = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_INGEST_TIMING_EVERY"), out var every) && every > 0 ? every : 2;
    private static readonly ConcurrentDictionary<string, (long Calls, long Ticks, double CpuMs, long Moved, long Allocated)> Totals = new(StringComparer.Ordinal);
    private static int _transactions;
    private static int _documents;
    private static int _reported;

    public static Measure Start(string stage) =>
        new(Enabled ? stage : null, Enabled ? Stopwatch.GetTimestamp() : 0, Enabled ? ThreadCpu.Milliseconds() : 0, Environment.CurrentManagedThreadId,
            Enabled ? GC.GetAllocatedBytesForCurrentThread() : 0, CpuToo: true);

    /// <summary>A wait (an await that may resume on a thread which ran other work meanwhile): elapsed time only.</summary>
    public static Measure Wait(string stage) => new(Enabled ? stage : null, Enabled ? Stopwatch.GetTimestamp() : 0, 0, 0, 0, CpuToo: false);

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
        foreach (var (stage, (calls, ticks, cpuMs, moved, allocated)) in Totals.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var elapsed = Stopwatch.GetElapsedTime(0, ticks).TotalMilliseconds;
            if (double.IsNaN(cpuMs))
            {
                Console.Error.WriteLine($"ingest-timing {stage,-24} {calls,7} calls {elapsed,9:F0} ms (a wait)");
                continue;
            }

            // A measure that ended on another thread than it began (an await resumed elsewhere) has no thread CPU time or allocation.
            var note = moved > 0 ? $" ({moved} resumed on another thread: not counted)" : "";
            Console.Error.WriteLine($"ingest-timing {stage,-24} {calls,7} calls {elapsed,9:F0} ms {cpuMs,9:F0} ms CPU {allocated / 1e6,7:F0} MB allocated{note}");
        }

        Console.Error.WriteLine($"ingest-timing memory {NativeHeap.Describe()}");
        Totals.Clear();
    }

    /// <summary>What the process holds now (resident, managed heap, SQLite's C heap), after <paramref name="when"/>.</summary>
    public static void Memory(string when)
    {
        if (Enabled)
        {
            Console.Error.WriteLine($"ingest-timing memory {when}: {NativeHeap.Describe()}");
        }
    }

    /// <summary>
    /// The whole process at the end of a run: its CPU time beside what the stages' threads measured (the rest is the
    /// runtime's own threads: garbage collection, the JIT's tiering, and the waits' continuations), the collections and
    /// their pauses, the bytes allocated and the JIT's compile time.
    /// </summary>
    public static void Process()
    {
        if (!Enabled)
        {
            return;
        }

        using var self = System.Diagnostics.Process.GetCurrentProcess();
        Console.Error.WriteLine(FormattableString.Invariant(
            $"ingest-timing process {self.UserProcessorTime.TotalMilliseconds + self.PrivilegedProcessorTime.TotalMilliseconds:F0} ms CPU ({self.PrivilegedProcessorTime.TotalMilliseconds:F0} system), peak {self.PeakWorkingSet64 / 1e6:F0} MB; ")
            + FormattableString.Invariant(
            $"GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} of gen 0/1/2, {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms paused, {GC.GetTotalAllocatedBytes() / 1e6:F0} MB allocated; ")
            + FormattableString.Invariant(
            $"JIT {System.Runtime.JitInfo.GetCompiledMethodCount():N0} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms"));
    }

    public readonly struct Measure(string? stage, long started, double cpuStarted, int thread, long allocatedStarted, bool CpuToo) : IDisposable
    {
        public void Dispose()
        {
            if (stage is null)
            {
                return;
            }

            long ticks = Stopwatch.GetTimestamp() - started;
            bool moved = CpuToo && Environment.CurrentManagedThreadId != thread;
            double cpu = !CpuToo ? double.NaN : moved ? 0 : ThreadCpu.Milliseconds() - cpuStarted;
            long allocated = CpuToo && !moved ? GC.GetAllocatedBytesForCurrentThread() - allocatedStarted : 0;
            long movedCalls = moved ? 1 : 0;
            Totals.AddOrUpdate(stage, (1, ticks, cpu, movedCalls, allocated),
                (_, t) => (t.Calls + 1, t.Ticks + ticks, t.CpuMs + cpu, t.Moved + movedCalls, t.Allocated + allocated));
        }
    }
}
