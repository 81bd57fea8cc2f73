using Graph.Store.Sqlite;

namespace Graph.Store;

/// <summary>Opens the store the options name: the embedded SQLite file by default.</summary>
public static class GraphStoreFactory
{
    public static async Task<IGraphStore> OpenAsync(StoreOptions options, CancellationToken cancellationToken) =>
        options.Kind switch
        {
            "sqlite" => await SqliteGraphStore.OpenAsync(options.Path, options.BatchSize, cancellationToken),
            _ => throw new InvalidOperationException($"unknown store kind '{options.Kind}' (sqlite or neo4j)"),
        };
}
