using System.Text;
using Graph.Model;

namespace Graph.Queries.Exports;

/// <summary>
/// A Cypher script that recreates the subgraph in Neo4j (cypher-shell -f, or pasted into Browser): one uniqueness
/// constraint per label used, then each node <c>MERGE</c>d on its id and its properties <c>SET</c>, then each
/// relationship <c>MERGE</c>d on its id between the two nodes. Running it twice changes nothing. Values are literals
/// escaped by <see cref="CypherLiteral"/>; labels and types come from the schema's enums.
/// </summary>
public sealed class CypherScriptExport : GraphExport
{
    public override string Name => "cypher";

    public override async Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken)
    {
        EnsureFolderOf(path);
        await using var output = new StreamWriter(path, append: false, new UTF8Encoding(false));
        await output.WriteLineAsync($"// Graph export of {OneLine(graph.Description)}: {graph.Nodes.Count} nodes, {graph.Edges.Count} relationships. Idempotent: MERGE on ids.");
        await output.WriteLineAsync("// Run with cypher-shell -f FILE, or paste into Neo4j Browser (multi-statement editor).");
        foreach (var label in graph.Nodes.Select(n => n.Label).Distinct().Order())
        {
            // The names cypher/schema.cypher gives these constraints, so both scripts agree whichever runs first.
            await output.WriteLineAsync(
                $"CREATE CONSTRAINT {label.ToString().ToLowerInvariant()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE;");
        }

        foreach (var node in graph.Nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await output.WriteLineAsync(Node(node));
        }

        var labels = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        foreach (var edge in graph.Edges)
        {
            await output.WriteLineAsync(Edge(edge, labels[edge.FromId], labels[edge.ToId]));
        }

        return [path];
    }

    public static string Node(Entity node) =>
        $"MERGE (n:{node.Label} {{id: {CypherLiteral.String(node.Id)}}}){Set("n", ExportProperties.Of(node))};";

    public static string Edge(Relation edge, NodeLabel from, NodeLabel to) =>
        $"MATCH (a:{from} {{id: {CypherLiteral.String(edge.FromId)}}}) MATCH (b:{to} {{id: {CypherLiteral.String(edge.ToId)}}}) " +
        $"MERGE (a)-[r:{edge.Type} {{id: {CypherLiteral.String(edge.Id)}}}]->(b){Set("r", ExportProperties.Of(edge))};";

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries));

    private static string Set(string variable, IReadOnlyList<ExportProperty> properties) =>
        properties.Count == 0
            ? ""
            : " SET " + string.Join(", ", properties.Select(p => $"{variable}.{CypherLiteral.Key(p.Key)} = {CypherLiteral.Of(p)}"));
}
