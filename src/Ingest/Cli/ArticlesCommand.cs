using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;

namespace Graph.Ingest.Cli;

/// <summary>`articles FILE`: the articles a reader sees on a page, as JSON (title, byline, offsets, sentence count).</summary>
public static class ArticlesCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A page of text (UTF-8)." };
        var command = new Command("articles", "Split a page into its articles and print them as JSON.");
        command.Arguments.Add(file);
        command.SetAction(async (parseResult, ct) =>
        {
            var info = parseResult.GetValue(file)!;
            var text = await SourceReader.ReadTextAsync(info.FullName, ct);
            var source = SourceDocument.FromText(info.Name, text) with { Path = info.FullName };
            var document = new PageNormalizer().Normalize(source);
            var rows = document.Articles.Select(a => new ArticleRow(a.Title, a.Byline, a.Start, a.End, a.Sentences.Length));
            Console.WriteLine(JsonSerializer.Serialize(rows, Json));
            return 0;
        });
        return command;
    }

    private sealed record ArticleRow(
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("byline")] string? Byline,
        [property: System.Text.Json.Serialization.JsonPropertyName("start")] int Start,
        [property: System.Text.Json.Serialization.JsonPropertyName("end")] int End,
        [property: System.Text.Json.Serialization.JsonPropertyName("sentences")] int Sentences);
}
