using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>A query's arguments as given, the entities they resolved to, its numbers and its row limit.</summary>
public sealed record QueryInput(
    IReadOnlyDictionary<string, string> Texts,
    IReadOnlyDictionary<string, Entity> Entities,
    IReadOnlyDictionary<string, int> Numbers,
    int Limit)
{
    public const int DefaultLimit = 100;

    public string Text(string argument) => Texts[argument];

    public Entity Entity(string argument) => Entities[argument];

    public int Number(string name) => Numbers[name];

    /// <summary>The date options given (name → ISO date); a missing one is no bound.</summary>
    public IReadOnlyDictionary<string, string> DateValues { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Date(string name) => DateValues.GetValueOrDefault(name);

    /// <summary>
    /// Matches raw values to the query's arguments, resolves every entity argument by any alias
    /// (<see cref="EntityResolver"/>) and fills numbers with their defaults, checked against their bounds.
    /// </summary>
    public static async Task<QueryInput> ResolveAsync(CannedQuery query, IGraphStore store, IReadOnlyList<string> arguments,
        IReadOnlyDictionary<string, int>? numbers, int limit, CancellationToken cancellationToken)
    {
        if (arguments.Count != query.Arguments.Count)
        {
            throw new QueryInputException($"{query.Name} takes {query.Arguments.Count} argument(s): {string.Join(" ", query.Arguments.Select(a => $"<{a.Name}>"))}");
        }

        if (limit < 1)
        {
            throw new QueryInputException("--limit must be at least 1");
        }

        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = query.Arguments[i];
            var value = arguments[i];
            if (NameKey.Normalize(value).Length == 0)
            {
                throw new QueryInputException($"<{argument.Name}> is empty: give a name");
            }

            texts[argument.Name] = value;
            if (argument.NamesEntity)
            {
                entities[argument.Name] = await EntityResolver.ResolveAsync(store, value, argument.Labels, cancellationToken);
            }
        }

        var values = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var number in query.Numbers)
        {
            var value = numbers?.GetValueOrDefault(number.Name, number.Default) ?? number.Default;
            if (value < number.Min || value > number.Max)
            {
                throw new QueryInputException($"--{number.Name} must be between {number.Min} and {number.Max} (got {value})");
            }

            values[number.Name] = value;
        }

        return new QueryInput(texts, entities, values, limit);
    }
}

/// <summary>Arguments that cannot be run: the message says what to give instead. Exit code 2 for usage, 1 for what is not in the store.</summary>
public sealed class QueryInputException(string message, int exitCode = 2) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
