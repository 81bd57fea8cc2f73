using System.Diagnostics;
using Graph.Ingest.Worker;
using Spectre.Console;

namespace Graph.Ingest.Cli;

/// <summary>
/// Shows a streaming ingest's progress: a live Spectre.Console bar on a terminal (documents, MB/s, entities,
/// relationships, ETA from the first walk's byte count), plain lines every few seconds when output is redirected.
/// </summary>
internal static class IngestProgressView
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    public static async Task<T> RunAsync<T>(Func<IProgress<IngestProgress>, Task<T>> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            var clock = Stopwatch.StartNew();
            var last = TimeSpan.Zero;
            return await work(new Progress(p =>
            {
                if (clock.Elapsed - last >= PlainEvery)
                {
                    last = clock.Elapsed;
                    Console.WriteLine(Line(p, clock.Elapsed));
                }
            }));
        }

        T result = default!;
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("ingest", maxValue: 1);
                var clock = Stopwatch.StartNew();
                result = await work(new Progress(p =>
                {
                    task.MaxValue = Math.Max(1, p.TotalBytes);
                    task.Value = Math.Min(p.Bytes, task.MaxValue);
                    task.Description = Markup.Escape(Line(p, clock.Elapsed));
                }));
                task.Value = task.MaxValue;
            });
        return result;
    }

    private static string Line(IngestProgress p, TimeSpan elapsed)
    {
        double seconds = Math.Max(elapsed.TotalSeconds, 0.001);
        double rate = p.Bytes / 1e6 / seconds;
        string eta = rate > 0 && p.TotalBytes > p.Bytes ? $", ETA {TimeSpan.FromSeconds((p.TotalBytes - p.Bytes) / 1e6 / rate):hh\\:mm\\:ss}" : "";
        return FormattableString.Invariant(
            $"{p.Files:N0}/{p.TotalFiles:N0} files, {p.Documents:N0} documents written, {p.Bytes / 1e6:F1}/{p.TotalBytes / 1e6:F1} MB, {rate:F2} MB/s, {p.Entities:N0} entities, {p.Relationships:N0} relationships{eta}");
    }

    /// <summary>Calls back on the reporting thread (no SynchronizationContext hop), so lines are written as they come.</summary>
    private sealed class Progress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
