using Graph.Ingest.Places;
using Graph.Model;
using Graph.Store;

namespace Graph.Ingest.Resolution;

/// <summary>
/// The place hierarchy kept right as documents come and go: around the Districts a write brought (or a retraction
/// took away), each held District below them or among them gets its LOCATED_IN gazetteer edge to its nearest held
/// ancestor, and edges that became transitive go. Only the gazetteer's edges are touched; those the text states stay.
/// The held neighbourhood is read by id (ancestors and descendants of the touched places), never the whole store.
/// </summary>
public sealed class PlaceRelinker(Gazetteer gazetteer)
{
    /// <summary>Relinks around <paramref name="touched"/>; new edges take their evidence from <paramref name="preferredDocuments"/> when they can.</summary>
    public async Task<(int Added, int Removed)> RelinkAsync(IGraphStore store, IEnumerable<Entity> touched, IReadOnlySet<string> preferredDocuments,
        CancellationToken cancellationToken)
    {
        var seeds = touched.Where(e => e.Label == NodeLabel.District).DistinctBy(e => e.Id).ToList();
        var seedCodes = seeds.Select(e => e.Attributes.GetValueOrDefault(PlaceHierarchy.CodeAttribute)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (seedCodes.Count == 0)
        {
            return (0, 0);
        }

        var below = seedCodes.SelectMany(gazetteer.Descendants).DistinctBy(d => d.Code).ToList();
        var above = seedCodes.SelectMany(gazetteer.Ancestors).DistinctBy(d => d.Code).ToList();
        var candidates = seeds.Select(s => s.Id).Concat(below.Concat(above).Select(gazetteer.IdOf)).Distinct(StringComparer.Ordinal).ToList();
        // Without evidence or aliases: a District of a big store is a hub with a row of each per document, and only the endpoints
        // of the edges added need theirs (read below).
        var held = (await store.EntitiesWithoutAliasesAsync(candidates, cancellationToken)).Values
            .Where(e => e.Label == NodeLabel.District).DistinctBy(e => e.Id).ToList();
        var belowCodes = below.Select(d => d.Code).Concat(seedCodes).ToHashSet(StringComparer.Ordinal);
        var children = held.Where(e => e.Attributes.TryGetValue(PlaceHierarchy.CodeAttribute, out var code) && belowCodes.Contains(code))
            .ToDictionary(e => e.Id, StringComparer.Ordinal);
        if (children.Count == 0)
        {
            return (0, 0);
        }

        var desired = PlaceHierarchy.Link(held, gazetteer).Where(r => IsGazetteerEdge(r) && children.ContainsKey(r.FromId)).ToList();
        // The LOCATED_IN edges out of the children, without evidence: not every edge of every hub with its sentences.
        var existing = (await store.RelationsAtAsync(RelationType.LOCATED_IN, RelationEnd.From, [.. children.Keys], 0, cancellationToken))
            .Where(r => IsGazetteerEdge(r) && children.ContainsKey(r.FromId)).ToList();
        var desiredIds = desired.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var existingIds = existing.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var remove = existing.Where(r => !desiredIds.Contains(r.Id)).ToList();
        var missing = desired.Where(r => !existingIds.Contains(r.Id)).ToList();
        var add = new List<Relation>(missing.Count);
        if (missing.Count > 0)
        {
            // Each new edge's evidence: the child's sentences first; the parent's (often a hub) only when the child has none
            // in a preferred document.
            var children1 = await store.EntitiesAsync(missing.Select(r => r.FromId).Distinct(StringComparer.Ordinal), cancellationToken);
            var parents = await store.EntitiesAsync(missing.Where(r => !children1[r.FromId].Evidence.Any(e => preferredDocuments.Contains(e.DocumentId)))
                .Select(r => r.ToId).Distinct(StringComparer.Ordinal), cancellationToken);
            add.AddRange(missing
                .Select(r => r with { Evidence = [.. EvidenceFor(children1[r.FromId], parents.GetValueOrDefault(r.ToId), preferredDocuments)] })
                .Where(r => r.Evidence.Length > 0));
        }

        if (remove.Count > 0)
        {
            await store.RemoveRelationsAsync(remove, cancellationToken);
        }

        if (add.Count > 0)
        {
            await store.AddRelationsAsync(add, cancellationToken);
        }

        return (add.Count, remove.Count);
    }

    public static bool IsGazetteerEdge(Relation r) =>
        r.Type == RelationType.LOCATED_IN && r.Attributes.GetValueOrDefault(PlaceHierarchy.BasisAttribute) == "gazetteer";

    /// <summary>The sentence that names the child (else the parent) in a preferred document, else anywhere: the edge belongs to that document.</summary>
    private static IEnumerable<Evidence> EvidenceFor(Entity child, Entity? parent, IReadOnlySet<string> preferred)
    {
        var pick = child.Evidence.FirstOrDefault(e => preferred.Contains(e.DocumentId))
            ?? parent?.Evidence.FirstOrDefault(e => preferred.Contains(e.DocumentId))
            ?? child.Evidence.FirstOrDefault()
            ?? parent?.Evidence.FirstOrDefault();
        return pick is null ? [] : [pick with { Rule = PlaceHierarchy.GazetteerRule }];
    }
}
