using System.Text.Json;
using Graph.Queries.Catalog;
using Graph.Store.Neo4j;

namespace Graph.Queries.Tests;

/// <summary>How a Neo4j answer to a cypher/NAME.cypher file becomes the rows the twin would print.</summary>
public sealed class CypherRunnerTests
{
    [Fact]
    public void Evidence_strings_become_sentences_with_their_documents_and_numbers_stay_numbers()
    {
        const string evidence = """{"doc":"doc-1","file":"page.txt","start":0,"end":4,"sentence":"甲供应乙。","rule":"r","confidence":0.9}""";
        var row = JsonDocument.Parse(JsonSerializer.Serialize(new object?[] { "up", 2, "甲", null, "甲 → 乙", new[] { evidence, evidence } })).RootElement;
        var answer = new Neo4jResult(["direction", "tier", "firm", "product", "path", "evidence"], [[.. row.EnumerateArray()]], null);

        var result = CypherRunner.Read(new SupplyChainQuery(), answer);

        var only = Assert.Single(result.Rows);
        Assert.Equal(2, only["tier"]);
        Assert.Null(only["product"]);
        Assert.Equal([new EvidenceRow("甲供应乙。", "page.txt")], only.Evidence); // the same sentence twice is one
    }

    [Fact]
    public void Every_cypher_file_is_found_next_to_the_program()
    {
        Assert.All(QueryCatalog.All, q => Assert.StartsWith("//", CypherRunner.Text(q)));
    }
}
