using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// A curated question. It lives three times side by side: <c>cypher/NAME.cypher</c> (parameters only, what
/// programs and the Neo4j store run), <c>cypher/browser/NAME.cypher</c> (Browser-ready, a <c>:param</c> line
/// with a placeholder) and <see cref="AnswerAsync"/>, its twin over the store interface. Adding a question
/// is one subclass registered in <see cref="QueryCatalog"/> plus its two Cypher files.
/// </summary>
public abstract class CannedQuery
{
    /// <summary>Command name, also the base name of both Cypher files.</summary>
    public abstract string Name { get; }

    /// <summary>One line for <c>list</c> and <c>--help</c>.</summary>
    public abstract string Description { get; }

    /// <summary>Positional arguments, in order; an argument with labels names an entity by any alias.</summary>
    public abstract IReadOnlyList<QueryArgument> Arguments { get; }

    /// <summary>Integer options (<c>--up 2</c>); each also reaches Cypher as a parameter of its name.</summary>
    public virtual IReadOnlyList<QueryNumber> Numbers => [];

    /// <summary>Date options (<c>--from 2026-07-01</c>): ISO dates (YYYY-MM-DD, YYYY-MM or YYYY), each a Cypher parameter of its name, null when not given.</summary>
    public virtual IReadOnlyList<QueryDate> Dates => [];

    /// <summary>Columns of every row, in print order; every query has an <c>evidence</c> column.</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    public string CypherFile => Name + ".cypher";

    public string BrowserFile => Path.Combine("browser", Name + ".cypher");

    /// <summary>Parameters of the Cypher file: each argument under its name (as a name key), each number, and <c>limit</c>.</summary>
    public virtual IReadOnlyDictionary<string, object?> CypherParameters(QueryInput input)
    {
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in Arguments)
        {
            parameters[argument.Name] = NameKey.Normalize(input.Text(argument.Name));
        }

        foreach (var number in Numbers)
        {
            parameters[number.Name] = input.Number(number.Name);
        }

        foreach (var date in Dates)
        {
            parameters[date.Name] = input.Date(date.Name);
        }

        parameters["limit"] = input.Limit;
        return parameters;
    }

    /// <summary>The twin: the answer computed over the store interface, at most <see cref="QueryInput.Limit"/> rows.</summary>
    public async Task<QueryResult> RunEmbeddedAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var rows = await AnswerAsync(store, input, cancellationToken);
        return new QueryResult(Columns, rows.Take(input.Limit).ToList());
    }

    /// <summary>Resolves raw arguments (any alias) with default options, then runs the twin: what tests and programs call.</summary>
    public async Task<QueryResult> RunEmbeddedAsync(IGraphStore store, IReadOnlyList<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, int>? numbers = null, int limit = QueryInput.DefaultLimit)
    {
        var input = await QueryInput.ResolveAsync(this, store, arguments, numbers, limit, cancellationToken);
        return await RunEmbeddedAsync(store, input, cancellationToken);
    }

    public Task<QueryResult> RunEmbeddedAsync(IGraphStore store, string argument, CancellationToken cancellationToken) =>
        RunEmbeddedAsync(store, [argument], cancellationToken);

    protected abstract Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken);
}

/// <summary>A positional argument. <paramref name="Labels"/> empty: free text; otherwise an entity of one of them.</summary>
public sealed record QueryArgument(string Name, string Description, IReadOnlyList<NodeLabel> Labels)
{
    public static QueryArgument Entity(string name, string description, params NodeLabel[] labels) => new(name, description, labels);

    public static QueryArgument Text(string name, string description) => new(name, description, []);

    public bool NamesEntity => Labels.Count > 0;
}

/// <summary>A date option, ISO at day, month or year precision; absent means no bound.</summary>
public sealed record QueryDate(string Name, string Description)
{
    /// <summary>True for 2026-07-03, 2026-07 or 2026.</summary>
    public static bool IsValid(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$");
}

/// <summary>An integer option with its default and bounds.</summary>
public sealed record QueryNumber(string Name, string Description, int Default, int Min, int Max);
