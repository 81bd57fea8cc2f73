using Graph.Queries.Catalog;
using Graph.Store;

namespace Graph.Queries;

/// <summary>
/// Opens the store a command names (<c>--store PATH</c>, <c>--neo4j</c>, else the configuration), runs the command's
/// work on it, and turns what a user can cause (no store, an unknown or ambiguous name, a server that does not
/// answer) into one line on stderr and exit code 1 (with <see cref="Graph.Cli.CommandRunner"/>). Every command of this CLI that reads a store goes through here.
/// </summary>
public static class QueryStore
{
    public static async Task<int> RunAsync(string? path, bool neo4j, Func<IGraphStore, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        // A query never creates or writes a store: the file must already be one. Other failures (no server, a file
        // that is no store) reach CommandRunner, which words them.
        await using var services = GraphStoreFactory.Services(Overrides(path, neo4j));
        await using var graph = await GraphStoreFactory.OpenAsync(services, cancellationToken, mustExist: true);
        try
        {
            return await work(graph, cancellationToken);
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
        catch (AmbiguousEntityException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}:");
            foreach (var candidate in e.Candidates)
            {
                await Console.Error.WriteLineAsync($"  {candidate.Name} ({candidate.Label})");
            }

            return 1;
        }
        catch (QueryInputException e)
        {
            await Console.Error.WriteLineAsync($"error: {e.Message}");
            return e.ExitCode;
        }
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
