using System.ComponentModel.DataAnnotations;

namespace Graph.Store;

/// <summary>Which store to use and how to batch writes. Bound from the "Store" configuration section.</summary>
public sealed class StoreOptions
{
    public const string Section = "Store";

    /// <summary>sqlite (embedded, default) or neo4j.</summary>
    [Required, RegularExpression("^(sqlite|neo4j)$", ErrorMessage = "Store:Kind must be sqlite or neo4j (environment Store__Kind; --neo4j sets it)")]
    public string Kind { get; set; } = "sqlite";

    /// <summary>Path of the embedded SQLite file, relative to the working directory.</summary>
    [Required(ErrorMessage = "Store:Path is empty: give --store PATH or set Store__Path")]
    public string Path { get; set; } = System.IO.Path.Combine("data", "graph.db");

    /// <summary>
    /// Rows per batched statement: an UNWIND batch for Neo4j, a JSON array of rows for SQLite. 100 by measurement
    /// (`bench neo4j --loopback`, README section Performance): fewer, larger requests were not faster.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "Store:BatchSize must be between 1 and 100000 (environment Store__BatchSize)")]
    public int BatchSize { get; set; } = 100;

    /// <summary>Documents written per transaction by a streaming ingest (each still all-or-nothing with its ledger row).</summary>
    [Range(1, 100_000, ErrorMessage = "Store:DocumentsPerTransaction must be between 1 and 100000 (environment Store__DocumentsPerTransaction)")]
    public int DocumentsPerTransaction { get; set; } = DefaultDocumentsPerTransaction;

    /// <summary>The default of <see cref="DocumentsPerTransaction"/>, which `ingest`, the worker and `bench write` / `bench graph` share.</summary>
    public const int DefaultDocumentsPerTransaction = 1024;
}
