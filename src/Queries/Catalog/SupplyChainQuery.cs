using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Tiers of a firm's supply chain: its suppliers, their suppliers … (--up N) and its customers, theirs …
/// (--down N), each firm once at its nearest tier, with the path that reaches it and the evidence of the
/// edge that joins it to the path.
/// </summary>
public sealed class SupplyChainQuery : CannedQuery
{
    public const int MaxTiers = 4;

    public override string Name => "supply-chain";

    public override string Description => "Tiers of suppliers (--up) and customers (--down) of a company, with the path of each";

    public override IReadOnlyList<string> Columns { get; } = ["direction", "tier", "firm", "product", "path", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("enterprise", "The company, by any name the articles use",
            [.. GraphSchema.Endpoints[RelationType.SUPPLIES].From.Union(GraphSchema.Endpoints[RelationType.SUPPLIES].To)]),
    ];

    public override IReadOnlyList<QueryNumber> Numbers { get; } =
    [
        new("up", "Tiers of suppliers to follow", 2, 0, MaxTiers),
        new("down", "Tiers of customers to follow", 2, 0, MaxTiers),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var root = input.Entity("enterprise");
        // Tiers are walked without evidence; the rows shown get theirs once chosen.
        var shown = (await TiersAsync(walk, root.Id, upstream: true, input.Number("up"), cancellationToken))
            .Concat(await TiersAsync(walk, root.Id, upstream: false, input.Number("down"), cancellationToken))
            .Take(input.Limit)
            .ToList();
        return [.. await walk.RowsWithEvidenceAsync(shown, cancellationToken)];
    }

    private static async Task<List<(Relation Edge, Row Row)>> TiersAsync(GraphWalk walk, string rootId, bool upstream, int tiers, CancellationToken cancellationToken)
    {
        // Breadth first: a firm is reported at the first tier that reaches it, by the first path in name order.
        var chains = new Dictionary<string, List<string>>(StringComparer.Ordinal) { [rootId] = [rootId] };
        var found = new List<(int Tier, string Firm, Relation Edge)>();
        var frontier = new List<string> { rootId };
        for (var tier = 1; tier <= tiers && frontier.Count > 0; tier++)
        {
            var next = new List<(string Firm, Relation Edge, string Via)>();
            foreach (var firm in frontier)
            {
                var edges = upstream
                    ? await walk.Store.RelationsAsync(RelationType.SUPPLIES, null, firm, 0, cancellationToken)
                    : await walk.Store.RelationsAsync(RelationType.SUPPLIES, firm, null, 0, cancellationToken);
                next.AddRange(edges.Select(e => (upstream ? e.FromId : e.ToId, e, firm)));
            }

            var names = await walk.EntitiesAsync(next.Select(n => n.Firm), cancellationToken);
            frontier = [];
            foreach (var (firm, edge, via) in next.OrderBy(n => names.TryGetValue(n.Firm, out var e) ? e.Name : n.Firm, StringComparer.Ordinal))
            {
                if (chains.ContainsKey(firm))
                {
                    continue;
                }

                chains[firm] = upstream ? [firm, .. chains[via]] : [.. chains[via], firm];
                found.Add((tier, firm, edge));
                frontier.Add(firm);
            }
        }

        var all = await walk.EntitiesAsync(chains.Values.SelectMany(c => c), cancellationToken);
        string NameOf(string id) => all.TryGetValue(id, out var e) ? e.Name : id;
        return found
            .Select(f => (f.Edge, Row: new Row
            {
                ["direction"] = upstream ? "up" : "down",
                ["tier"] = f.Tier,
                ["firm"] = NameOf(f.Firm),
                ["product"] = f.Edge.Attributes.GetValueOrDefault("product"),
                ["path"] = string.Join(" → ", chains[f.Firm].Select(NameOf)),
            }))
            .OrderBy(r => (int)r.Row["tier"]!).ThenBy(r => r.Row.Text("firm"), StringComparer.Ordinal)
            .ToList();
    }
}
