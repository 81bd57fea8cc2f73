using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// A curated question. It lives twice: <see cref="CypherFile"/> in cypher/ for Neo4j and Browser,
/// and <see cref="RunEmbeddedAsync"/> over the store interface; tests hold the two to the same answers.
/// </summary>
public interface ICannedQuery
{
    string Name { get; }

    string Description { get; }

    /// <summary>File name under cypher/.</summary>
    string CypherFile { get; }

    /// <summary>Name of the one argument the CLI takes (e.g. "name").</summary>
    string Argument { get; }

    /// <summary>The Cypher parameters for an argument value.</summary>
    IReadOnlyDictionary<string, object?> CypherParameters(string argument);

    Task<QueryResult> RunEmbeddedAsync(IGraphStore store, string argument, CancellationToken cancellationToken);
}
