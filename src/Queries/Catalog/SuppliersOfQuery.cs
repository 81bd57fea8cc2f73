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
        var relations = NamedIsCustomer
            ? await store.RelationsAsync(RelationType.SUPPLIES, null, named.Id, EvidenceLimit.PerFact, cancellationToken)
            : await store.RelationsAsync(RelationType.SUPPLIES, named.Id, null, EvidenceLimit.PerFact, cancellationToken);
        var names = await store.EntitiesAsync(relations.SelectMany(r => new[] { r.FromId, r.ToId }), 0, cancellationToken);
        return relations
            .Select(r => new Row
            {
                ["supplier"] = names.TryGetValue(r.FromId, out var s) ? s.Name : r.FromId,
                ["customer"] = names.TryGetValue(r.ToId, out var c) ? c.Name : r.ToId,
                ["product"] = r.Attributes.GetValueOrDefault("product"),
                ["share"] = r.Attributes.GetValueOrDefault("share"),
                ["evidence"] = EvidenceRow.Of(r.Evidence),
            })
            .OrderBy(r => r.Text(NamedIsCustomer ? "supplier" : "customer"), StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>"Whom does X supply?": the same edges as <see cref="SuppliersOfQuery"/>, read from the supplier's end.</summary>
public sealed class CustomersOfQuery : SuppliersOfQuery
{
    public override string Name => "customers-of";

    public override string Description => "Customers of a company, whatever name the articles use for it";

    protected override bool NamedIsCustomer => false;
}
