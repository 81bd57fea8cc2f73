using System.CommandLine;
using System.Diagnostics;
using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Cli;

/// <summary>
/// <c>prepare-segmenter</c>: loads jieba's data once so its compiled form (<c>resources/jieba/*.compiled</c>) exists;
/// the build runs it, so even the first segmenter load in a fresh checkout skips the text parse.
/// </summary>
public static class PrepareSegmenterCommand
{
    public static Command Create()
    {
        var command = new Command("prepare-segmenter", "Compile jieba's dictionary and HMM beside their text files (the build runs this).");
        command.SetAction(_ =>
        {
            var clock = Stopwatch.StartNew();
            var segmenter = Segmenter.LoadDefault();
            Console.WriteLine($"segmenter data ready in {Segmenter.DefaultResourceFolder}: {segmenter.WordCount} words, {clock.ElapsedMilliseconds} ms");
            return 0;
        });
        return command;
    }
}
