namespace Graph.Queries.Catalog;

/// <summary>Every canned question the product answers.</summary>
public static class QueryCatalog
{
    public static IReadOnlyList<ICannedQuery> All { get; } = [new SuppliersOfQuery(), new CustomersOfQuery()];

    public static ICannedQuery? Find(string name) => All.FirstOrDefault(q => q.Name == name);
}
