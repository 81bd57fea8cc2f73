using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests;

/// <summary>
/// The catalog's logic on a small invented graph, so each rule (tree walks, ranking, gaps, ambiguity) is tested
/// whatever extraction reads from the seeds.
/// </summary>
public sealed class CatalogLogicTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;

    private static Evidence Said(string sentence) => new("doc-test", "test.txt", 0, sentence.Length, sentence, "test.rule", 0.9);

    private static Entity E(NodeLabel label, string name, params string[] aliases) =>
        Entity.Create(label, name, aliases, evidence: [Said($"{name}出现在这里。")]);

    private static Relation R(RelationType type, Entity from, Entity to, params (string Key, string Value)[] attributes) =>
        Relation.Create(type, from.Id, to.Id, attributes.Select(a => KeyValuePair.Create(a.Key, a.Value)), [Said($"{from.Name}与{to.Name}。")]);

    private static readonly Entity County = E(NodeLabel.District, "东岭县", "东岭");
    private static readonly Entity Zone = E(NodeLabel.District, "东岭经济开发区");
    private static readonly Entity OtherCounty = E(NodeLabel.District, "西川县");
    private static readonly Entity Firm = E(NodeLabel.Enterprise, "东岭星河电池有限公司", "星河电池");
    private static readonly Entity Valve = E(NodeLabel.Enterprise, "东岭阀门有限公司", "东岭");
    private static readonly Entity Outsider = E(NodeLabel.Enterprise, "西川轴承有限公司", "西川轴承");
    private static readonly Entity Customer = E(NodeLabel.Enterprise, "远山整机有限公司", "远山整机");
    private static readonly Entity Rival = E(NodeLabel.Enterprise, "北原电机有限公司", "北原电机");
    private static readonly Entity Project = E(NodeLabel.Project, "星河电池二期项目");
    private static readonly Entity SmallProject = E(NodeLabel.Project, "阀门技改项目");
    private static readonly Entity Cluster = E(NodeLabel.Cluster, "东岭装备产业集群");
    private static readonly Entity SubCluster = E(NodeLabel.Cluster, "东岭阀门特色产业集群");
    private static readonly Entity Committee = E(NodeLabel.Organization, "东岭县委");
    private static readonly Entity Secretary = E(NodeLabel.Official, "王一");
    private static readonly Entity Leader = E(NodeLabel.Official, "李二");

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(_folder.File("g.db"), 100, CancellationToken.None);
        Entity[] entities = [County, Zone, OtherCounty, Firm, Valve, Outsider, Customer, Rival, Project, SmallProject, Cluster, SubCluster, Committee, Secretary, Leader];
        Relation[] relations =
        [
            R(RelationType.LOCATED_IN, Zone, County),
            R(RelationType.LOCATED_IN, Firm, Zone),
            R(RelationType.LOCATED_IN, Valve, County),
            R(RelationType.LOCATED_IN, Outsider, OtherCounty),
            R(RelationType.LOCATED_IN, Project, Zone),
            R(RelationType.LOCATED_IN, SmallProject, County),
            R(RelationType.LOCATED_IN, Committee, County, ("basis", "name")),
            R(RelationType.INVESTS_IN, Valve, SmallProject, ("amount", "约1.5亿元")),
            R(RelationType.INVESTS_IN, Firm, Project, ("amount", "110亿元"), ("date", "2025-06-30")),
            R(RelationType.PART_OF, SubCluster, Cluster),
            R(RelationType.MEMBER_OF, Valve, SubCluster, ("basis", "implied")),
            R(RelationType.MEMBER_OF, Firm, Cluster),
            R(RelationType.SUPPLIES, Outsider, Valve, ("product", "轴承")),
            R(RelationType.SUPPLIES, Valve, Firm, ("product", "阀门")),
            R(RelationType.SUPPLIES, Firm, Customer, ("product", "电芯")),
            R(RelationType.SUPPLIES, Rival, Customer, ("product", "电机")),
            R(RelationType.HOLDS_POSITION, Secretary, Committee, ("title", "书记")),
            R(RelationType.HOLDS_POSITION, Leader, County, ("title", "县长")),
        ];
        await _store.WriteAsync(new DocumentGraph(new DocumentInfo("doc-test", "test.txt", "sha-test", ["标题"]), [.. entities], [.. relations]),
            CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private Task<QueryResult> Run(CannedQuery query, params string[] arguments) => query.RunEmbeddedAsync(_store, arguments, CancellationToken.None);

    [Fact]
    public async Task Enterprises_in_a_county_include_those_of_its_zones()
    {
        var result = await Run(new EnterprisesInQuery(), "东岭县");
        Assert.Equal(["东岭星河电池有限公司", "东岭阀门有限公司"], result.Rows.Select(r => r.Text("enterprise")));
        Assert.Equal("东岭经济开发区 → 东岭县", result.Rows[0].Text("within"));
    }

    [Fact]
    public async Task Investments_walk_the_tree_and_rank_by_amount()
    {
        var result = await Run(new InvestmentsInQuery(), "东岭县");
        Assert.Equal(["110亿元", "约1.5亿元"], result.Rows.Select(r => r.Text("amount")));
        Assert.Equal("东岭经济开发区", result.Rows[0].Text("place"));
        Assert.Equal("2025-06-30", result.Rows[0].Text("date"));
    }

    [Theory]
    [InlineData("110亿元", 110e8)]
    [InlineData("约16亿元", 16e8)]
    [InlineData("超百亿元", 100e8)]
    [InlineData("8763万元", 8763e4)]
    [InlineData("1.1亿元", 1.1e8)]
    [InlineData("若干", null)]
    public void Amounts_are_read_in_yuan(string text, double? yuan)
    {
        var read = Amount.Yuan(text);
        Assert.Equal(yuan is null, read is null);
        Assert.Equal(yuan ?? 0, read ?? 0, tolerance: 1e-3);
    }

    [Fact]
    public async Task Chain_gaps_are_upstream_downstream_and_rival_supply()
    {
        var result = await Run(new ChainGapsQuery(), "东岭装备产业集群");
        var gaps = result.Rows.Select(r => (r.Text("gap"), r.Text("product"), r.Text("seller"), r.Text("buyer"))).ToList();
        Assert.Equal(
        [
            ("upstream", "轴承", "西川轴承有限公司", "东岭阀门有限公司"),
            ("downstream", "电芯", "东岭星河电池有限公司", "远山整机有限公司"),
            ("rival", "电机", "北原电机有限公司", "远山整机有限公司"),
        ], gaps);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_limit_keeps_the_first_gaps_of_the_whole_answer(int limit)
    {
        // Named and ordered only up to the limit's kind and product, the rows are still the first of the full order;
        // rivals, read only when upstream and downstream leave room, come last.
        var all = await new ChainGapsQuery().RunEmbeddedAsync(_store, ["东岭装备产业集群"], CancellationToken.None, limit: 100);
        var cut = await new ChainGapsQuery().RunEmbeddedAsync(_store, ["东岭装备产业集群"], CancellationToken.None, limit: limit);

        Assert.Equal(3, all.Rows.Count);
        Assert.Equal(all.Rows.Take(limit).Select(r => (r.Text("gap"), r.Text("seller"), r.Text("buyer"), r.Text("member"))),
            cut.Rows.Select(r => (r.Text("gap"), r.Text("seller"), r.Text("buyer"), r.Text("member"))));
        Assert.All(cut.Rows, r => Assert.NotEmpty((IReadOnlyList<EvidenceRow>)r["evidence"]!));
    }

    [Fact]
    public async Task A_district_chain_is_made_of_the_firms_in_its_tree()
    {
        var result = await Run(new ChainGapsQuery(), "东岭县");
        Assert.Contains(result.Rows, r => r.Text("gap") == "upstream" && r.Text("seller") == "西川轴承有限公司");
        Assert.DoesNotContain(result.Rows, r => r.Text("product") == "阀门"); // bought inside the county
    }

    [Fact]
    public async Task Cluster_members_include_those_of_sub_clusters()
    {
        var result = await Run(new ClusterMembersQuery(), "东岭装备产业集群");
        Assert.Equal([("东岭星河电池有限公司", "stated"), ("东岭阀门有限公司", "implied")],
            result.Rows.Select(r => (r.Text("member"), r.Text("known"))).Order());
    }

    [Fact]
    public async Task Officials_of_a_county_include_its_committee_after_its_own()
    {
        var result = await Run(new OfficialsOfQuery(), "东岭县");
        Assert.Equal([("李二", "东岭县"), ("王一", "东岭县委")], result.Rows.Select(r => (r.Text("official"), r.Text("body"))));
    }

    [Fact]
    public async Task Supply_chain_follows_tiers_both_ways_within_the_bounds()
    {
        var result = await new SupplyChainQuery().RunEmbeddedAsync(_store, ["远山整机"], CancellationToken.None,
            new Dictionary<string, int> { ["up"] = 3, ["down"] = 0 });
        Assert.Equal([(1, "东岭星河电池有限公司"), (1, "北原电机有限公司"), (2, "东岭阀门有限公司"), (3, "西川轴承有限公司")],
            result.Rows.Select(r => ((int)r["tier"]!, r.Text("firm"))));
        Assert.Equal("西川轴承有限公司 → 东岭阀门有限公司 → 东岭星河电池有限公司 → 远山整机有限公司", result.Rows[^1].Text("path"));
    }

    [Fact]
    public async Task Out_of_range_tiers_are_refused()
    {
        var error = await Assert.ThrowsAsync<QueryInputException>(() => new SupplyChainQuery().RunEmbeddedAsync(_store, ["远山整机"],
            CancellationToken.None, new Dictionary<string, int> { ["up"] = 9 }));
        Assert.Contains("--up", error.Message);
    }

    [Fact]
    public async Task A_path_longer_than_four_hops_is_not_reported()
    {
        // 西川轴承 → 西川县 is one hop; to 北原电机 the graph needs 轴承→阀门→电池→整机←电机: 4 hops.
        Assert.Equal(4, (await Run(new PathQuery(), "西川轴承", "北原电机")).Rows.Count);
        Assert.Empty((await Run(new PathQuery(), "西川县", "北原电机")).Rows);
    }

    [Fact]
    public async Task Every_shortest_path_is_reported_with_the_evidence_of_its_edges()
    {
        // 东岭阀门 → 东岭县 ← 东岭经济开发区, and 东岭阀门 → 星河电池 → 东岭经济开发区: two paths of two hops, met from both ends.
        var result = await Run(new PathQuery(), "东岭阀门有限公司", "东岭经济开发区");

        Assert.Equal(4, result.Rows.Count);
        Assert.Equal([1, 2], result.Rows.Select(r => (int)r["path"]!).Distinct().Order());
        Assert.Equal(["东岭县", "东岭星河电池有限公司"], result.Rows.Where(r => (int)r["step"]! == 1).Select(r => r.Text("to")!).Order(StringComparer.Ordinal));
        Assert.All(result.Rows, r => Assert.NotEmpty((IReadOnlyList<EvidenceRow>)r["evidence"]!));
    }

    [Fact]
    public async Task Peers_share_customers_or_clusters()
    {
        var result = await Run(new PeersQuery(), "北原电机");
        var peer = Assert.Single(result.Rows);
        Assert.Equal("东岭星河电池有限公司", peer.Text("peer"));
        Assert.Equal("supplies 远山整机有限公司", peer.Text("via"));
    }

    [Fact]
    public async Task A_name_that_fits_two_entities_of_the_kinds_asked_lists_both_with_types()
    {
        // 东岭 is an alias of the county and of the valve firm: a profile cannot choose, enterprises-in can.
        var error = await Assert.ThrowsAsync<AmbiguousEntityException>(() => Run(new ProfileQuery(), "东岭"));
        Assert.Equal([("东岭县", NodeLabel.District), ("东岭阀门有限公司", NodeLabel.Enterprise)],
            error.Candidates.Select(c => (c.Name, c.Label)).Order());
        Assert.Equal(2, (await Run(new EnterprisesInQuery(), "东岭")).Rows.Count);
    }

    [Fact]
    public async Task An_unknown_name_says_so_and_suggests_close_names()
    {
        var error = await Assert.ThrowsAsync<UnknownEntityException>(() => Run(new PeersQuery(), "北原电机股份"));
        Assert.Equal("no entity named 北原电机股份", error.Message);
        Assert.Contains("北原电机", error.Suggestions);
    }

    [Fact]
    public async Task A_name_of_the_wrong_kind_is_unknown_to_that_query_and_says_what_it_is()
    {
        var error = await Assert.ThrowsAsync<UnknownEntityException>(() => Run(new EnterprisesInQuery(), "远山整机"));
        Assert.Contains("远山整机有限公司 (Enterprise)", error.Suggestions);
    }

    [Theory]
    [InlineData("远山'整机")]
    [InlineData("远山\"整机")]
    [InlineData("远山整机') RETURN 1 //")]
    [InlineData("x\" OR 1=1; DROP TABLE entities; --")]
    [InlineData("}) DETACH DELETE n //")]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\")]
    public async Task Names_with_quotes_or_metacharacters_change_nothing(string name)
    {
        var before = await _store.CountAsync(CancellationToken.None);
        foreach (var query in QueryCatalog.All)
        {
            var arguments = query.Arguments.Select(_ => name).ToArray();
            try
            {
                var result = await query.RunEmbeddedAsync(_store, arguments, CancellationToken.None);
                Assert.True(query is SearchQuery, $"{query.Name} answered a name that is in no entity");
                Assert.Empty(result.Rows); // no wildcard: % and _ are characters like any other
            }
            catch (Exception e) when (e is UnknownEntityException or QueryInputException)
            {
            }
        }

        var after = await _store.CountAsync(CancellationToken.None);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Nodes, after.Nodes);
        Assert.Equal(before.Relationships, after.Relationships);
    }
}
