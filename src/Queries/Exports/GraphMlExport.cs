using System.Globalization;
using System.Text;
using System.Xml;

namespace Graph.Queries.Exports;

/// <summary>
/// GraphML for Gephi and yEd: every property a typed <c>&lt;key&gt;</c> declared before the graph, node ids the
/// entities' stable ids, edges between them. <c>label</c> is the Chinese name (the caption Gephi shows),
/// <c>type</c> the node label or relationship type; lists (aliases, evidence, documents) are one string, items
/// joined by a newline, since GraphML has no list type.
/// </summary>
public sealed class GraphMlExport : GraphExport
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    public override string Name => "graphml";

    public override async Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken)
    {
        EnsureFolderOf(path);
        var nodes = graph.Nodes.Select(n => (Entity: n, Properties: Caption(n.Name, n.Label.ToString()).Concat(ExportProperties.Of(n)).ToList())).ToList();
        var edges = graph.Edges.Select(e => (Relation: e, Properties: Caption(e.Type.ToString(), e.Type.ToString()).Concat(ExportProperties.Of(e)).ToList())).ToList();
        var nodeKeys = Keys("node", "n", ExportProperties.Columns(nodes.Select(n => (IReadOnlyList<ExportProperty>)n.Properties)));
        var edgeKeys = Keys("edge", "e", ExportProperties.Columns(edges.Select(e => (IReadOnlyList<ExportProperty>)e.Properties)));

        await using var stream = File.Create(path);
        await using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Async = true, Indent = true, Encoding = new UTF8Encoding(false) });
        await xml.WriteStartDocumentAsync();
        await xml.WriteStartElementAsync(null, "graphml", Namespace);
        foreach (var key in nodeKeys.Values.Concat(edgeKeys.Values))
        {
            await xml.WriteStartElementAsync(null, "key", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, key.Id);
            await xml.WriteAttributeStringAsync(null, "for", null, key.For);
            await xml.WriteAttributeStringAsync(null, "attr.name", null, key.Name);
            await xml.WriteAttributeStringAsync(null, "attr.type", null, key.Type);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteStartElementAsync(null, "graph", Namespace);
        await xml.WriteAttributeStringAsync(null, "id", null, "G");
        await xml.WriteAttributeStringAsync(null, "edgedefault", null, "directed");
        foreach (var (entity, properties) in nodes)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await xml.WriteStartElementAsync(null, "node", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, entity.Id);
            await WriteDataAsync(xml, nodeKeys, properties);
            await xml.WriteEndElementAsync();
        }

        foreach (var (relation, properties) in edges)
        {
            await xml.WriteStartElementAsync(null, "edge", Namespace);
            await xml.WriteAttributeStringAsync(null, "id", null, relation.Id);
            await xml.WriteAttributeStringAsync(null, "source", null, relation.FromId);
            await xml.WriteAttributeStringAsync(null, "target", null, relation.ToId);
            await WriteDataAsync(xml, edgeKeys, properties);
            await xml.WriteEndElementAsync();
        }

        await xml.WriteEndElementAsync();
        await xml.WriteEndElementAsync();
        await xml.WriteEndDocumentAsync();
        return [path];
    }

    private static IEnumerable<ExportProperty> Caption(string label, string type) =>
        [new("label", PropertyKind.Text, label), new("type", PropertyKind.Text, type)];

    private static Dictionary<string, Key> Keys(string domain, string prefix, IReadOnlyList<(string Key, PropertyKind Kind)> columns) =>
        columns.Select((c, i) => new Key($"{prefix}{i}", domain, c.Key, c.Kind == PropertyKind.Number ? "double" : "string"))
            .ToDictionary(k => k.Name, StringComparer.Ordinal);

    private static async Task WriteDataAsync(XmlWriter xml, Dictionary<string, Key> keys, IEnumerable<ExportProperty> properties)
    {
        foreach (var property in properties)
        {
            await xml.WriteStartElementAsync(null, "data", Namespace);
            await xml.WriteAttributeStringAsync(null, "key", null, keys[property.Key].Id);
            await xml.WriteStringAsync(XmlText(property.Value switch
            {
                IEnumerable<string> list => string.Join('\n', list),
                double number => number.ToString("R", CultureInfo.InvariantCulture),
                var value => value.ToString() ?? "",
            }));
            await xml.WriteEndElementAsync();
        }
    }

    // A control character OCR left in a sentence is not allowed in XML 1.0: it is dropped rather than failing the file.
    private static string XmlText(string text) =>
        text.All(XmlConvert.IsXmlChar) ? text : new string(text.Where(XmlConvert.IsXmlChar).ToArray());

    private sealed record Key(string Id, string For, string Name, string Type);
}
