namespace Graph.Store;

/// <summary>
/// The C heap SQLite allocates from (glibc's malloc), held to two arenas. By default glibc gives each thread that meets a
/// locked arena one of its own (up to eight per core); the writer's SQLite connection, the readers of the name lookups and
/// the extraction threads then spread SQLite's page-cache and sorter blocks over many arenas, and what one arena frees the
/// others cannot reuse. At 100k generated articles that grew the ingest's peak memory from ~760 MB (flat after 10k) to
/// 1.7 GB; with two arenas it stays flat (docs/history/performance.md: "Memory at 100k"). No effect where the C library is not glibc.
/// </summary>
public static class NativeHeap
{
    private const int ArenaMax = -8; // M_ARENA_MAX in glibc's malloc.h

    private static int _limited;

    /// <summary>Limits glibc's malloc to <paramref name="arenas"/> arenas, once per process; false where it cannot.</summary>
    public static bool LimitArenas(int arenas = 2)
    {
        if (!OperatingSystem.IsLinux() || Interlocked.Exchange(ref _limited, 1) == 1)
        {
            return false;
        }

        return SetArenaMax(arenas);
    }

    /// <summary>glibc's <c>mallopt(M_ARENA_MAX, arenas)</c>: true when the C library took it.</summary>
    internal static bool SetArenaMax(int arenas)
    {
        try
        {
            return MallOpt(ArenaMax, arenas) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // not glibc (musl has no arenas to limit)
        }
    }

    /// <summary>
    /// Gives the C heap's free pages back to the system (glibc's <c>malloc_trim(0)</c>, every arena): called after each write
    /// transaction, whose SQLite blocks are freed at its commit.
    /// </summary>
    public static void ReturnFreeMemory()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // not glibc
        }
    }

    /// <summary>
    /// What the process holds, for the timing lines (GRAPH_INGEST_TIMING, GRAPH_STORE_TIMING): resident memory and its anonymous
    /// part (the kernel's), the managed heap (the GC's size after the last collection, and what it has committed), and SQLite's
    /// C heap in use (and its high-water mark since the last call), in MB.
    /// </summary>
    public static string Describe()
    {
        long rss = 0, anon = 0;
        if (OperatingSystem.IsLinux())
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    rss = Kilobytes(line);
                }
                else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    anon = Kilobytes(line);
                }
            }
        }

        var gc = GC.GetGCMemoryInfo();
        long sqlite = SQLitePCL.raw.sqlite3_memory_used();
        long sqlitePeak = SQLitePCL.raw.sqlite3_memory_highwater(1);
        return FormattableString.Invariant(
            $"rss {rss / 1024} MB (anon {anon / 1024}), managed heap {gc.HeapSizeBytes / 1048576} MB (committed {gc.TotalCommittedBytes / 1048576}), sqlite {sqlite / 1048576} MB (peak {sqlitePeak / 1048576})");
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in the store for one call
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "mallopt")]
    private static extern int MallOpt(int parameter, int value);

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
#pragma warning restore SYSLIB1054
}
