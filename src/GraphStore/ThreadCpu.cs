namespace Graph.Store;

/// <summary>
/// CPU time of the calling thread (Linux <c>CLOCK_THREAD_CPUTIME_ID</c>), NaN elsewhere. The store's reads complete
/// synchronously, so a query runs on the thread that started it and this is its own CPU time, whatever else the machine runs.
/// </summary>
public static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    public static double Milliseconds() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? (t.Seconds * 1e3) + (t.Nanoseconds / 1e6) : double.NaN;

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the store for one call
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
#pragma warning restore SYSLIB1054

    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
