using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// "What happened, when?": the events an entity took part in, or — for a district — the events that happened in it or
/// anywhere beneath it (its towns, zones, parks) or that it took part in, by date (dateIso; undated ones last), with
/// kind, status, place, participants with their roles, and the sentences that tell them. <c>--from</c>/<c>--to</c>
/// keep the events whose date overlaps the range: an event known to the month (2026-07) is in a range from 2026-07-03.
/// </summary>
public sealed class TimelineQuery : CannedQuery
{
    public override string Name => "timeline";

    public override string Description => "Events an entity took part in, or that happened in a district and beneath it, by date";

    public override IReadOnlyList<string> Columns { get; } = ["dateIso", "date", "kind", "event", "status", "place", "participants", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Entity("name", "The enterprise, official, organisation, cluster or district, by any name",
            NodeLabel.District, NodeLabel.Enterprise, NodeLabel.Official, NodeLabel.Organization, NodeLabel.Cluster),
    ];

    public override IReadOnlyList<QueryDate> Dates { get; } =
    [
        new("from", "Only events on or after this date"),
        new("to", "Only events on or before this date"),
    ];

    /// <summary>
    /// True when a date known to some precision (2026, 2026-07, 2026-07-03) overlaps [from, to]: the date is compared
    /// with the bound cut to its own precision, as the Cypher file does. With a bound, an undated event is in no range.
    /// </summary>
    public static bool InRange(string? dateIso, string? from, string? to)
    {
        if (from is null && to is null)
        {
            return true;
        }

        if (dateIso is null)
        {
            return false;
        }

        return (from is null || string.CompareOrdinal(dateIso, from[..Math.Min(from.Length, dateIso.Length)]) >= 0)
            && (to is null || string.CompareOrdinal(dateIso[..Math.Min(to.Length, dateIso.Length)], to) <= 0);
    }

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var named = input.Entity("name");
        var walk = new GraphWalk(store);
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var edge in await store.RelationsAsync(RelationType.PARTICIPATES_IN, named.Id, null, 0, cancellationToken))
        {
            eventIds.Add(edge.ToId);
        }

        if (named.Label == NodeLabel.District)
        {
            foreach (var place in (await walk.DistrictTreeAsync(named.Id, cancellationToken)).Keys)
            {
                foreach (var edge in await store.RelationsAsync(RelationType.LOCATED_IN, null, place, 0, cancellationToken))
                {
                    if (GraphWalk.IsA(edge.FromId, NodeLabel.Event))
                    {
                        eventIds.Add(edge.FromId);
                    }
                }
            }
        }

        var events = (await store.EntitiesAsync(eventIds, EvidenceLimit.PerFact, cancellationToken))
            .Where(e => eventIds.Contains(e.Key) && e.Value.Label == NodeLabel.Event)
            .Select(e => e.Value)
            .Where(e => InRange(e.Attributes.GetValueOrDefault("dateIso"), input.Date("from"), input.Date("to")))
            .ToList();
        var rows = new List<Row>();
        foreach (var e in events)
        {
            var parts = await store.RelationsAsync(RelationType.PARTICIPATES_IN, null, e.Id, 0, cancellationToken);
            var places = await store.RelationsAsync(RelationType.LOCATED_IN, e.Id, null, 0, cancellationToken);
            var names = await walk.EntitiesAsync(parts.Select(r => r.FromId).Concat(places.Select(p => p.ToId)), cancellationToken);
            rows.Add(new Row
            {
                ["dateIso"] = e.Attributes.GetValueOrDefault("dateIso"),
                ["date"] = e.Attributes.GetValueOrDefault("date"),
                ["kind"] = e.Attributes.GetValueOrDefault("kind"),
                ["event"] = e.Name,
                ["status"] = e.Attributes.GetValueOrDefault("status"),
                ["place"] = places.Select(p => names[p.ToId].Name).Order(StringComparer.Ordinal).FirstOrDefault(),
                ["participants"] = string.Join("、", parts
                    .Select(r => (Name: names[r.FromId].Name, Role: r.Attributes.GetValueOrDefault("role")))
                    .OrderBy(p => p.Name, StringComparer.Ordinal)
                    .Select(p => p.Role is null ? p.Name : $"{p.Name}({p.Role})")),
                ["evidence"] = EvidenceRow.Of(e.Evidence),
            });
        }

        return rows
            .OrderBy(r => r.Text("dateIso") is null ? 1 : 0)
            .ThenBy(r => r.Text("dateIso"), StringComparer.Ordinal)
            .ThenBy(r => r.Text("event"), StringComparer.Ordinal)
            .ToList();
    }
}
