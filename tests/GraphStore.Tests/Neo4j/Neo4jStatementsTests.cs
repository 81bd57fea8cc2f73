using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Store.Neo4j;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>The statement catalogue: exported for Neo4j's linter, and checked for constant shapes from the closed sets.</summary>
public sealed partial class Neo4jStatementsTests
{
    /// <summary>Where tools/cypher-lint/run.sh expects the export: $CYPHER_EXPORT_DIR, else tests/artifacts/cypher-statements (test output: under tests/, beside the tests that write it).</summary>
    private static string ExportFolder() =>
        Environment.GetEnvironmentVariable("CYPHER_EXPORT_DIR") is { Length: > 0 } folder
            ? folder
            : Path.Combine(RepositoryRoot(), "tests", "artifacts", "cypher-statements");

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Graph.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Graph.sln not found above the test binaries");
    }

    [Fact]
    public void Exports_every_statement_the_store_can_send_for_the_linter()
    {
        var folder = ExportFolder();
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var all = Neo4jStatements.All().ToList();
        foreach (var (name, text) in all)
        {
            File.WriteAllText(Path.Combine(folder, name + ".cypher"), text + "\n");
        }

        Assert.Equal(all.Count, Directory.GetFiles(folder, "*.cypher").Length); // names are unique
        Assert.Equal(21 + (9 * GraphSchema.EntityLabels.Count) + (4 * GraphSchema.RelationTypes.Count) - 3, all.Count);
    }

    [Fact]
    public void Labels_and_types_in_statements_come_only_from_the_closed_sets()
    {
        foreach (var (name, text) in Neo4jStatements.All())
        {
            foreach (Match match in LabelOrType().Matches(text))
            {
                var names = match.Groups[1].Success ? match.Groups[1].Value : match.Groups[2].Value;
                foreach (var part in names.Split('|'))
                {
                    Assert.True(GraphSchema.TryParseLabel(part, out _) || GraphSchema.TryParseRelation(part, out _), $"{name}: '{part}' is not in the schema");
                }
            }
        }
    }

    [Fact]
    public void Write_statements_are_unwind_batches_with_values_only_in_parameters()
    {
        var writes = Neo4jStatements.All().Where(s => s.Name.StartsWith("merge-entities", StringComparison.Ordinal) || s.Name.StartsWith("merge-relations", StringComparison.Ordinal)).ToList();
        Assert.Equal(GraphSchema.EntityLabels.Count + Neo4jStatements.WritableTypes.Count(), writes.Count);
        Assert.All(writes, s => Assert.StartsWith("UNWIND $rows AS row", s.Text, StringComparison.Ordinal));
        Assert.All(Neo4jStatements.All(), s => Assert.DoesNotMatch("'[^' ]+'|\"", s.Text)); // no literal besides the ' ' separator
    }

    [Fact]
    public void A_write_plan_merges_the_document_and_nodes_before_relationships_and_marks_the_ledger_last()
    {
        var plan = Neo4jWritePlan.For(Fixtures.Page(), batchSize: 1);
        var texts = plan.Statements.Select(s => s.Text).ToList();
        var lastNode = texts.FindLastIndex(t => t.Contains("MERGE (n:", StringComparison.Ordinal));
        var firstRelation = texts.FindIndex(t => t.Contains("MERGE (a)-[r:", StringComparison.Ordinal));
        Assert.True(texts.IndexOf(Neo4jStatements.MergeDocument) < lastNode && lastNode < firstRelation);
        Assert.Equal(Neo4jStatements.CompleteDocument, texts[^1]);
        Assert.Equal(4, texts.Count(t => t.Contains("MERGE (n:", StringComparison.Ordinal))); // batch size 1: one statement per entity
        Assert.Equal(3, plan.RelationBatches.Count);
    }

    [Fact]
    public void A_relation_to_an_entity_outside_the_document_is_skipped_not_sent()
    {
        var page = Fixtures.Page();
        var stray = Relation.Create(RelationType.SUPPLIES, page.Entities[0].Id, "ent-0000000000000000");
        var skipped = new List<string>();

        var plan = Neo4jWritePlan.For(page with { Relations = page.Relations.Add(stray) }, 500, (r, _) => skipped.Add(r.Id));

        Assert.Equal([stray.Id], skipped);
        Assert.DoesNotContain(stray, plan.Written);
    }

    [Fact]
    public void The_schema_file_constrains_every_label_and_indexes_names_and_aliases_with_the_cjk_analyzer()
    {
        var schema = Neo4jSchema.Statements;
        foreach (var label in GraphSchema.Labels)
        {
            Assert.Contains(schema, s => s.Contains($"FOR (n:{label}) REQUIRE n.id IS UNIQUE", StringComparison.Ordinal));
        }

        foreach (var label in GraphSchema.EntityLabels)
        {
            Assert.Contains(schema, s => s.Contains($"FOR (n:{label}) ON (n.name)", StringComparison.Ordinal));
        }

        var fulltext = Assert.Single(schema, s => s.StartsWith("CREATE FULLTEXT INDEX entity_names", StringComparison.Ordinal));
        var keys = Assert.Single(schema, s => s.StartsWith("CREATE FULLTEXT INDEX " + Neo4jStatements.KeysIndex, StringComparison.Ordinal));
        Assert.Contains("'whitespace'", keys, StringComparison.Ordinal);
        Assert.Contains("'cjk'", fulltext, StringComparison.Ordinal);
        Assert.Contains("n.aliasText", fulltext, StringComparison.Ordinal);
        Assert.All(schema, s => Assert.Contains("IF NOT EXISTS", s, StringComparison.Ordinal));
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot(), "cypher", "schema.cypher")), Neo4jSchema.Text);
    }

    [GeneratedRegex(@"\(\w*:([A-Za-z_|]+)[ )]|\[\w*:([A-Z_|]+)[ \]]")]
    private static partial Regex LabelOrType();
}
