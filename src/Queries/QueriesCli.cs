using System.CommandLine;
using Graph.Queries.Catalog;
using Graph.Queries.Exports;
using Graph.Queries.Output;
using Graph.Store;
using Graph.Store.Neo4j;

namespace Graph.Queries;

/// <summary>The queries CLI: <c>list</c>, one command per canned query, and the commands of <see cref="ExportCommands"/>.</summary>
public static class QueriesCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Graph queries: canned questions over the knowledge graph");
        root.Subcommands.Add(ListCommand());
        foreach (var query in QueryCatalog.All)
        {
            root.Subcommands.Add(CommandFor(query));
        }

        foreach (var command in ExportCommands.Create())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static Command ListCommand()
    {
        var list = new Command("list", "List the canned queries");
        list.SetAction(_ =>
        {
            var rows = QueryCatalog.All.Select(q => new Row
            {
                ["query"] = q.Name,
                ["arguments"] = string.Join(" ", q.Arguments.Select(a => $"<{a.Name}>").Concat(q.Numbers.Select(n => $"[--{n.Name} N]")).Concat(q.Dates.Select(d => $"[--{d.Name} DATE]"))),
                ["description"] = q.Description,
            });
            ResultWriter.WriteTable(new QueryResult(["query", "arguments", "description"], [.. rows]), Console.Out, footer: false);
            return 0;
        });
        return list;
    }

    private static Command CommandFor(CannedQuery query)
    {
        var arguments = query.Arguments
            .Select(a => new Argument<string>(a.Name) { Description = a.Description })
            .ToList();
        var numbers = query.Numbers
            .Select(n => (Definition: n, Option: new Option<int>("--" + n.Name) { Description = $"{n.Description} ({n.Min}–{n.Max}, default {n.Default})", DefaultValueFactory = _ => n.Default }))
            .ToList();
        var dates = query.Dates
            .Select(d => (Definition: d, Option: DateOption(d)))
            .ToList();
        var format = new Option<string>("--format") { Description = "table, json or csv", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong(ResultWriter.Formats);
        var limit = new Option<int>("--limit") { Description = "At most this many rows", DefaultValueFactory = _ => QueryInput.DefaultLimit };
        var store = StoreOptions.Path();
        var neo4j = StoreOptions.Neo4j();
        var command = new Command(query.Name, query.Description);
        arguments.ForEach(command.Arguments.Add);
        numbers.ForEach(n => command.Options.Add(n.Option));
        dates.ForEach(d => command.Options.Add(d.Option));
        command.Options.Add(format);
        command.Options.Add(store);
        command.Options.Add(neo4j);
        command.Options.Add(limit);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var values = arguments.Select(a => parse.GetValue(a)!).ToList();
            var given = numbers.ToDictionary(n => n.Definition.Name, n => parse.GetValue(n.Option), StringComparer.Ordinal);
            return await QueryStore.RunAsync(parse.GetValue(store), parse.GetValue(neo4j), async (graph, ct) =>
            {
                var input = await QueryInput.ResolveAsync(query, graph, values, given, parse.GetValue(limit), ct) with
                {
                    DateValues = dates.Where(d => parse.GetValue(d.Option) is not null)
                        .ToDictionary(d => d.Definition.Name, d => parse.GetValue(d.Option)!, StringComparer.Ordinal),
                };
                var result = graph is Neo4jGraphStore server
                    ? await CypherRunner.RunAsync(server, query, input, ct)
                    : await query.RunEmbeddedAsync(graph, input, ct);
                ResultWriter.Write(result, parse.GetValue(format)!, Console.Out);
                return 0;
            }, cancellationToken);
        });
        return command;
    }

    private static Option<string?> DateOption(QueryDate date) => new("--" + date.Name)
    {
        Description = $"{date.Description} (YYYY-MM-DD, YYYY-MM or YYYY)",
        Validators =
        {
            result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (!QueryDate.IsValid(text))
                {
                    result.AddError($"--{date.Name} {text}: expected a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2026-07-01");
                }
            },
        },
    };

    /// <summary>The options every command that reads a store takes: <c>--store PATH</c> and <c>--neo4j</c>.</summary>
    public static class StoreOptions
    {
        public static Option<string?> Path() => new("--store") { Description = "Path of the embedded SQLite store (default data/graph.db)" };

        public static Option<bool> Neo4j() => new("--neo4j") { Description = "Ask the Neo4j server of the configuration (NEO4J_URI) instead of the embedded store" };
    }
}
