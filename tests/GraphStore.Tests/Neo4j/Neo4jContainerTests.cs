using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>
/// Against a real Neo4j 5.26 in a container: runs where a Docker engine answers on its socket, skipped elsewhere
/// (the docker client alone is not enough, so the socket is probed).
/// </summary>
public sealed class Neo4jContainerTests
{
    private const string Image = Neo4jContainer.Image;
    private const string Password = "container-test-pw";

    private static CancellationToken Ct => new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token;

    [SkippableFact]
    public async Task Both_stores_agree_after_writing_rewriting_and_retracting_on_a_real_neo4j()
    {
        Skip.IfNot(Neo4jContainer.DockerEngineAnswers(), "no Docker engine answers on its socket");
        await using var container = new ContainerBuilder(Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync(Ct);

        var options = new Neo4jOptions
        {
            Uri = $"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}",
            Password = Password,
        };
        await using var neo4j = Neo4jServiceCollectionExtensions.Create(options, batchSize: 2);
        var sqlitePath = Path.Combine(Path.GetTempPath(), $"graph-{Guid.NewGuid():N}.db");
        await using var sqlite = await SqliteGraphStore.OpenAsync(sqlitePath, 2, Ct);
        await neo4j.EnsureSchemaAsync(Ct);
        await neo4j.EnsureSchemaAsync(Ct); // idempotent

        var first = Fixtures.Page();
        var second = Fixtures.Page("0011223344556677889900112233445566778899aabbccddeeff001122334455", "page-2.txt");
        IGraphStore[] stores = [neo4j, sqlite];
        foreach (var store in stores)
        {
            await store.WriteAsync(first, Ct);
            await store.WriteAsync(first, Ct); // re-ingest changes nothing
            await store.WriteAsync(second, Ct);
        }

        await AssertAgreeAsync(neo4j, sqlite);
        Assert.True(await neo4j.HasDocumentAsync(first.Document.ContentSha256, Ct));
        Assert.Single(await neo4j.FindByNameAsync("津上精密", Ct));

        var fromNeo4j = await neo4j.RetractAsync("page-1.txt", Ct);
        var fromSqlite = await sqlite.RetractAsync("page-1.txt", Ct);
        Assert.Equal(fromSqlite.EntitiesRemoved, fromNeo4j.EntitiesRemoved);
        await AssertAgreeAsync(neo4j, sqlite);
        var supplies = Assert.Single(await neo4j.RelationsAsync(RelationType.SUPPLIES, null, null, Ct));
        Assert.All(supplies.Evidence, e => Assert.Equal(second.Document.Id, e.DocumentId)); // the other article's support stays
    }

    private static async Task AssertAgreeAsync(IGraphStore neo4j, IGraphStore sqlite)
    {
        var a = await neo4j.CountAsync(Ct);
        var b = await sqlite.CountAsync(Ct);
        Assert.Equal(b.Documents, a.Documents);
        Assert.Equal(b.Nodes.OrderBy(x => x.Key), a.Nodes.OrderBy(x => x.Key));
        Assert.Equal(b.Relationships.OrderBy(x => x.Key), a.Relationships.OrderBy(x => x.Key));
        foreach (var type in new[] { RelationType.SUPPLIES, RelationType.PRODUCES, RelationType.LOCATED_IN })
        {
            var left = await neo4j.RelationsAsync(type, null, null, Ct);
            var right = await sqlite.RelationsAsync(type, null, null, Ct);
            Assert.Equal(right.Select(r => (r.Id, r.Evidence.Length)), left.Select(r => (r.Id, r.Evidence.Length)));
        }

        var ids = (await sqlite.FindByNameAsync("津上", Ct)).Select(e => e.Id).ToList();
        Assert.Equal(ids, (await neo4j.FindByNameAsync("津上", Ct)).Select(e => e.Id).ToList());
    }
}
