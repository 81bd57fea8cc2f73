using System.Diagnostics;

namespace Graph.Bench;

/// <summary>How a child process ran: exit code, wall time, peak resident set, and the last lines it printed.</summary>
internal sealed record ChildRun(int ExitCode, TimeSpan Elapsed, long PeakRssBytes, IReadOnlyList<string> Output);

/// <summary>
/// Runs a .NET program of this output folder (Graph.Ingest.dll) as a child process, so that each measured run has its
/// own memory; its peak RSS is the kernel's high-water mark (VmHWM), read while it runs.
/// </summary>
internal static class ChildProcess
{
    public static async Task<ChildRun> RunAsync(string assembly, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var output = new List<string>();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {assembly}");
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.Add(line);
                if (output.Count > 50)
                {
                    output.RemoveAt(0);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        long peak = 0;
        using (cancellationToken.Register(() => process.Kill(entireProcessTree: true)))
        {
            while (!process.HasExited)
            {
                peak = Math.Max(peak, HighWaterMark(process.Id));
                await Task.WhenAny(process.WaitForExitAsync(CancellationToken.None), Task.Delay(100, CancellationToken.None));
            }
        }

        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return new ChildRun(process.ExitCode, clock.Elapsed, peak, output);
    }

    /// <summary>VmHWM of /proc/PID/status in bytes; 0 when it cannot be read (the process just ended, or not Linux).</summary>
    private static long HighWaterMark(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }
}
