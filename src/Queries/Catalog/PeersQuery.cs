using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Firms like this one: those that supply the same customers, or belong to the same clusters, ranked by how
/// many of these they share, each with what it shares and the evidence of its own edges.
/// </summary>
public sealed class PeersQuery : CannedQuery
{
    private static readonly NodeLabel[] Firms = [NodeLabel.Enterprise, NodeLabel.Organization];

    public override string Name => "peers";

    public override string Description => "Firms supplying the same customers or in the same clusters, ranked by what they share";

    public override IReadOnlyList<string> Columns { get; } = ["peer", "shared", "via", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("enterprise", "The company, by any name", Firms),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var walk = new GraphWalk(store);
        var root = input.Entity("enterprise");
        var links = new List<(string Peer, string Via, Relation Edge)>();
        foreach (var (type, verb) in new[] { (RelationType.SUPPLIES, "supplies"), (RelationType.MEMBER_OF, "member of") })
        {
            foreach (var own in await store.RelationsAsync(type, root.Id, null, 0, cancellationToken))
            {
                var shared = await walk.NameAsync(own.ToId, cancellationToken);
                foreach (var theirs in await store.RelationsAsync(type, null, own.ToId, 0, cancellationToken))
                {
                    if (theirs.FromId != root.Id && Firms.Any(l => GraphWalk.IsA(theirs.FromId, l)))
                    {
                        links.Add((theirs.FromId, $"{verb} {shared}", theirs));
                    }
                }
            }
        }

        // Edges are read without evidence: the peers shown get the sentences of their own edges once chosen.
        var peers = await walk.EntitiesAsync(links.Select(l => l.Peer), cancellationToken);
        var shown = links
            .GroupBy(l => l.Peer)
            .Select(g =>
            {
                var via = g.Select(l => l.Via).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                return (Edges: g.Select(l => l.Edge).ToList(), Row: new Row
                {
                    ["peer"] = peers[g.Key].Name,
                    ["shared"] = via.Count,
                    ["via"] = string.Join("; ", via),
                });
            })
            .OrderByDescending(r => (int)r.Row["shared"]!).ThenBy(r => r.Row.Text("peer"), StringComparer.Ordinal)
            .Take(input.Limit)
            .ToList();
        var evidence = await walk.WithEvidenceAsync(shown.SelectMany(r => r.Edges), cancellationToken);
        foreach (var (edges, row) in shown)
        {
            row["evidence"] = EvidenceRow.Of(edges.SelectMany(e => evidence.GetValueOrDefault(e.Id, e).Evidence));
        }

        return [.. shown.Select(r => r.Row)];
    }
}
