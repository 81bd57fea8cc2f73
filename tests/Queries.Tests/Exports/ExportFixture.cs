using Graph.Model;
using Graph.Queries.Exports;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests.Exports;

/// <summary>Subgraphs the export tests write: the seeds' whole graph, and a tiny hand-made graph whose names and sentences carry every character that needs escaping.</summary>
public static class ExportFixture
{
    /// <summary>Quotes, backslashes, Cypher and SQL metacharacters, a newline, a comma, markup and a control character.</summary>
    public const string NastyName = "O'Brien \"精密\" \\ `x`}) DETACH DELETE n; DROP TABLE entities; -- <b>,</script>";

    public const string NastySentence = "他说:“供应给O'Brien \"精密\"的, 是\\机床;辅件</script>”。\n第二行\u0001,完。";

    public static async Task<Subgraph> AllAsync(SqliteGraphStore store) =>
        await new SubgraphReader(store).AllAsync(CancellationToken.None);

    public static Subgraph Nasty()
    {
        var evidence = new Evidence("doc-1", "page 1,\"a\".txt", 0, 10, NastySentence, "supplies.test", 0.75);
        var supplier = Entity.Create(NodeLabel.Enterprise, NastyName, ["O'Brien", "a\\b"],
            [new("product", "机床'辅件"), new("name", "shadowed"), new("odd key:x", "v")], [evidence]);
        var customer = Entity.Create(NodeLabel.Enterprise, "客户\"公司\"", evidence: [evidence]);
        var place = Entity.Create(NodeLabel.District, "平湖市");
        var supplies = Relation.Create(RelationType.SUPPLIES, supplier.Id, customer.Id, [new("product", "辅件, \"A\"")], [evidence]);
        var located = Relation.Create(RelationType.LOCATED_IN, customer.Id, place.Id, evidence: [evidence with { Sentence = "在平湖市。" }]);
        var dangling = Relation.Create(RelationType.LOCATED_IN, supplier.Id, "dis-nowhere");
        return Subgraph.Of([supplier, customer, place], [supplies, located, dangling]) with { Description = NastyName };
    }
}
