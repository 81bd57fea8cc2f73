using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Graph.Store.Configuration;
using Microsoft.Extensions.Configuration;
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

    public static async Task<IGraphStore> OpenAsync(StoreOptions options, Neo4jOptions? neo4j, ILoggerFactory? loggers, CancellationToken cancellationToken,
        bool mustExist = false)
    {
        switch (options.Kind)
        {
            case "sqlite":
                return await SqliteGraphStore.OpenAsync(options.Path, options.BatchSize, cancellationToken, mustExist);
            case "neo4j":
                var store = Neo4jServiceCollectionExtensions.Create(neo4j, options.BatchSize, loggers);
                await store.EnsureSchemaAsync(cancellationToken);
                return store;
            default:
                throw new InvalidOperationException($"unknown store kind '{options.Kind}' (sqlite or neo4j)");
        }
    }

    /// <summary>
    /// With a container built with <see cref="Neo4jServiceCollectionExtensions.AddNeo4jGraphStore"/>: StoreOptions decides.
    /// <paramref name="mustExist"/>: an embedded store must already exist and is not written to by opening it (the queries).
    /// </summary>
    public static async Task<IGraphStore> OpenAsync(IServiceProvider services, CancellationToken cancellationToken, bool mustExist = false)
    {
        var options = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (options.Kind != "neo4j")
        {
            return await OpenAsync(options, null, null, cancellationToken, mustExist);
        }

        var store = services.GetRequiredService<Neo4jGraphStore>();
        await store.EnsureSchemaAsync(cancellationToken);
        return store;
    }

    /// <summary>
    /// A container for one command: the given configuration (default: <see cref="GraphConfiguration"/>, with
    /// <paramref name="overrides"/> last), logging at <paramref name="level"/>, and the stores' validated options.
    /// </summary>
    public static ServiceProvider Services(IReadOnlyDictionary<string, string?>? overrides = null, LogLevel level = LogLevel.Warning,
        IConfiguration? configuration = null)
    {
        configuration ??= new ConfigurationBuilder().AddGraphConfiguration().AddInMemoryCollection(overrides ?? new Dictionary<string, string?>()).Build();
        return new ServiceCollection()
            .AddSingleton(configuration)
            .AddLogging(b => b.AddGraphConsole(level))
            .AddNeo4jGraphStore()
            .BuildServiceProvider();
    }
}
