using System.CommandLine;
using Graph.Queries.Catalog;
using Graph.Queries.Output;
using Graph.Store;
using Spectre.Console;

namespace Graph.Queries;

/// <summary>The queries CLI: `list`, and one command per canned query (`suppliers-of NAME`).</summary>
public static class QueriesCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Graph queries: canned questions over the knowledge graph");
        var list = new Command("list", "List the canned queries");
        list.SetAction(_ =>
        {
            var table = new Table().AddColumns("query", "argument", "cypher", "description");
            foreach (var q in QueryCatalog.All)
            {
                table.AddRow(q.Name, q.Argument, "cypher/" + q.CypherFile, Markup.Escape(q.Description));
            }

            AnsiConsole.Write(table);
            return 0;
        });
        root.Subcommands.Add(list);
        foreach (var query in QueryCatalog.All)
        {
            root.Subcommands.Add(CommandFor(query));
        }

        return root;
    }

    private static Command CommandFor(ICannedQuery query)
    {
        var argument = new Argument<string>(query.Argument) { Description = "Any name the articles use" };
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "csv");
        var store = new Option<string?>("--store") { Description = "Path of the embedded SQLite store (default data/graph.db)" };
        var neo4j = new Option<bool>("--neo4j") { Description = "Ask the Neo4j server of NEO4J_URI instead of the embedded store" };
        var command = new Command(query.Name, query.Description) { argument, format, store, neo4j };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // A query never creates or writes a store: the file must already be one.
            await using var services = GraphStoreFactory.Services(Overrides(parse.GetValue(store), parse.GetValue(neo4j)));
            await using var graph = await GraphStoreFactory.OpenAsync(services, cancellationToken, mustExist: true);
            try
            {
                var result = await query.RunEmbeddedAsync(graph, parse.GetValue(argument)!, cancellationToken);
                ResultWriter.Write(result, parse.GetValue(format)!, Console.Out);
                return 0;
            }
            catch (UnknownEntityException e)
            {
                await Console.Error.WriteLineAsync($"error: {e.Message}");
                if (e.Suggestions.Count > 0)
                {
                    await Console.Error.WriteLineAsync($"close names: {string.Join(", ", e.Suggestions)}");
                }

                return 1;
            }
        });
        return command;
    }

    private static Dictionary<string, string?> Overrides(string? path, bool neo4j)
    {
        var overrides = new Dictionary<string, string?>();
        if (path is not null)
        {
            overrides["Store:Path"] = path;
        }

        if (neo4j)
        {
            overrides["Store:Kind"] = "neo4j";
        }

        return overrides;
    }
}
