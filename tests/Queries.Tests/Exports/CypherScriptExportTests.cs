using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Queries.Exports;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests.Exports;

[Collection(SeedGraphCollection.Name)]
public sealed partial class CypherScriptExportTests(SeedGraph seeds)
{
    [Fact]
    public async Task The_script_merges_every_node_and_relationship_on_its_id_and_creates_nothing_twice()
    {
        var graph = await ExportFixture.AllAsync(seeds.Store);
        using var folder = new TempFolder();
        await new CypherScriptExport().WriteAsync(graph, folder.File("all.cypher"), CancellationToken.None);

        var statements = File.ReadAllLines(folder.File("all.cypher")).Where(l => !l.StartsWith("//", StringComparison.Ordinal)).ToList();
        Assert.All(statements, s => Assert.EndsWith(";", s));
        Assert.All(statements, s => Assert.Matches(IdempotentStatement(), s));
        Assert.Equal(graph.Nodes.Count, statements.Count(s => s.StartsWith("MERGE (n:", StringComparison.Ordinal)));
        Assert.Equal(graph.Edges.Count, statements.Count(s => s.StartsWith("MATCH (a:", StringComparison.Ordinal)));
        Assert.All(graph.Nodes, n => Assert.Single(statements, s => s.Contains($"{{id: '{n.Id}'}}", StringComparison.Ordinal) && s.StartsWith("MERGE", StringComparison.Ordinal)));
    }

    [Fact]
    public void Escaped_values_read_back_as_the_original_text()
    {
        foreach (var value in new[] { ExportFixture.NastyName, ExportFixture.NastySentence, "", "\\'" })
        {
            Assert.Equal(value, Unescape(CypherLiteral.String(value)));
        }
    }

    /// <summary>
    /// Writes the seeds' export and the escaping fixture's where tools/cypher-lint/run.sh lints them with Neo4j's
    /// parser (CYPHER_EXPORT_DIR/exports), or into a temporary folder when run alone.
    /// </summary>
    [Fact]
    public async Task Exports_scripts_for_the_linter()
    {
        var target = Environment.GetEnvironmentVariable("CYPHER_EXPORT_DIR");
        using var temporary = new TempFolder();
        var folder = Path.Combine(target ?? temporary.Path, "exports");
        Directory.CreateDirectory(folder);

        var export = new CypherScriptExport();
        await export.WriteAsync(await ExportFixture.AllAsync(seeds.Store), Path.Combine(folder, "export-all.cypher"), CancellationToken.None);
        await export.WriteAsync(ExportFixture.Nasty(), Path.Combine(folder, "export-escaping.cypher"), CancellationToken.None);
        var around = await new SubgraphReader(seeds.Store).AroundAsync((await seeds.Store.FindByNameAsync("亮锐", CancellationToken.None))[0], 2, CancellationToken.None);
        await export.WriteAsync(around, Path.Combine(folder, "export-around.cypher"), CancellationToken.None);

        Assert.Contains("O\\'Brien", File.ReadAllText(Path.Combine(folder, "export-escaping.cypher")));
        Assert.True(new FileInfo(Path.Combine(folder, "export-around.cypher")).Length > 0);
    }

    /// <summary>A Cypher string literal read back, as Neo4j's lexer reads it (the escapes CypherLiteral writes).</summary>
    private static string Unescape(string literal)
    {
        Assert.StartsWith("'", literal);
        Assert.EndsWith("'", literal);
        var text = new StringBuilder();
        for (var i = 1; i < literal.Length - 1; i++)
        {
            var c = literal[i];
            Assert.NotEqual('\'', c);
            if (c != '\\')
            {
                text.Append(c);
                continue;
            }

            c = literal[++i];
            text.Append(c switch
            {
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'u' => ((char)int.Parse(literal.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                _ => c.ToString(),
            });
            if (c == 'u')
            {
                i += 4;
            }
        }

        return text.ToString();
    }

    [GeneratedRegex(@"^(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE|MERGE \(n:\w+ \{id: '[^']+'\}\)( SET .*)?|MATCH \(a:\w+ \{id: '[^']+'\}\) MATCH \(b:\w+ \{id: '[^']+'\}\) MERGE \(a\)-\[r:\w+ \{id: '[^']+'\}\]->\(b\)( SET .*)?);$")]
    private static partial Regex IdempotentStatement();
}
