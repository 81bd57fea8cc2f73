using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Cli;

/// <summary><c>segment FILE [--pos]</c>: one JSON array of tokens (or [token, tag] pairs) per input line.</summary>
public static class SegmentCommand
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "UTF-8 text to segment, line by line." };
        var pos = new Option<bool>("--pos") { Description = "Print [token, tag] pairs (jieba-rs tag())." };
        var noHmm = new Option<bool>("--no-hmm") { Description = "Leave runs of single chars unjoined (jieba's cut(text, false))." };
        var command = new Command("segment", "Segment each line of FILE with jieba's algorithm (HMM on unless --no-hmm).") { file, pos, noHmm };
        command.SetAction(async (parse, cancel) =>
        {
            var segmenter = Segmenter.LoadDefault();
            string text = await Sources.SourceReader.ReadTextAsync(parse.GetRequiredValue(file).FullName, cancel);
            bool tagged = parse.GetValue(pos);
            bool hmm = !parse.GetValue(noHmm);
            await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (string line in InputLines.Split(text))
            {
                cancel.ThrowIfCancellationRequested();
                await stdout.WriteLineAsync(Format(segmenter, line, tagged, hmm));
            }

            return 0;
        });
        return command;
    }

    internal static string Format(Segmenter segmenter, string line, bool tagged, bool hmm)
    {
        if (!tagged)
        {
            return JsonSerializer.Serialize(segmenter.Cut(line, hmm).Select(t => t.Text), Json);
        }

        return JsonSerializer.Serialize(segmenter.Tag(line, hmm).Select(t => new[] { t.Text, t.Tag }), Json);
    }
}
