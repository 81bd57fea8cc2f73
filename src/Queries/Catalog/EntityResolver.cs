using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// A name as a user types it → the one entity it means. Any alias matches (under <see cref="NameKey"/>);
/// when the name fits several entities of the kinds a query takes, the candidates are listed instead of
/// one being picked, and an unknown name comes back with close names.
/// </summary>
public static class EntityResolver
{
    public static async Task<Entity> ResolveAsync(IGraphStore store, string name, IReadOnlyList<NodeLabel> labels, CancellationToken cancellationToken)
    {
        var found = await store.FindByNameAsync(name, EvidenceLimit.PerFact, cancellationToken);
        var fitting = found.Where(e => labels.Contains(e.Label)).ToList();
        if (fitting.Count == 1)
        {
            return fitting[0];
        }

        if (fitting.Count > 1)
        {
            throw new AmbiguousEntityException(name, fitting);
        }

        var suggestions = found.Select(e => $"{e.Name} ({e.Label})")
            .Concat(await store.SimilarNamesAsync(name, 5, cancellationToken))
            .Where(s => s != name)
            .Distinct(StringComparer.Ordinal)
            .Take(5)
            .ToList();
        throw new UnknownEntityException(name, suggestions, labels);
    }
}
