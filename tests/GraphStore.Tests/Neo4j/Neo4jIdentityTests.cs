using System.Text.Json;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>Merges, redirects and name lookups on Neo4j, as the statements the store sends to a loopback Query API server.</summary>
public sealed class Neo4jIdentityTests
{
    private static CancellationToken Ct => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task A_merge_rekeys_relationships_drops_self_loops_moves_mentions_and_joins_the_node_in_one_transaction()
    {
        await using var server = new FakeQueryApiServer();
        var store = Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider());
        var old = StableId.ForEntity(NodeLabel.Enterprise, "华锐精工");
        var into = StableId.ForEntity(NodeLabel.Enterprise, "苏州华锐精工机械有限公司");
        var customer = StableId.ForEntity(NodeLabel.Enterprise, "星河汽车");
        var supplies = StableId.ForRelation(RelationType.SUPPLIES, old, customer);
        var loop = StableId.ForRelation(RelationType.SUBSIDIARY_OF, old, into);
        server.Answer(Neo4jStatements.RelationshipsOfNode(NodeLabel.Enterprise), ["id", "type", "fromId", "toId"],
            [supplies, "SUPPLIES", old, customer], [loop, "SUBSIDIARY_OF", old, into]);

        await store.MergeAsync(old, into, Ct);

        var committed = server.Committed;
        Assert.Equal(
            [Neo4jStatements.RelationshipsOfNode(NodeLabel.Enterprise), Neo4jStatements.EnsureNode(NodeLabel.Enterprise), Neo4jStatements.MoveRelations(RelationType.SUPPLIES),
             Neo4jStatements.DeleteRelations(RelationType.SUBSIDIARY_OF), Neo4jStatements.MoveMentions(NodeLabel.Enterprise),
             Neo4jStatements.MergeNode(NodeLabel.Enterprise)],
            committed.Select(c => c.Text));
        var move = JsonDocument.Parse(committed[2].Parameters).RootElement.GetProperty("rows")[0];
        Assert.Equal(supplies, move.GetProperty("old").GetString());
        Assert.Equal(StableId.ForRelation(RelationType.SUPPLIES, into, customer), move.GetProperty("id").GetString());
        Assert.Equal(into, move.GetProperty("from").GetString());
        Assert.Equal(customer, move.GetProperty("to").GetString());
        Assert.Equal(loop, JsonDocument.Parse(committed[3].Parameters).RootElement.GetProperty("ids")[0].GetString());
        var node = JsonDocument.Parse(committed[5].Parameters).RootElement;
        Assert.Equal((old, into), (node.GetProperty("from").GetString(), node.GetProperty("into").GetString()));
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal))); // the writes: one transaction
    }

    [Fact]
    public async Task Names_and_former_ids_are_looked_up_through_the_keys_index_with_every_term_quoted()
    {
        await using var server = new FakeQueryApiServer();
        var store = Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider());
        var id = StableId.ForEntity(NodeLabel.Enterprise, "苏州华锐精工机械有限公司");
        server.Answer(Neo4jStatements.LookupNames, ["key", "id", "label", "name"], ["华锐精工", id, "Enterprise", "苏州华锐精工机械有限公司"]);
        server.Answer(Neo4jStatements.Redirects, ["former", "id", "name"], ["ent-0000000000000000", id, "苏州华锐精工机械有限公司"]);

        var found = await store.LookupNamesAsync(["华锐精工", "星河(常州)\"x"], Ct);
        var redirects = await store.RedirectsAsync(["ent-0000000000000000"], Ct);

        Assert.Equal(new NameMatch("华锐精工", id, NodeLabel.Enterprise, "苏州华锐精工机械有限公司"), Assert.Single(found));
        Assert.Equal((id, "苏州华锐精工机械有限公司"), redirects["ent-0000000000000000"]);
        var lookup = JsonDocument.Parse(server.Committed[0].Parameters).RootElement;
        Assert.Equal("keyText:(\"华锐精工\" OR \"星河(常州)\\\"x\")", lookup.GetProperty("query").GetString());
        Assert.Equal("formerIdText:(\"ent-0000000000000000\")", JsonDocument.Parse(server.Committed[1].Parameters).RootElement.GetProperty("query").GetString());
    }

    [Fact]
    public async Task Entities_read_by_a_former_id_answer_with_the_node_it_became()
    {
        await using var server = new FakeQueryApiServer();
        var store = Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider());
        var id = StableId.ForEntity(NodeLabel.Enterprise, "苏州华锐精工机械有限公司");
        var former = StableId.ForEntity(NodeLabel.Enterprise, "华锐精工");
        server.Answer(Neo4jStatements.Redirects, ["former", "id", "name"], [former, id, "苏州华锐精工机械有限公司"]);

        await store.EntitiesAsync([former], Ct);

        // Not held under its own id: the redirect is asked for, then the node it names.
        Assert.Equal([Neo4jStatements.EntitiesById(NodeLabel.Enterprise), Neo4jStatements.Redirects, Neo4jStatements.EntitiesById(NodeLabel.Enterprise)],
            server.Committed.Select(c => c.Text));
        Assert.Contains(id, server.Committed[2].Parameters, StringComparison.Ordinal);
    }
}
