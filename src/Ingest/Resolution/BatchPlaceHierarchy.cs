using System.Collections.Immutable;
using Graph.Ingest.Places;
using Graph.Model;

namespace Graph.Ingest.Resolution;

/// <summary>
/// The administrative hierarchy over a whole batch: per-document gazetteer edges would add transitive
/// edges once pages are merged (平湖市→浙江省 from one page, 平湖市→嘉兴市→浙江省 from another), so the
/// gazetteer edges are linked once over all Districts of the batch and handed back to the documents
/// that name both ends (else to the first that names the child). Edges the text states stay as they are.
/// </summary>
public static class BatchPlaceHierarchy
{
    public static ImmutableArray<DocumentGraph> Relink(IReadOnlyList<DocumentGraph> graphs, Gazetteer gazetteer)
    {
        static bool IsGazetteerEdge(Relation r) =>
            r.Type == RelationType.LOCATED_IN && r.Attributes.GetValueOrDefault(PlaceHierarchy.BasisAttribute) == "gazetteer";

        var districts = graphs.SelectMany(g => g.Entities).Where(e => e.Label == NodeLabel.District).DistinctBy(e => e.Id).ToList();
        var links = PlaceHierarchy.Link(districts, gazetteer).Where(IsGazetteerEdge).ToList();
        var owners = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var link in links)
        {
            var both = graphs.Where(g => g.Entities.Any(e => e.Id == link.FromId) && g.Entities.Any(e => e.Id == link.ToId)).ToList();
            var targets = both.Count > 0 ? both : graphs.Where(g => g.Entities.Any(e => e.Id == link.FromId)).Take(1).ToList();
            foreach (var graph in targets)
            {
                if (!owners.TryGetValue(graph.Document.Id, out var list))
                {
                    owners[graph.Document.Id] = list = [];
                }

                var evidence = graph.Entities.First(e => e.Id == link.FromId).Evidence.Take(1)
                    .Select(e => e with { Rule = PlaceHierarchy.GazetteerRule });
                list.Add(link with { Evidence = [.. evidence] });
            }
        }

        return [.. graphs.Select(g =>
        {
            var added = owners.GetValueOrDefault(g.Document.Id) ?? [];
            var parents = added.Select(r => r.ToId).Where(id => !g.Entities.Any(e => e.Id == id)).ToHashSet(StringComparer.Ordinal);
            var borrowed = districts.Where(d => parents.Contains(d.Id)).Select(d => d with { Aliases = [], Evidence = [] });
            return g with
            {
                Entities = [.. g.Entities.Concat(borrowed)],
                Relations = [.. g.Relations.Where(r => !IsGazetteerEdge(r)).Concat(added)],
            };
        })];
    }
}
