using System.CommandLine;

namespace Graph.Queries.Exports;

/// <summary>
/// Where the export commands hang in the queries CLI (issue 10 item 3: GraphML, JSON, neo4j-admin CSV, Cypher, HTML).
/// Build each command here; <see cref="QueryStore.RunAsync"/> opens the store and reports errors the same way the
/// queries do, and <see cref="QueriesCli.StoreOptions"/> gives the shared --store/--neo4j options.
/// </summary>
public static class ExportCommands
{
    public static IEnumerable<Command> Create() => [];
}
