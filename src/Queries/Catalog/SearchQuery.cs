using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// Entities by any alias or part of a name, ranked: an exact name first, then names that start with the text,
/// then names that contain it; shorter names first within each rank. Each with its first evidence.
/// </summary>
public sealed class SearchQuery : CannedQuery
{
    public override string Name => "search";

    public override string Description => "Entities by any alias or part of a name, ranked exact, prefix, contains";

    public override IReadOnlyList<string> Columns { get; } = ["name", "label", "matched", "aliases", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Text("text", "A name, an alias or a part of one"),
    ];

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var key = NameKey.Normalize(input.Text("text"));
        var found = await store.SearchAsync(key, input.Limit, cancellationToken);
        return found
            .Select(e =>
            {
                var keys = e.Forms.Select(NameKey.Normalize).ToList();
                var match = keys.Contains(key) ? "exact" : keys.Any(k => k.StartsWith(key, StringComparison.Ordinal)) ? "prefix" : "contains";
                return new Row
                {
                    ["name"] = e.Name,
                    ["label"] = e.Label.ToString(),
                    ["matched"] = match,
                    ["aliases"] = string.Join("、", e.Aliases.Order(StringComparer.Ordinal)),
                    ["evidence"] = EvidenceRow.Of(e.Evidence.Take(1)),
                };
            })
            .ToList();
    }
}
