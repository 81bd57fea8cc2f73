using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Queries.Tests;

/// <summary>The seeds ingested once into a temporary embedded store, shared by the catalog's end-to-end tests.</summary>
public sealed class SeedGraph : IAsyncLifetime
{
    private readonly TempFolder _folder = new();

    public SqliteGraphStore Store { get; private set; } = null!;

    public string Path => _folder.File("graph.db");

    public async Task InitializeAsync()
    {
        Store = await SqliteGraphStore.OpenAsync(Path, 500, CancellationToken.None);
        await new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance)
            .IngestAsync(Store, [RepoPaths.Seeds], force: false, progress: null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        _folder.Dispose();
    }

    public Task<QueryResult> RunAsync(CannedQuery query, params string[] arguments) =>
        query.RunEmbeddedAsync(Store, arguments, CancellationToken.None);

    /// <summary>True when the store holds a relation of <paramref name="type"/> between entities of these names (any alias).</summary>
    public async Task<bool> HasAsync(RelationType type, string from, string to)
    {
        foreach (var a in await Store.FindByNameAsync(from, CancellationToken.None))
        {
            foreach (var b in await Store.FindByNameAsync(to, CancellationToken.None))
            {
                if ((await Store.RelationsAsync(type, a.Id, b.Id, CancellationToken.None)).Count > 0)
                {
                    return true;
                }
            }
        }

        return false;
    }
}

[CollectionDefinition(Name)]
public sealed class SeedGraphCollection : ICollectionFixture<SeedGraph>
{
    public const string Name = "seed graph";
}
