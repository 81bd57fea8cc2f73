using System.CommandLine;
using Graph.Queries.Catalog;
using Graph.Store;

namespace Graph.Queries.Exports;

/// <summary>
/// <c>export</c>: a subgraph written in one of the <see cref="GraphExport"/> formats. The subgraph is an entity and
/// what lies within <c>--depth</c> hops of it, the whole graph (<c>--all</c>), or what a canned query's answer
/// stands on (<c>--query NAME -- ARGS</c>).
/// </summary>
public static class ExportCommands
{
    public static IEnumerable<Command> Create() => [Export()];

    private static Command Export()
    {
        var values = new Argument<string[]>("name") { Description = "The entity (any of its names); with --query, the query's arguments after --", Arity = ArgumentArity.ZeroOrMore };
        var depth = new Option<int>("--depth") { Description = "Hops around the entity (0–5, default 1)", DefaultValueFactory = _ => 1 };
        var all = new Option<bool>("--all") { Description = "The whole graph" };
        var query = new Option<string?>("--query") { Description = "A canned query (see list): export what its answer names" };
        var format = new Option<string>("--format") { Description = "graphml, json, csv (a folder for neo4j-admin), cypher or html", Required = true };
        format.AcceptOnlyFromAmong([.. GraphExport.All.Select(f => f.Name)]);
        var output = new Option<string>("--out") { Description = "The file to write (a folder for csv)", Required = true };
        var limit = new Option<int>("--limit") { Description = "With --query: at most this many answer rows", DefaultValueFactory = _ => QueryInput.DefaultLimit };
        var store = QueriesCli.StoreOptions.Path();
        var neo4j = QueriesCli.StoreOptions.Neo4j();
        var command = new Command("export", "Write a subgraph for Gephi/yEd (graphml), eval (json), neo4j-admin (csv), Neo4j (cypher) or a browser (html)")
        {
            values, depth, all, query, format, output, limit, store, neo4j,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var names = parse.GetValue(values) ?? [];
            var queryName = parse.GetValue(query);
            var exportAll = parse.GetValue(all);
            var usage = Usage(names, queryName, exportAll, parse.GetValue(depth));
            if (usage is not null)
            {
                await Console.Error.WriteLineAsync($"usage error: {usage}");
                return 2;
            }

            var export = GraphExport.Find(parse.GetValue(format)!);
            var path = parse.GetValue(output)!;
            return await QueryStore.RunAsync(parse.GetValue(store), parse.GetValue(neo4j), async (graph, ct) =>
            {
                var reader = new SubgraphReader(graph);
                var subgraph = exportAll
                    ? await reader.AllAsync(ct)
                    : queryName is not null
                        ? await AnswerAsync(graph, reader, queryName, names, parse.GetValue(limit), ct)
                        : await reader.AroundAsync(await EntityResolver.ResolveAsync(graph, names[0], SubgraphReader.EntityLabels, ct), parse.GetValue(depth), ct);
                var files = await export.WriteAsync(subgraph, path, ct);
                await Console.Error.WriteLineAsync(
                    $"{subgraph.Nodes.Count} nodes, {subgraph.Edges.Count} relationships → {(export.WritesFolder ? $"{path}/ ({files.Count} files)" : path)}");
                return 0;
            }, cancellationToken);
        });
        return command;
    }

    private static string? Usage(string[] names, string? queryName, bool all, int depth)
    {
        if (depth is < 0 or > 5)
        {
            return $"--depth must be between 0 and 5 (got {depth})";
        }

        if (all)
        {
            return names.Length > 0 || queryName is not null ? "--all takes no name and no --query" : null;
        }

        if (queryName is not null)
        {
            return QueryCatalog.Find(queryName) is null
                ? $"no query named {queryName} (list shows them)"
                : null;
        }

        return names.Length == 1 ? null : "give one entity name, --all, or --query NAME -- ARGS";
    }

    /// <summary>Runs the query's embedded twin (the same answer on both stores) and takes the subgraph its rows name.</summary>
    private static async Task<Subgraph> AnswerAsync(IGraphStore graph, SubgraphReader reader, string name, string[] tokens, int limit, CancellationToken cancellationToken)
    {
        var query = QueryCatalog.Find(name)!;
        var (arguments, numbers) = SplitQueryArguments(query, tokens);
        var input = await QueryInput.ResolveAsync(query, graph, arguments, numbers, limit, cancellationToken);
        var result = await query.RunEmbeddedAsync(graph, input, cancellationToken);
        return await reader.OfAnswerAsync(query, input, result, cancellationToken);
    }

    /// <summary>The query's arguments after <c>--</c>: positional values, and its numbers as <c>--up 2</c>.</summary>
    public static (IReadOnlyList<string> Arguments, IReadOnlyDictionary<string, int> Numbers) SplitQueryArguments(CannedQuery query, IReadOnlyList<string> tokens)
    {
        var arguments = new List<string>();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var number = tokens[i].StartsWith("--", StringComparison.Ordinal)
                ? query.Numbers.FirstOrDefault(n => "--" + n.Name == tokens[i])
                : null;
            if (number is null)
            {
                arguments.Add(tokens[i]);
                continue;
            }

            if (i + 1 >= tokens.Count || !int.TryParse(tokens[i + 1], out var value))
            {
                throw new QueryInputException($"{tokens[i]} takes a whole number");
            }

            numbers[number.Name] = value;
            i++;
        }

        return (arguments, numbers);
    }
}
