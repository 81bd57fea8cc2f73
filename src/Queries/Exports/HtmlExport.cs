using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Unicode;
using Graph.Model;

namespace Graph.Queries.Exports;

/// <summary>
/// One self-contained HTML page for reports: cytoscape.js (vendored under assets/, MIT) and the subgraph inlined,
/// nothing fetched at view time. Nodes coloured by label with their Chinese names as captions, a legend, a search
/// box over names and aliases, and a panel showing a clicked node's or edge's properties and evidence sentences.
/// </summary>
public sealed partial class HtmlExport : GraphExport
{
    /// <summary>A colour per label, in the order of the schema (colour-blind-safe palette first).</summary>
    public static readonly IReadOnlyDictionary<NodeLabel, string> Colors = new Dictionary<NodeLabel, string>
    {
        [NodeLabel.Enterprise] = "#0072b2",
        [NodeLabel.Cluster] = "#e69f00",
        [NodeLabel.District] = "#009e73",
        [NodeLabel.Official] = "#cc79a7",
        [NodeLabel.Organization] = "#56b4e9",
        [NodeLabel.Project] = "#d55e00",
        [NodeLabel.Event] = "#f0e442",
        [NodeLabel.Product] = "#999999",
    };

    /// <summary>The Chinese word for each label, shown in the legend beside the label.</summary>
    public static readonly IReadOnlyDictionary<NodeLabel, string> LabelNames = new Dictionary<NodeLabel, string>
    {
        [NodeLabel.Enterprise] = "企业",
        [NodeLabel.Cluster] = "产业集群",
        [NodeLabel.District] = "地区",
        [NodeLabel.Official] = "人物",
        [NodeLabel.Organization] = "机构",
        [NodeLabel.Project] = "项目",
        [NodeLabel.Event] = "事件",
        [NodeLabel.Product] = "产品",
    };

    // Escapes <, >, & and quotes as \uXXXX (so "</script>" in a sentence cannot end the block) but keeps Chinese readable.
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    private static readonly HashSet<string> Shown = ["name", "aliases", "aliasKeys", "sentences", "documents"];

    public override string Name => "html";

    public override async Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken)
    {
        EnsureFolderOf(path);
        var page = Render(graph, graph.Description);
        await File.WriteAllTextAsync(path, page, new UTF8Encoding(false), cancellationToken);
        return [path];
    }

    public static string Render(Subgraph graph, string title)
    {
        var data = new
        {
            Colors = Colors.ToDictionary(c => c.Key.ToString(), c => c.Value),
            LabelNames = LabelNames.ToDictionary(c => c.Key.ToString(), c => c.Value),
            Nodes = graph.Nodes.Select(n => new
            {
                n.Id,
                Label = n.Label.ToString(),
                n.Name,
                Aliases = n.Aliases.Where(a => a != n.Name).Distinct(StringComparer.Ordinal).ToList(),
                Properties = Table(ExportProperties.Of(n)),
                Evidence = Evidence(n.Evidence),
            }),
            Edges = graph.Edges.Select(e => new
            {
                e.Id,
                Type = e.Type.ToString(),
                Source = e.FromId,
                Target = e.ToId,
                Properties = Table(ExportProperties.Of(e)),
                Evidence = Evidence(e.Evidence),
            }),
        };
        var script = Asset("cytoscape.min.js");
        if (script.Contains("</script", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException("the vendored cytoscape.min.js contains </script and cannot be inlined");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["TITLE"] = WebUtility.HtmlEncode(title),
            ["DATA"] = JsonSerializer.Serialize(data, Json),
            ["CYTOSCAPE"] = script,
        };

        // One pass, so nothing inserted is read again as a placeholder.
        return Placeholder().Replace(Asset("graph-view.html"), m => values[m.Groups[1].Value]);
    }

    private static List<string[]> Table(IReadOnlyList<ExportProperty> properties) =>
        properties.Where(p => !Shown.Contains(p.Key))
            .Select(p => new[] { p.Key, p.Value is IEnumerable<string> list ? string.Join("、", list) : Convert.ToString(p.Value, System.Globalization.CultureInfo.InvariantCulture) ?? "" })
            .ToList();

    private static List<object> Evidence(IEnumerable<Evidence> evidence) =>
        ExportProperties.EvidencePairs(evidence).Select(p => (object)new { p.Sentence, p.Document }).ToList();

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Graph.Queries.Exports.assets." + name)
            ?? throw new InvalidOperationException($"asset {name} is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{\{(TITLE|DATA|CYTOSCAPE)\}\}")]
    private static partial Regex Placeholder();
}
