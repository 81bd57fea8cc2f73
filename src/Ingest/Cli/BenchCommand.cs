using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Cli;

/// <summary><c>bench</c>: throughput measurements, one subcommand per pipeline stage.</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var bench = new Command("bench", "Measure the speed of a pipeline stage.");
        bench.Subcommands.Add(CreateSegment());
        bench.Subcommands.Add(CreateExtract());
        return bench;
    }

    private static Command CreateExtract()
    {
        var file = new Argument<FileSystemInfo>("FILE") { Description = "UTF-8 text, extracted as one document; or a folder, each of its files a document (see --window)." };
        var parallel = new Option<int>("--parallel") { Description = "Split FILE at line ends into N documents and extract them on N threads at once (default 1: the whole file, one thread).", DefaultValueFactory = _ => 1 };
        var window = new Option<int>("--window") { Description = "With a folder: documents extracted together, as the ingest's windows (default the ingest's).", DefaultValueFactory = _ => Worker.IngestSettings.DefaultWindow };
        var limit = new Option<int>("--limit") { Description = "With a folder: its first N files in name order (default all)." };
        var command = new Command("extract", "Run the whole extraction over FILE (no store): one warm-up pass, best of 3; last line is JSON.") { file, parallel, window, limit };
        command.SetAction(parse => parse.GetRequiredValue(file) is DirectoryInfo folder
            ? RunExtractMany(folder, Math.Max(1, parse.GetValue(window)), parse.GetValue(limit))
            : RunExtract(new FileInfo(parse.GetRequiredValue(file).FullName), Math.Max(1, parse.GetValue(parallel))));
        return command;
    }

    /// <summary>
    /// A folder's files as many documents, in windows of <paramref name="window"/> on one thread as the ingest extracts them
    /// (no store, no known names), then the same text as one document: CPU and bytes allocated per document and per byte,
    /// so what a document pays whatever its length shows beside what its length costs.
    /// </summary>
    private static int RunExtractMany(DirectoryInfo folder, int window, int limit)
    {
        var files = folder.GetFiles("*.txt").OrderBy(f => f.Name, StringComparer.Ordinal).Take(limit > 0 ? limit : int.MaxValue).ToList();
        var texts = files.Select(f => File.ReadAllText(f.FullName, Encoding.UTF8)).ToList();
        var documents = files.Select((f, i) => Sources.SourceDocument.FromText(f.Name, texts[i])).ToList();
        var windows = documents.Chunk(window).ToList();
        var whole = Sources.SourceDocument.FromText(folder.Name, string.Join("\n\n", texts));
        double megabytes = files.Sum(f => f.Length) / 1e6;
        var pipeline = Pipeline.ExtractionPipeline.CreateDefault();
        long relations = 0;
        (double Cpu, double Allocated, int[] Collections) Measure(Action pass)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            long allocated = GC.GetTotalAllocatedBytes(precise: true);
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            pass();
            return ((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated,
                [GC.CollectionCount(0) - collections[0], GC.CollectionCount(1) - collections[1], GC.CollectionCount(2) - collections[2]]);
        }

        void Many()
        {
            relations = 0;
            foreach (var batch in windows)
            {
                relations += pipeline.Run(batch).Graphs.Sum(g => g.Relations.Length);
            }
        }

        void One() => pipeline.Run([whole]);
        Many();
        One();
        double bestMany = double.MaxValue, bestOne = double.MaxValue, manyMb = 0, oneMb = 0;
        for (int run = 1; run <= 3; run++)
        {
            var many = Measure(Many);
            var one = Measure(One);
            (bestMany, bestOne) = (Math.Min(bestMany, many.Cpu), Math.Min(bestOne, one.Cpu));
            (manyMb, oneMb) = (many.Allocated / 1e6, one.Allocated / 1e6);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {run}: {documents.Count} documents ({megabytes:F1} MB) in windows of {window}: {many.Cpu:F3} s CPU = {many.Cpu * 1000 / documents.Count:F3} ms a document, {many.Allocated / 1e3 / documents.Count:F0} KB a document ({string.Join('/', many.Collections)} GCs); as one document: {one.Cpu:F3} s CPU, {one.Allocated / 1e6:F0} MB ({string.Join('/', one.Collections)} GCs)"));
        }

        // What a document pays beyond its bytes' share of the one long document's cost.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"documents\": {documents.Count}, \"megabytes\": {megabytes:F2}, \"msPerDocument\": {bestMany * 1000 / documents.Count:F3}, \"msPerDocumentAsOne\": {bestOne * 1000 / documents.Count:F3}, \"kbPerDocument\": {manyMb * 1000 / documents.Count:F0}, \"kbPerDocumentAsOne\": {oneMb * 1000 / documents.Count:F0}, \"relations\": {relations}}}"));
        return 0;
    }

    private static int RunExtract(FileInfo file, int parallel)
    {
        byte[] bytes = File.ReadAllBytes(file.FullName);
        string text = Encoding.UTF8.GetString(bytes);
        var parts = SplitAtLines(text, parallel).Select((part, i) => Sources.SourceDocument.FromText($"{file.Name}#{i}", part)).ToArray();
        double megabytes = bytes.Length / 1e6;
        // One pipeline per thread: nothing is shared between the parts but the read-only lexicons and dictionaries.
        var pipelines = parts.Select(_ => Pipeline.ExtractionPipeline.CreateDefault()).ToArray();
        var results = new Pipeline.ExtractionResult[parts.Length];
        // The previous pass's results go first: a pass measures one document's extraction, not one made while another's
        // findings are still held (they would be marked by every full collection of the pass).
        void Pass()
        {
            Array.Clear(results);
            Parallel.For(0, parts.Length, new ParallelOptions { MaxDegreeOfParallelism = parallel }, i => results[i] = pipelines[i].Run([parts[i]]));
        }

        Pass();
        double best = double.MaxValue;
        for (int run = 1; run <= 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var paused = GC.GetTotalPauseDuration();
            long allocated = GC.GetTotalAllocatedBytes();
            int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            var clock = Stopwatch.StartNew();
            // Every pass starts from the raw text: normalisation, places, rules, resolution, assembly.
            Pass();
            double seconds = clock.Elapsed.TotalSeconds;
            // CPU time next to wall time: on a shared machine the wall figure includes waiting for a core.
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            double gcSeconds = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
            double allocatedMb = (GC.GetTotalAllocatedBytes() - allocated) / 1e6;
            best = Math.Min(best, seconds);
            Console.WriteLine($"run {run}: {megabytes:F1} MB in {seconds:F3} s = {megabytes / seconds:F2} MB/s ({cpuSeconds:F3} s CPU, {allocatedMb:F0} MB allocated, {gcSeconds:F3} s in {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} GCs of gen 0/1/2; {parts.Length} document(s), {parallel} thread(s))");
        }

        var graphs = results.SelectMany(r => r.Graphs).ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"mbPerS\": {megabytes / best:F2}, \"entities\": {graphs.Sum(g => g.Entities.Length)}, \"relations\": {graphs.Sum(g => g.Relations.Length)}, \"threads\": {parallel}}}"));
        return 0;
    }

    /// <summary>The text in <paramref name="count"/> parts of about equal length, each ending at a line end.</summary>
    private static List<string> SplitAtLines(string text, int count)
    {
        var parts = new List<string>(count);
        int start = 0;
        for (int i = 1; i <= count && start < text.Length; i++)
        {
            int end = i == count ? text.Length : text.IndexOf('\n', Math.Max(start, (int)((long)text.Length * i / count)));
            end = end < 0 ? text.Length : Math.Min(text.Length, end + 1);
            parts.Add(text[start..end]);
            start = end;
        }

        return parts;
    }

    private static Command CreateSegment()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "UTF-8 text, segmented line by line." };
        var strings = new Option<bool>("--strings") { Description = "Use Cut(), which allocates a Token with a string per token, instead of the offsets-only fast path." };
        var command = new Command("segment", "Segment FILE line by line (single thread, HMM on): one warm-up pass, best of 3; last line is JSON.") { file, strings };
        command.SetAction(parse => Run(parse.GetRequiredValue(file), parse.GetValue(strings)));
        return command;
    }

    private static int Run(FileInfo file, bool strings)
    {
        long heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var loadClock = Stopwatch.StartNew();
        var segmenter = Segmenter.LoadDefault();
        double loadMs = loadClock.Elapsed.TotalMilliseconds;
        using (var process = Process.GetCurrentProcess())
        {
            // CPU time next to wall time: on a shared machine the wall figure includes waiting for a core.
            double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds;
            double heapMb = (GC.GetTotalMemory(forceFullCollection: true) - heapBefore) / 1e6;
            Console.WriteLine($"dictionary: {segmenter.WordCount} words, loaded in {loadMs:F0} ms ({cpuMs:F0} ms CPU), managed heap +{heapMb:F1} MB, peak working set {process.PeakWorkingSet64 / 1e6:F1} MB");
        }

        byte[] bytes = File.ReadAllBytes(file.FullName);
        string[] lines = InputLines.Split(Encoding.UTF8.GetString(bytes));
        double megabytes = bytes.Length / 1e6;
        var spans = new List<TokenSpan>(1024);
        long tokens = Pass(segmenter, lines, spans, strings);
        double best = double.MaxValue;
        for (int run = 1; run <= 3; run++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            tokens = Pass(segmenter, lines, spans, strings);
            double seconds = clock.Elapsed.TotalSeconds;
            double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            best = Math.Min(best, seconds);
            Console.WriteLine($"run {run}: {megabytes:F1} MB in {seconds:F3} s = {megabytes / seconds:F2} MB/s ({cpuSeconds:F3} s CPU), {tokens} tokens");
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"mbPerS\": {megabytes / best:F2}, \"tokens\": {tokens}, \"loadMs\": {loadMs:F0}}}"));
        return 0;
    }

    // Every line is segmented afresh: nothing is cached between lines or passes.
    private static long Pass(Segmenter segmenter, string[] lines, List<TokenSpan> spans, bool strings)
    {
        long tokens = 0;
        foreach (string line in lines)
        {
            if (strings)
            {
                tokens += segmenter.Cut(line).Count;
            }
            else
            {
                spans.Clear();
                segmenter.CutInto(line, hmm: true, spans);
                tokens += spans.Count;
            }
        }

        return tokens;
    }
}
