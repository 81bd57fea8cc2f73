using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Store;

/// <summary>Opens the store the options name: the embedded SQLite file by default, Neo4j over HTTP with Kind = neo4j.</summary>
public static class GraphStoreFactory
{
    /// <summary>Without a container: Neo4j settings come from the NEO4J_* environment variables.</summary>
    public static Task<IGraphStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken) =>
        OpenAsync(options, neo4j: null, loggers: null, cancellationToken);

    public static async Task<IGraphStore> OpenAsync(StoreOptions options, Neo4jOptions? neo4j, ILoggerFactory? loggers, CancellationToken cancellationToken)
    {
        switch (options.Kind)
        {
            case "sqlite":
                return await SqliteGraphStore.OpenAsync(options.Path, options.BatchSize, cancellationToken);
            case "neo4j":
                var store = Neo4jServiceCollectionExtensions.Create(neo4j, options.BatchSize, loggers);
                await store.EnsureSchemaAsync(cancellationToken);
                return store;
            default:
                throw new InvalidOperationException($"unknown store kind '{options.Kind}' (sqlite or neo4j)");
        }
    }

    /// <summary>With a container built with <see cref="Neo4jServiceCollectionExtensions.AddNeo4jGraphStore"/>: StoreOptions decides.</summary>
    public static async Task<IGraphStore> OpenAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (options.Kind != "neo4j")
        {
            return await OpenAsync(options, cancellationToken);
        }

        var store = services.GetRequiredService<Neo4jGraphStore>();
        await store.EnsureSchemaAsync(cancellationToken);
        return store;
    }
}
