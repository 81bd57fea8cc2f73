using System.Collections.Immutable;

namespace Graph.Model;

/// <summary>
/// Rewrites a document's graph so that entities named by an id merged into another take that other's id and name:
/// their own name becomes an alias, relations follow (ids recomputed from the new endpoints, duplicates joined, an
/// edge that would join an entity to itself dropped). Both stores and the resolver use it, so a merge means one thing.
/// </summary>
public static class GraphRedirect
{
    public static DocumentGraph Apply(DocumentGraph graph, IReadOnlyDictionary<string, (string Id, string Name)> targets)
    {
        if (targets.Count == 0 || !graph.Entities.Any(e => targets.ContainsKey(e.Id)))
        {
            return graph;
        }

        string Target(string id) => targets.TryGetValue(id, out var t) ? t.Id : id;
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in graph.Entities)
        {
            var moved = targets.TryGetValue(entity.Id, out var t)
                ? entity with { Id = t.Id, Name = t.Name, Aliases = [.. entity.Forms.Where(f => f != t.Name).Distinct(StringComparer.Ordinal)] }
                : entity;
            entities[moved.Id] = entities.TryGetValue(moved.Id, out var held) ? Join(held, moved) : moved;
        }

        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            var (from, to) = (Target(relation.FromId), Target(relation.ToId));
            if (from == to)
            {
                continue;
            }

            var moved = from == relation.FromId && to == relation.ToId
                ? relation
                : relation with { Id = StableId.ForRelation(relation.Type, from, to), FromId = from, ToId = to };
            relations[moved.Id] = relations.TryGetValue(moved.Id, out var held)
                ? held with
                {
                    Attributes = held.Attributes.AddRange(moved.Attributes.Where(a => !held.Attributes.ContainsKey(a.Key))),
                    Evidence = [.. held.Evidence.Concat(moved.Evidence).Distinct()],
                }
                : moved;
        }

        return graph with { Entities = [.. entities.Values], Relations = [.. relations.Values] };
    }

    /// <summary>Two records of one entity as one: the first's name and attributes win; forms, evidence and keys are joined.</summary>
    public static Entity Join(Entity first, Entity second) => first with
    {
        Aliases = [.. first.Aliases.Concat(second.Forms).Where(f => f != first.Name).Distinct(StringComparer.Ordinal)],
        Attributes = first.Attributes.AddRange(second.Attributes.Where(a => !first.Attributes.ContainsKey(a.Key))),
        Evidence = [.. first.Evidence.Concat(second.Evidence).Distinct()],
        ResolutionKeys = [.. first.ResolutionKeys.Concat(second.ResolutionKeys).Distinct(StringComparer.Ordinal)],
    };
}
