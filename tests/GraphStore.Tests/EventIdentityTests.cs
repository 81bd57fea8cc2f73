using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.GraphStore.Tests.Neo4j;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

/// <summary>
/// One event, one node across merges: when a participant merges, the events it took part in get the id of what they
/// now are (kind, date, place, participants), joined with the same event held under the merged-into name, or renamed,
/// the old id left as a redirect. On the SQLite store, and as the statements sent to a loopback Neo4j Query API.
/// </summary>
public sealed class EventIdentityTests
{
    private static CancellationToken Ct => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    private const string Day = "2026-07-03";

    private static Evidence Said(string doc, string sentence, string rule = "event.signing") => new(doc, doc + ".txt", 0, sentence.Length, sentence, rule, 0.7);

    private static ImmutableSortedDictionary<string, string> Signed(string? iso) =>
        (iso is null
            ? new Dictionary<string, string> { ["kind"] = "signing", ["date"] = "近日" }
            : new Dictionary<string, string> { ["kind"] = "signing", ["date"] = "7月3日", ["dateIso"] = iso })
        .ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>A document telling a signing of <paramref name="firm"/> with 青湾新区 (the partner), at 滨江区, on <paramref name="iso"/> (undated: null).</summary>
    private static (DocumentGraph Graph, Entity Firm, Entity Event, Entity Partner, Entity Place) Signing(string doc, string firm, string? iso,
        ImmutableArray<string> keys = default)
    {
        var sentence = $"7月3日,{firm}与青湾新区在滨江区签约";
        var company = Entity.Create(NodeLabel.Enterprise, firm, evidence: [Said(doc, sentence, "firm")]) with { ResolutionKeys = keys.IsDefault ? [] : keys };
        var partner = Entity.Create(NodeLabel.District, "青湾新区", evidence: [Said(doc, sentence, "place")]);
        var place = Entity.Create(NodeLabel.District, "滨江区", evidence: [Said(doc, sentence, "place")]);
        var id = StableId.ForEvent("signing", iso ?? doc, place.Id, [company.Id, partner.Id]);
        var signing = new Entity(id, NodeLabel.Event, $"{firm}签约", [], Signed(iso), [Said(doc, sentence)]);
        var graph = new DocumentGraph(new DocumentInfo(doc, doc + ".txt", doc + "-sha", []), [company, partner, place, signing],
        [
            Relation.Create(RelationType.PARTICIPATES_IN, company.Id, id, [new("role", "签约方")], [Said(doc, sentence)]),
            Relation.Create(RelationType.PARTICIPATES_IN, partner.Id, id, [new("role", "签约方")], [Said(doc, sentence)]),
            Relation.Create(RelationType.LOCATED_IN, id, place.Id, evidence: [Said(doc, sentence)]),
        ]);
        return (graph, company, signing, partner, place);
    }

    [Fact]
    public async Task A_signing_told_under_a_short_name_and_under_the_full_name_is_one_event_after_the_merge()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var first = Signing("d1", "华锐精工", Day);
        var second = Signing("d2", "苏州华锐精工机械有限公司", Day, ["华锐精工"]);
        await store.WriteAsync(first.Graph, Ct);
        await store.WriteAsync(second.Graph, Ct);
        Assert.Equal(2, (await store.CountAsync(Ct)).Nodes[NodeLabel.Event]);

        var moved = await EventIdentity.MergeAsync(store, first.Firm.Id, second.Firm.Id, Ct);

        Assert.Equal([(first.Event.Id, second.Event.Id)], moved);
        Assert.Equal(1, (await store.CountAsync(Ct)).Nodes[NodeLabel.Event]);
        Assert.Equal(second.Event.Id, (await store.RedirectsAsync([first.Event.Id], Ct))[first.Event.Id].Id);
        var participants = await store.RelationsAsync(RelationType.PARTICIPATES_IN, null, second.Event.Id, Ct);
        Assert.Equal(new[] { second.Firm.Id, second.Partner.Id }.Order(), participants.Select(p => p.FromId).Order());
        Assert.Equal(["d1", "d2"], participants.Single(p => p.FromId == second.Firm.Id).Evidence.Select(e => e.DocumentId).Order());
        var place = Assert.Single(await store.RelationsAsync(RelationType.LOCATED_IN, second.Event.Id, null, Ct));
        Assert.Equal(second.Place.Id, place.ToId);
        // Read by its old id, the event it became.
        Assert.Equal(second.Event.Id, (await store.EntitiesAsync([first.Event.Id], Ct))[first.Event.Id].Id);
    }

    [Fact]
    public async Task An_event_no_other_document_told_is_renamed_to_its_new_id_with_its_facts_and_a_redirect()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, Ct);
        var undated = Signing("d1", "华锐精工", null);
        var full = Entity.Create(NodeLabel.Enterprise, "苏州华锐精工机械有限公司", evidence: [Said("d2", "苏州华锐精工机械有限公司位于苏州", "firm")]);
        await store.WriteAsync(undated.Graph, Ct);
        await store.WriteAsync(new DocumentGraph(new DocumentInfo("d2", "d2.txt", "d2-sha", []), [full], []), Ct);

        var moved = await EventIdentity.MergeAsync(store, undated.Firm.Id, full.Id, Ct);

        // Undated: still the document that tells it, with the new participant and the same place.
        var expected = StableId.ForEvent("signing", "d1", undated.Place.Id, [full.Id, undated.Partner.Id]);
        Assert.Equal([(undated.Event.Id, expected)], moved);
        var held = (await store.EntitiesAsync([expected], Ct))[expected];
        Assert.Equal((NodeLabel.Event, "华锐精工签约", "signing", "近日"), (held.Label, held.Name, held.Attributes["kind"], held.Attributes["date"]));
        Assert.Equal(1, (await store.CountAsync(Ct)).Nodes[NodeLabel.Event]);
        Assert.Equal(2, (await store.RelationsAsync(RelationType.PARTICIPATES_IN, null, expected, Ct)).Count);
        Assert.Equal(expected, (await store.RedirectsAsync([undated.Event.Id], Ct))[undated.Event.Id].Id);
        Assert.Equal(expected, await EventIdentity.IdOfAsync(store, held, Ct));

        // A merge that changes nothing about the event moves nothing.
        Assert.Empty(await EventIdentity.RekeyAsync(store, full.Id, Ct));

        // Retracting the document takes the event away, redirect and all.
        await store.RetractAsync("d1", Ct);
        Assert.False((await store.CountAsync(Ct)).Nodes.TryGetValue(NodeLabel.Event, out var left) && left > 0);
    }

    [Fact]
    public async Task On_Neo4j_the_event_a_merged_participant_took_part_in_is_joined_into_its_new_id()
    {
        await using var server = new FakeQueryApiServer();
        var store = Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider());
        var (_, firm, signing, partner, place) = Signing("d1", "华锐精工", Day);
        var full = StableId.ForEntity(NodeLabel.Enterprise, "苏州华锐精工机械有限公司");
        var evidence = JsonSerializer.Serialize(Neo4jProperties.Serialize(Said("d1", "7月3日,华锐精工与青湾新区在滨江区签约")));
        JsonNode Props() => JsonNode.Parse($$"""{"attrKeys": ["kind", "dateIso"], "kind": "signing", "dateIso": "{{Day}}", "evidence": [{{evidence}}]}""")!;
        // After the node merge the store holds the event with the full name and the partner, in 滨江区.
        server.AnswerJson(Neo4jStatements.RelationsOfType(RelationType.PARTICIPATES_IN), ["id", "fromId", "toId", "props"],
            ["r1", full, signing.Id, Props()], ["r2", partner.Id, signing.Id, Props()]);
        server.AnswerJson(Neo4jStatements.RelationsOfType(RelationType.LOCATED_IN), ["id", "fromId", "toId", "props"],
            ["r3", signing.Id, place.Id, Props()]);
        server.AnswerJson(Neo4jStatements.EntitiesById(NodeLabel.Event), ["id", "props"],
            [signing.Id, JsonNode.Parse($$"""{"name": "华锐精工签约", "attrKeys": ["kind", "dateIso"], "kind": "signing", "dateIso": "{{Day}}", "evidence": [{{evidence}}]}""")]);

        var moved = await EventIdentity.MergeAsync(store, firm.Id, full, Ct);

        var expected = StableId.ForEvent("signing", Day, place.Id, [full, partner.Id]);
        Assert.Equal([(signing.Id, expected)], moved);
        var nodeMerges = server.Committed.Where(c => c.Text == Neo4jStatements.MergeNode(NodeLabel.Event)).ToList();
        var merge = JsonDocument.Parse(Assert.Single(nodeMerges).Parameters).RootElement;
        Assert.Equal((signing.Id, expected), (merge.GetProperty("from").GetString(), merge.GetProperty("into").GetString()));
        // The new node is made (or found) first, in the same transaction as the join.
        var texts = server.Committed.Select(c => c.Text).ToList();
        Assert.True(texts.IndexOf(Neo4jStatements.EnsureNode(NodeLabel.Event)) is var made && made >= 0 && made < texts.IndexOf(Neo4jStatements.MergeNode(NodeLabel.Event)));
    }
}
