using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Queries.Catalog;
using Spectre.Console;

namespace Graph.Queries.Output;

/// <summary>Prints a query result as a table (people), JSON or CSV (programs and spreadsheets).</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    public static void Write(QueryResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                output.WriteLine(JsonSerializer.Serialize(result.Rows, Json));
                break;
            case "csv":
                output.WriteLine(string.Join(',', result.Columns));
                foreach (var row in result.Rows)
                {
                    output.WriteLine(string.Join(',', result.Columns.Select(c => Csv(Text(row.GetValueOrDefault(c))))));
                }

                break;
            default:
                var table = new Table().AddColumns(result.Columns.Select(c => new TableColumn(c)).ToArray());
                foreach (var row in result.Rows)
                {
                    table.AddRow(result.Columns.Select(c => Markup.Escape(Text(row.GetValueOrDefault(c)))).ToArray());
                }

                AnsiConsole.Write(table);
                AnsiConsole.MarkupLine($"[grey]{result.Rows.Count} rows[/]");
                break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        IEnumerable<EvidenceRow> evidence => string.Join(" | ", evidence.Select(e => $"{e.Sentence} [{e.Document}]")),
        _ => value.ToString() ?? "",
    };

    private static string Csv(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
