using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// "Who supplies X?" (or, the other way, "whom does X supply?"): X by any of its names (full name, short
/// form, brand), every SUPPLIES edge into (out of) it, with product, share and the sentences that state it.
/// Names are matched whole, never as substrings.
/// </summary>
public class SuppliersOfQuery : ICannedQuery
{
    public static readonly string[] Columns = ["supplier", "customer", "product", "share", "evidence"];

    public virtual string Name => "suppliers-of";

    public virtual string Description => "Suppliers of a company, whatever name the articles use for it";

    public virtual string CypherFile => "suppliers-of.cypher";

    /// <summary>True when the named entity is the customer end of the edges asked for.</summary>
    protected virtual bool NamedIsCustomer => true;

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
        foreach (var named in customers)
        {
            relations.AddRange(NamedIsCustomer
                ? await store.RelationsAsync(RelationType.SUPPLIES, null, named.Id, cancellationToken)
                : await store.RelationsAsync(RelationType.SUPPLIES, named.Id, null, cancellationToken));
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
            .OrderBy(r => (string?)r[NamedIsCustomer ? "supplier" : "customer"], StringComparer.Ordinal)
            .ToList();
        return new QueryResult(Columns, rows);
    }
}

/// <summary>"Whom does X supply?": the same edges as <see cref="SuppliersOfQuery"/>, read from the supplier's end.</summary>
public sealed class CustomersOfQuery : SuppliersOfQuery
{
    public override string Name => "customers-of";

    public override string Description => "Customers of a company, whatever name the articles use for it";

    public override string CypherFile => "customers-of.cypher";

    protected override bool NamedIsCustomer => false;
}
