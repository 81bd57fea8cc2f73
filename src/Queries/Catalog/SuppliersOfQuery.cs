using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// "Who supplies X?": X by any of its names (full name, short form, brand), every SUPPLIES edge into it,
/// with product, share and the sentences that state it. Names are matched whole, never as substrings.
/// </summary>
public sealed class SuppliersOfQuery : ICannedQuery
{
    public static readonly string[] Columns = ["supplier", "customer", "product", "share", "evidence"];

    public string Name => "suppliers-of";

    public string Description => "Suppliers of a company, whatever name the articles use for it";

    public string CypherFile => "suppliers-of.cypher";

    public string Argument => "name";

    public IReadOnlyDictionary<string, object?> CypherParameters(string argument) =>
        new Dictionary<string, object?> { ["key"] = NameKey.Normalize(argument) };

    public async Task<QueryResult> RunEmbeddedAsync(IGraphStore store, string argument, CancellationToken cancellationToken)
    {
        var customers = await store.FindByNameAsync(argument, cancellationToken);
        if (customers.Count == 0)
        {
            throw new UnknownEntityException(argument, await store.SimilarNamesAsync(argument, 5, cancellationToken));
        }

        var relations = new List<Relation>();
        foreach (var customer in customers)
        {
            relations.AddRange(await store.RelationsAsync(RelationType.SUPPLIES, null, customer.Id, cancellationToken));
        }

        var names = await store.EntitiesAsync(relations.SelectMany(r => new[] { r.FromId, r.ToId }), cancellationToken);
        var rows = relations
            .Select(r => (IReadOnlyDictionary<string, object?>)new Dictionary<string, object?>
            {
                ["supplier"] = names.TryGetValue(r.FromId, out var s) ? s.Name : r.FromId,
                ["customer"] = names.TryGetValue(r.ToId, out var c) ? c.Name : r.ToId,
                ["product"] = r.Attributes.GetValueOrDefault("product"),
                ["share"] = r.Attributes.GetValueOrDefault("share"),
                ["evidence"] = r.Evidence.Select(e => new EvidenceRow(e.Sentence, e.FileName)).Distinct().ToList(),
            })
            .OrderBy(r => (string?)r["supplier"], StringComparer.Ordinal)
            .ToList();
        return new QueryResult(Columns, rows);
    }
}
