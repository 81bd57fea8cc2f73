using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// "Who supplies X?" (or, the other way, "whom does X supply?"): X by any of its names (full name, short
/// form, brand), every SUPPLIES edge into (out of) it, with product, share and the sentences that state it.
/// Names are matched whole, never as substrings.
/// </summary>
public class SuppliersOfQuery : CannedQuery
{
    public override string Name => "suppliers-of";

    public override string Description => "Suppliers of a company, whatever name the articles use for it";

    public override IReadOnlyList<string> Columns { get; } = ["supplier", "customer", "product", "share", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments =>
    [
        QueryArgument.Entity("name", "The company, by any name the articles use",
            [.. NamedIsCustomer ? GraphSchema.Endpoints[RelationType.SUPPLIES].To : GraphSchema.Endpoints[RelationType.SUPPLIES].From]),
    ];

    /// <summary>True when the named entity is the customer end of the edges asked for.</summary>
    protected virtual bool NamedIsCustomer => true;

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var named = input.Entity("name");
        // The edges without their sentences and the names without their aliases: a hub customer has thousands of suppliers
        // (and a hub name one alias row per document), and the rows are ordered by name and cut at the limit, as in the
        // Cypher file, before the evidence of the rows kept is read.
        var relations = NamedIsCustomer
            ? await store.RelationsAsync(RelationType.SUPPLIES, null, named.Id, 0, cancellationToken)
            : await store.RelationsAsync(RelationType.SUPPLIES, named.Id, null, 0, cancellationToken);
        var names = await store.EntitiesWithoutAliasesAsync(relations.SelectMany(r => new[] { r.FromId, r.ToId }), cancellationToken);
        var shown = relations
            .Select(r => (Edge: r, Row: new Row
            {
                ["supplier"] = names.TryGetValue(r.FromId, out var s) ? s.Name : r.FromId,
                ["customer"] = names.TryGetValue(r.ToId, out var c) ? c.Name : r.ToId,
                ["product"] = r.Attributes.GetValueOrDefault("product"),
                ["share"] = r.Attributes.GetValueOrDefault("share"),
            }))
            .OrderBy(r => r.Row.Text(NamedIsCustomer ? "supplier" : "customer"), StringComparer.Ordinal)
            .Take(input.Limit)
            .ToList();
        return await new GraphWalk(store).RowsWithEvidenceAsync(shown, cancellationToken);
    }
}

/// <summary>"Whom does X supply?": the same edges as <see cref="SuppliersOfQuery"/>, read from the supplier's end.</summary>
public sealed class CustomersOfQuery : SuppliersOfQuery
{
    public override string Name => "customers-of";

    public override string Description => "Customers of a company, whatever name the articles use for it";

    protected override bool NamedIsCustomer => false;
}
