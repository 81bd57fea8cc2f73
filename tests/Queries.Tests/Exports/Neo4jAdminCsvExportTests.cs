using System.Text.RegularExpressions;
using CsvHelper;
using Graph.Model;
using Graph.Queries.Exports;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests.Exports;

/// <summary>
/// The files follow neo4j-admin's import header format (operations manual, "Import header format"): a node file
/// has an <c>:ID</c> column and <c>:LABEL</c>, a relationship file <c>:START_ID</c>, <c>:END_ID</c> and <c>:TYPE</c>,
/// every other column is <c>name:type</c> with a type the tool knows (arrays as <c>type[]</c>).
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed partial class Neo4jAdminCsvExportTests(SeedGraph seeds)
{
    [Fact]
    public async Task The_seed_graph_exports_one_file_per_label_and_type_with_neo4j_admin_headers()
    {
        var graph = await ExportFixture.AllAsync(seeds.Store);
        using var folder = new TempFolder();
        await new Neo4jAdminCsvExport().WriteAsync(graph, folder.Path, CancellationToken.None);

        var (nodes, relationships) = ReadAndCheck(folder.Path);
        Assert.Equal(graph.Nodes.Count, nodes.Count);
        Assert.Equal(graph.Edges.Count, relationships.Count);
        Assert.Equal(graph.Nodes.Select(n => n.Label).Distinct().Count(), Directory.GetFiles(folder.Path, "nodes_*.csv").Length);
        Assert.All(relationships, r =>
        {
            var sentences = r["sentences:string[]"].Split(Neo4jAdminCsvExport.ArrayDelimiter);
            Assert.Equal(sentences.Length, r["documents:string[]"].Split(Neo4jAdminCsvExport.ArrayDelimiter).Length);
            Assert.All(sentences, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        });
    }

    [Fact]
    public async Task Quotes_commas_and_newlines_round_trip_through_the_csv_quoting()
    {
        using var folder = new TempFolder();
        await new Neo4jAdminCsvExport().WriteAsync(ExportFixture.Nasty(), folder.Path, CancellationToken.None);

        var (nodes, relationships) = ReadAndCheck(folder.Path);
        var supplier = Assert.Single(nodes, n => n["name:string"] == ExportFixture.NastyName);
        Assert.Equal(["O'Brien", "a\\b"], supplier["aliases:string[]"].Split(Neo4jAdminCsvExport.ArrayDelimiter));
        Assert.Equal("shadowed", supplier["attr_name:string"]);
        Assert.Equal("v", supplier["odd_key_x:string"]);
        var supplies = Assert.Single(relationships, r => r[":TYPE"] == "SUPPLIES");
        Assert.Equal("辅件, \"A\"", supplies["product:string"]);
        Assert.Equal(ExportFixture.NastySentence, supplies["sentences:string[]"]);
        Assert.Equal("page 1,\"a\".txt", supplies["documents:string[]"]);
        Assert.Equal(2, relationships.Count);
    }

    [Fact]
    public async Task The_import_script_names_every_file_it_wrote()
    {
        using var folder = new TempFolder();
        var files = await new Neo4jAdminCsvExport().WriteAsync(ExportFixture.Nasty(), folder.Path, CancellationToken.None);

        var script = File.ReadAllText(Path.Combine(folder.Path, Neo4jAdminCsvExport.ImportScript));
        Assert.Contains("neo4j-admin database import full", script);
        foreach (var file in files.Where(f => f.EndsWith(".csv", StringComparison.Ordinal)))
        {
            var flag = Path.GetFileName(file).StartsWith("nodes_", StringComparison.Ordinal) ? "--nodes=" : "--relationships=";
            Assert.Contains(flag + Path.GetFileName(file), script);
        }
    }

    private static (List<Dictionary<string, string>> Nodes, List<Dictionary<string, string>> Relationships) ReadAndCheck(string folder)
    {
        var nodes = new List<Dictionary<string, string>>();
        foreach (var file in Directory.GetFiles(folder, "nodes_*.csv"))
        {
            var label = Path.GetFileNameWithoutExtension(file)["nodes_".Length..];
            Assert.True(Enum.TryParse<NodeLabel>(label, out _), $"{file}: {label} is no label");
            var (headers, rows) = Read(file);
            Assert.Equal(["id:ID", ":LABEL"], headers.Take(2));
            Assert.All(headers.Skip(2), h => Assert.Matches(PropertyHeader(), h));
            Assert.Equal(headers.Count, headers.Distinct().Count());
            Assert.All(rows, r => Assert.Equal(label, r[":LABEL"]));
            nodes.AddRange(rows);
        }

        var ids = nodes.Select(n => n["id:ID"]).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var relationships = new List<Dictionary<string, string>>();
        foreach (var file in Directory.GetFiles(folder, "relationships_*.csv"))
        {
            var type = Path.GetFileNameWithoutExtension(file)["relationships_".Length..];
            Assert.True(Enum.TryParse<RelationType>(type, out _), $"{file}: {type} is no relationship type");
            var (headers, rows) = Read(file);
            Assert.Equal([":START_ID", ":END_ID", ":TYPE"], headers.Take(3));
            Assert.All(headers.Skip(3), h => Assert.Matches(PropertyHeader(), h));
            Assert.All(rows, r =>
            {
                Assert.Equal(type, r[":TYPE"]);
                Assert.Contains(r[":START_ID"], ids);
                Assert.Contains(r[":END_ID"], ids);
            });
            relationships.AddRange(rows);
        }

        return (nodes, relationships);
    }

    private static (List<string> Headers, List<Dictionary<string, string>> Rows) Read(string file)
    {
        using var reader = new CsvDataReader(CsvReader.FromFile(file, CsvReaderOptions.Default, FileOptions.None), false);
        var headers = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(headers.Select((h, i) => (h, reader.GetString(i))).ToDictionary(p => p.h, p => p.Item2, StringComparer.Ordinal));
        }

        return (headers, rows);
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*:(string|double|int|long|float|boolean|string\[\])$")]
    private static partial Regex PropertyHeader();
}
