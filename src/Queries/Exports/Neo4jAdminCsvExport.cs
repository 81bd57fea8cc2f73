using System.Globalization;
using System.Text;
using CsvHelper;
using Graph.Model;

namespace Graph.Queries.Exports;

/// <summary>
/// CSV files for <c>neo4j-admin database import full</c>, in a folder: <c>nodes_&lt;Label&gt;.csv</c> per label
/// (<c>id:ID</c>, <c>:LABEL</c>, typed property columns) and <c>relationships_&lt;TYPE&gt;.csv</c> per type
/// (<c>:START_ID</c>, <c>:END_ID</c>, <c>:TYPE</c>, properties), RFC 4180 quoting by CsvHelper, and
/// <c>import.sh</c> with the command that imports exactly these files. Lists use <see cref="ArrayDelimiter"/>
/// (U+001F, a character text never holds) so that no sentence can split an array.
/// </summary>
public sealed class Neo4jAdminCsvExport : GraphExport
{
    public const char ArrayDelimiter = '\u001F';

    public const string ImportScript = "import.sh";

    public override string Name => "csv";

    public override bool WritesFolder => true;

    public override async Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(path);
        var nodeFiles = new List<string>();
        foreach (var group in graph.Nodes.GroupBy(n => n.Label).OrderBy(g => g.Key))
        {
            var rows = group.Select(n => (Fixed: new[] { n.Id, n.Label.ToString() }, Properties: ExportProperties.Of(n))).ToList();
            nodeFiles.Add(await WriteFileAsync(Path.Combine(path, $"nodes_{group.Key}.csv"), ["id:ID", ":LABEL"], rows, cancellationToken));
        }

        var relationshipFiles = new List<string>();
        foreach (var group in graph.Edges.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var rows = group.Select(e => (Fixed: new[] { e.FromId, e.ToId, e.Type.ToString(), e.Id }, Properties: ExportProperties.Of(e))).ToList();
            relationshipFiles.Add(await WriteFileAsync(Path.Combine(path, $"relationships_{group.Key}.csv"), [":START_ID", ":END_ID", ":TYPE", "id:string"], rows, cancellationToken));
        }

        var script = Path.Combine(path, ImportScript);
        await File.WriteAllTextAsync(script, Command(nodeFiles.Select(Path.GetFileName), relationshipFiles.Select(Path.GetFileName)!), cancellationToken);
        return [.. nodeFiles, .. relationshipFiles, script];
    }

    /// <summary>The header name of a property column: <c>name:type</c>, lists as <c>type[]</c>.</summary>
    public static string Header(string key, PropertyKind kind) => kind switch
    {
        PropertyKind.TextList => key + ":string[]",
        PropertyKind.Number => key + ":double",
        _ => key + ":string",
    };

    /// <summary>The neo4j-admin command line that imports the files (run from the folder holding them).</summary>
    public static string Command(IEnumerable<string?> nodeFiles, IEnumerable<string?> relationshipFiles)
    {
        var lines = new List<string>
        {
            "#!/usr/bin/env bash",
            "# Imports these files into a new database (default: graph) of a stopped Neo4j 5: run from this folder,",
            "# then create the database: CREATE DATABASE graph (Enterprise) or set it as the default (Community).",
            "set -euo pipefail",
            "cd \"$(dirname \"$0\")\"",
            "neo4j-admin database import full \"${1:-graph}\" \\",
            "  --array-delimiter=\"U+001F\" --multiline-fields=true --overwrite-destination=false \\",
        };
        lines.AddRange(nodeFiles.Select(f => $"  --nodes={f} \\"));
        lines.AddRange(relationshipFiles.Select(f => $"  --relationships={f} \\"));
        lines[^1] = lines[^1][..^2];
        return string.Join('\n', lines) + "\n";
    }

    private static async Task<string> WriteFileAsync(string file, string[] fixedHeaders,
        IReadOnlyList<(string[] Fixed, IReadOnlyList<ExportProperty> Properties)> rows, CancellationToken cancellationToken)
    {
        var columns = ExportProperties.Columns(rows.Select(r => r.Properties));
        await using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false));
        using (var csv = CsvWriter.Create(writer, CsvWriterOptions.Default, true))
        {
            csv.WriteHeader([.. fixedHeaders, .. columns.Select(c => Header(c.Key, c.Kind))]);
            foreach (var (fixedValues, properties) in rows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var byKey = properties.ToDictionary(p => p.Key, StringComparer.Ordinal);
                csv.WriteRecord([.. fixedValues, .. columns.Select(c => byKey.TryGetValue(c.Key, out var p) ? Field(p.Value) : "")]);
            }

            csv.Flush();
        }

        return file;
    }

    private static string Field(object value) => value switch
    {
        IEnumerable<string> list => string.Join(ArrayDelimiter, list.Select(v => v.Replace(ArrayDelimiter.ToString(), "", StringComparison.Ordinal))),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
