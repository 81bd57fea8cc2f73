using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

/// <summary>Merges, redirects, indexed name lookups and added/removed relations in the SQLite store.</summary>
public sealed class SqliteIdentityTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static Evidence Said(string doc, string sentence, int start = 0) => new(doc, doc + ".txt", start, start + sentence.Length, sentence, "test.rule", 0.9);

    /// <summary>Day 1: 华锐精工 (short name) supplies 星河汽车. Day 2: the full name, located in 苏州市, with a resolution key 华锐精工.</summary>
    private static (DocumentGraph Day1, DocumentGraph Day2, Entity Short, Entity Full, Entity Customer) Days()
    {
        var shortFirm = Entity.Create(NodeLabel.Enterprise, "华锐精工", evidence: [Said("d1", "华锐精工将为星河汽车配套")]);
        var customer = Entity.Create(NodeLabel.Enterprise, "星河汽车", evidence: [Said("d1", "华锐精工将为星河汽车配套", 5)]);
        var day1 = new DocumentGraph(new DocumentInfo("d1", "d1.txt", "d1-sha", []), [shortFirm, customer],
            [Relation.Create(RelationType.SUPPLIES, shortFirm.Id, customer.Id, [new("product", "转向节")], [Said("d1", "华锐精工将为星河汽车配套")])]);
        var full = Entity.Create(NodeLabel.Enterprise, "苏州华锐精工机械有限公司", evidence: [Said("d2", "苏州华锐精工机械有限公司位于苏州")])
            with { ResolutionKeys = ["华锐精工", "华锐精工机械"] };
        var city = Entity.Create(NodeLabel.District, "苏州市", evidence: [Said("d2", "苏州华锐精工机械有限公司位于苏州", 10)]);
        var day2 = new DocumentGraph(new DocumentInfo("d2", "d2.txt", "d2-sha", []), [full, city],
            [Relation.Create(RelationType.LOCATED_IN, full.Id, city.Id, evidence: [Said("d2", "苏州华锐精工机械有限公司位于苏州")])]);
        return (day1, day2, shortFirm, full, customer);
    }

    [Fact]
    public async Task Names_are_found_by_alias_key_and_by_resolution_key_and_not_otherwise()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var (day1, day2, shortFirm, full, _) = Days();
        await store.WriteAsync(day1, Ct);
        await store.WriteAsync(day2, Ct);

        var found = await store.LookupNamesAsync(["华锐精工", "华锐精工机械", "苏州华锐精工机械有限公司", "精工"], Ct);

        Assert.Equal(
            new[] { ("华锐精工", shortFirm.Id), ("华锐精工", full.Id), ("华锐精工机械", full.Id), ("苏州华锐精工机械有限公司", full.Id) }.Order().ToList(),
            found.Select(m => (m.Key, m.EntityId)).Order().ToList());
    }

    [Fact]
    public async Task Resolution_keys_are_held_once_per_entity_and_go_with_its_last_document()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var (_, day2, _, full, _) = Days();
        var again = day2 with { Document = new DocumentInfo("d3", "d3.txt", "d3-sha", []) };
        await store.WriteAsync(day2, Ct);
        await store.WriteAsync(again, Ct);
        string[] keys = ["华锐精工", "华锐精工机械"];
        IReadOnlySet<NodeLabel> firms = new HashSet<NodeLabel> { NodeLabel.Enterprise };

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={folder.File("g.db")};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            await using var count = connection.CreateCommand();
            count.CommandText = "SELECT count(*) FROM name_keys";
            Assert.Equal(2L, (long)(await count.ExecuteScalarAsync(Ct))!); // two keys, however many documents name the firm
        }

        // One of its two documents retracted, then re-written without the firm: the keys stay while a document names it.
        await store.RetractAsync("d2", Ct);
        Assert.Equal(2, (await store.LookupNamesAsync(keys, firms, Ct)).Count(m => m.EntityId == full.Id));
        await store.WriteAsync(again with { Entities = [], Relations = [] }, Ct);
        Assert.Empty(await store.LookupNamesAsync(keys, Ct));
        Assert.Empty(await store.LookupNamesAsync(keys, firms, Ct));
    }

    [Fact]
    public async Task A_lookup_for_some_labels_answers_only_those_and_the_same_as_filtering_the_full_lookup()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var (day1, day2, shortFirm, full, _) = Days();
        // Two projects answering to the same word as the firm (one by alias, one by a resolution key), and a cluster.
        var project = Entity.Create(NodeLabel.Project, "华锐精工三期项目", ["华锐精工"], evidence: [Said("d3", "华锐精工三期项目开工")]);
        var other = Entity.Create(NodeLabel.Project, "精工园项目", evidence: [Said("d3", "精工园项目开工", 8)]) with { ResolutionKeys = ["华锐精工"] };
        var cluster = Entity.Create(NodeLabel.Cluster, "华锐精工集群", ["华锐精工"], evidence: [Said("d3", "华锐精工集群", 16)]);
        await store.WriteAsync(day1, Ct);
        await store.WriteAsync(day2, Ct);
        await store.WriteAsync(new DocumentGraph(new DocumentInfo("d3", "d3.txt", "d3-sha", []), [project, other, cluster], []), Ct);
        string[] keys = ["华锐精工", "华锐精工机械", "精工园项目"];

        var all = await store.LookupNamesAsync(keys, Ct);
        var firms = await store.LookupNamesAsync(keys, new HashSet<NodeLabel> { NodeLabel.Enterprise }, Ct);
        var companies = await store.LookupNamesAsync(keys, new HashSet<NodeLabel> { NodeLabel.Enterprise, NodeLabel.Cluster }, Ct);

        Assert.Contains(all, m => m.EntityId == project.Id);
        Assert.Contains(all, m => m.EntityId == other.Id && m.Key == "华锐精工");
        Assert.Equal(new[] { shortFirm.Id, full.Id }.Order(), firms.Where(m => m.Key == "华锐精工").Select(m => m.EntityId).Order());
        Assert.Equal(all.Where(m => m.Label == NodeLabel.Enterprise), firms);
        Assert.Equal(all.Where(m => m.Label is NodeLabel.Enterprise or NodeLabel.Cluster), companies);
        Assert.Contains(companies, m => m.EntityId == cluster.Id);

        // The index by label follows merges (aliases and keys moved, the old id redirected) and retractions.
        await store.MergeAsync(shortFirm.Id, full.Id, Ct);
        await AssertSameAsFilteredAsync();
        await store.RetractAsync("d3", Ct);
        await AssertSameAsFilteredAsync();
        await store.RetractAsync("d2", Ct);
        await AssertSameAsFilteredAsync();
        // d1's mention, merged into the full name, still names the firm: its keys (its name's short forms) stay with it.
        Assert.Equal([full.Id], (await store.LookupNamesAsync(["华锐精工机械"], new HashSet<NodeLabel> { NodeLabel.Enterprise }, Ct)).Select(m => m.EntityId));
        await store.RetractAsync("d1", Ct);
        await AssertSameAsFilteredAsync();
        Assert.Empty(await store.LookupNamesAsync(["华锐精工机械"], new HashSet<NodeLabel> { NodeLabel.Enterprise }, Ct));

        async Task AssertSameAsFilteredAsync()
        {
            var everything = await store.LookupNamesAsync(keys, Ct);
            Assert.Equal(everything.Where(m => m.Label is NodeLabel.Enterprise or NodeLabel.Cluster),
                await store.LookupNamesAsync(keys, new HashSet<NodeLabel> { NodeLabel.Enterprise, NodeLabel.Cluster }, Ct));
        }
    }

    [Fact]
    public async Task A_merge_moves_facts_aliases_and_evidence_and_leaves_a_redirect_that_reads_follow()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var (day1, day2, shortFirm, full, customer) = Days();
        await store.WriteAsync(day1, Ct);
        await store.WriteAsync(day2, Ct);

        await store.MergeAsync(shortFirm.Id, full.Id, Ct);

        var counts = await store.CountAsync(Ct);
        Assert.Equal(2, counts.Nodes[NodeLabel.Enterprise]); // the full name and the customer; the redirect is not counted
        var supply = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, null, Ct));
        Assert.Equal(StableId.ForRelation(RelationType.SUPPLIES, full.Id, customer.Id), supply.Id);
        Assert.Equal("转向节", supply.Attributes["product"]);
        Assert.Equal("d1", Assert.Single(supply.Evidence).DocumentId);
        // By the old id and by the old name, the entity it became.
        Assert.Equal(full.Id, (await store.EntitiesAsync([shortFirm.Id], Ct))[shortFirm.Id].Id);
        Assert.Equal(full.Id, Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, shortFirm.Id, null, Ct)).FromId);
        var byName = Assert.Single(await store.FindByNameAsync("华锐精工", Ct));
        Assert.Equal(full.Id, byName.Id);
        Assert.Contains("华锐精工", byName.Aliases);
        Assert.Equal(2, byName.Evidence.Length);
        Assert.Equal((full.Id, full.Name), (await store.RedirectsAsync([shortFirm.Id, full.Id], Ct))[shortFirm.Id]);
        var held = await store.ToInterchangeAsync(Ct);
        Assert.DoesNotContain(held.Entities, e => e.Id == shortFirm.Id);
        Assert.Equal(["d1.txt", "d2.txt"], held.Entities.Single(e => e.Id == full.Id).Files);

        // Facts keep their documents: retracting day 1 takes its supply fact and alias, and leaves the company.
        await store.RetractAsync("d1", Ct);
        Assert.Empty(await store.RelationsAsync(RelationType.SUPPLIES, null, null, Ct));
        Assert.DoesNotContain("华锐精工", (await store.EntitiesAsync([full.Id], Ct))[full.Id].Aliases);
        await store.RetractAsync("d2", Ct);
        Assert.Empty(await store.RedirectsAsync([shortFirm.Id], Ct));
        Assert.Equal(0, (await store.CountAsync(Ct)).NodeTotal);
    }

    [Fact]
    public async Task Relations_added_belong_to_the_documents_of_their_evidence_and_can_be_removed()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var (day1, day2, _, full, customer) = Days();
        await store.WriteAsync(day1, Ct);
        await store.WriteAsync(day2, Ct);
        var added = Relation.Create(RelationType.SUPPLIES, full.Id, customer.Id, evidence: [Said("d2", "苏州华锐精工机械有限公司位于苏州")]);

        await store.AddRelationsAsync([added], Ct);
        Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, customer.Id, Ct));
        await store.RemoveRelationsAsync([added], Ct);
        Assert.Empty(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, customer.Id, Ct));

        await store.AddRelationsAsync([added], Ct);
        await store.RetractAsync("d2", Ct);
        Assert.Empty(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, customer.Id, Ct));
    }

    [Fact]
    public async Task Evidence_is_held_once_per_owner_document_offset_and_rule_through_writes_added_relations_and_merges()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        // Both firms are told by the same sentence of d1 (same offset and rule); the short one twice over.
        var sentence = Said("d1", "华锐精工即苏州华锐精工机械有限公司");
        var shortFirm = Entity.Create(NodeLabel.Enterprise, "华锐精工", evidence: [sentence, sentence]);
        var full = Entity.Create(NodeLabel.Enterprise, "苏州华锐精工机械有限公司", evidence: [sentence, Said("d1", "苏州华锐精工机械有限公司位于苏州", 30)]);
        var customer = Entity.Create(NodeLabel.Enterprise, "星河汽车", evidence: [Said("d1", "华锐精工将为星河汽车配套", 60)]);
        var supply = Relation.Create(RelationType.SUPPLIES, shortFirm.Id, customer.Id, evidence: [Said("d1", "华锐精工将为星河汽车配套", 60)]);
        await store.WriteAsync(new DocumentGraph(new DocumentInfo("d1", "d1.txt", "d1-sha", []), [shortFirm, full, customer], [supply]), Ct);
        Assert.Single((await store.EntitiesAsync([shortFirm.Id], Ct))[shortFirm.Id].Evidence);

        var added = Relation.Create(RelationType.SUPPLIES, full.Id, customer.Id, evidence: [Said("d1", "华锐精工将为星河汽车配套", 60)]);
        await store.AddRelationsAsync([added], Ct);
        await store.AddRelationsAsync([added], Ct);
        Assert.Single(Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, customer.Id, Ct)).Evidence);

        // The merge moves the short firm's sentence and supply onto rows the full name already has: each is kept once.
        await store.MergeAsync(shortFirm.Id, full.Id, Ct);
        var merged = (await store.EntitiesAsync([full.Id], Ct))[full.Id];
        Assert.Equal([0, 30], merged.Evidence.Select(e => e.Start).Order());
        Assert.Single(Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, full.Id, customer.Id, Ct)).Evidence);

        // Re-writing the document replaces its rows; retracting it removes them all.
        await store.WriteAsync(new DocumentGraph(new DocumentInfo("d1", "d1.txt", "d1-sha", []), [full, customer], []), Ct);
        Assert.Equal(2, (await store.EntitiesAsync([full.Id], Ct))[full.Id].Evidence.Length);
        await store.RetractAsync("d1", Ct);
        Assert.Equal(0, (await store.CountAsync(Ct)).NodeTotal);
    }
}
