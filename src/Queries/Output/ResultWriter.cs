using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsvHelper;
using Graph.Queries.Catalog;
using Spectre.Console;

namespace Graph.Queries.Output;

/// <summary>Prints a query result as a table (people), a JSON array of objects or RFC 4180 CSV (programs and spreadsheets).</summary>
public static class ResultWriter
{
    public static readonly string[] Formats = ["table", "json", "csv"];

    private static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(QueryResult result, string format, TextWriter output)
    {
        switch (format)
        {
            case "json":
                WriteJson(result, output);
                break;
            case "csv":
                WriteCsv(result, output);
                break;
            default:
                WriteTable(result, output);
                break;
        }
    }

    /// <summary>One object per row, keys in column order; evidence as an array of {sentence, document}.</summary>
    public static void WriteJson(QueryResult result, TextWriter output)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartArray();
            foreach (var row in result.Rows)
            {
                json.WriteStartObject();
                foreach (var column in result.Columns)
                {
                    json.WritePropertyName(column);
                    switch (row.GetValueOrDefault(column))
                    {
                        case null:
                            json.WriteNullValue();
                            break;
                        case int or long or double:
                            json.WriteNumberValue(Convert.ToDouble(row[column], CultureInfo.InvariantCulture));
                            break;
                        case IEnumerable<EvidenceRow> evidence:
                            json.WriteStartArray();
                            foreach (var e in evidence)
                            {
                                json.WriteStartObject();
                                json.WriteString("sentence", e.Sentence);
                                json.WriteString("document", e.Document);
                                json.WriteEndObject();
                            }

                            json.WriteEndArray();
                            break;
                        case var value:
                            json.WriteStringValue(value.ToString());
                            break;
                    }
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
    }

    /// <summary>A header of the columns, then one record per row; CsvHelper quotes what RFC 4180 says to quote.</summary>
    public static void WriteCsv(QueryResult result, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, true);
        csv.WriteHeader([.. result.Columns]);
        foreach (var row in result.Rows)
        {
            csv.WriteRecord(result.Columns.Select(c => Text(row.GetValueOrDefault(c))).ToArray());
        }

        csv.Flush();
    }

    /// <summary>A Spectre table: it measures Chinese characters as two cells, so columns line up in a terminal.</summary>
    public static void WriteTable(QueryResult result, TextWriter output, bool footer = true)
    {
        // A console over the writer given; on stdout it keeps the shared console's width (CommandRunner widens it when piped).
        var terminal = output == Console.Out && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
        });
        console.Profile.Width = terminal ? AnsiConsole.Profile.Width : 4096;

        var table = new Table().AddColumns(result.Columns.Select(c => new TableColumn(c)).ToArray());
        foreach (var row in result.Rows)
        {
            table.AddRow(result.Columns.Select(c => Markup.Escape(Text(row.GetValueOrDefault(c)))).ToArray());
        }

        console.Write(table);
        if (footer)
        {
            console.MarkupLine($"[grey]{result.Rows.Count} rows[/]");
        }
    }

    /// <summary>A value as one cell: evidence as "sentence [document]" joined by " | ".</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        IEnumerable<EvidenceRow> evidence => string.Join(" | ", evidence.Select(e => $"{e.Sentence} [{e.Document}]")),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
