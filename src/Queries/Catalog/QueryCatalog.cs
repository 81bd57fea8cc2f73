namespace Graph.Queries.Catalog;

/// <summary>Every canned question the product answers, in the order <c>list</c> shows them.</summary>
public static class QueryCatalog
{
    public static IReadOnlyList<CannedQuery> All { get; } =
    [
        new SuppliersOfQuery(),
        new CustomersOfQuery(),
        new SupplyChainQuery(),
        new ClusterMembersQuery(),
        new EnterprisesInQuery(),
        new InvestmentsInQuery(),
        new OfficialsOfQuery(),
        new ProfileQuery(),
        new PeersQuery(),
        new ChainGapsQuery(),
        new PathQuery(),
        new SearchQuery(),
        new DocumentFactsQuery(),
        new TimelineQuery(),
    ];

    public static CannedQuery? Find(string name) => All.FirstOrDefault(q => q.Name == name);
}
