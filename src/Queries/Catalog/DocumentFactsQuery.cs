using Graph.Model;
using Graph.Store;

namespace Graph.Queries.Catalog;

/// <summary>
/// What one article contributed: every entity it mentions, with each relationship going out of it that the
/// article is a source of (an entity with none gets one row with its sentence there) — what <c>retract</c>
/// would shrink or remove.
/// </summary>
public sealed class DocumentFactsQuery : CannedQuery
{
    public override string Name => "document-facts";

    public override string Description => "What one ingested file contributed: the entities it mentions and the relations it states";

    public override IReadOnlyList<string> Columns { get; } = ["entity", "label", "relation", "other", "evidence"];

    public override IReadOnlyList<QueryArgument> Arguments { get; } =
    [
        QueryArgument.Text("file", "An ingested file's name, or a document id"),
    ];

    /// <summary>The file name is matched as stored, not as a name key.</summary>
    public override IReadOnlyDictionary<string, object?> CypherParameters(QueryInput input) =>
        new Dictionary<string, object?>(StringComparer.Ordinal) { ["file"] = Path.GetFileName(input.Text("file")), ["limit"] = input.Limit };

    protected override async Task<IReadOnlyList<Row>> AnswerAsync(IGraphStore store, QueryInput input, CancellationToken cancellationToken)
    {
        var key = Path.GetFileName(input.Text("file"));
        var mentions = await store.MentionsAsync(key, cancellationToken);
        if (mentions.Count == 0)
        {
            throw new QueryInputException($"no document named {key} in the store (give an ingested file's name or a document id)", exitCode: 1);
        }

        var documents = mentions.Select(m => m.DocumentId).ToHashSet(StringComparer.Ordinal);
        var ids = mentions.Select(m => m.EntityId).Distinct(StringComparer.Ordinal).ToList();
        var relations = (await store.RelationsOfAsync(ids, cancellationToken))
            .Where(r => r.Evidence.Any(e => documents.Contains(e.DocumentId)))
            .ToList();
        var stated = relations.ToLookup(r => r.FromId);
        var received = relations.ToLookup(r => r.ToId);
        var entities = await store.EntitiesAsync(ids.Concat(stated.SelectMany(g => g).Select(r => r.ToId)), cancellationToken);
        var rows = new List<Row>();
        foreach (var id in ids.Where(entities.ContainsKey))
        {
            var entity = entities[id];
            var own = stated[id].ToList();
            // An entity with no sentence of its own (a product named only as what is supplied) shows the first edge into it.
            var mentioned = entity.Evidence.Where(e => documents.Contains(e.DocumentId)).Take(1).ToList();
            rows.AddRange(own.Count == 0
                ? [Fact(entity, null, null, mentioned.Count > 0 ? mentioned : received[id].SelectMany(r => r.Evidence).Take(1))]
                : own.Select(r => Fact(entity, r.Type.ToString(), entities.TryGetValue(r.ToId, out var other) ? other.Name : r.ToId, r.Evidence)));
        }

        return rows
            .OrderBy(r => r.Text("entity"), StringComparer.Ordinal)
            .ThenBy(r => r.Text("relation") ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Text("other") ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }

    private static Row Fact(Entity entity, string? relation, string? other, IEnumerable<Evidence> evidence) => new()
    {
        ["entity"] = entity.Name,
        ["label"] = entity.Label.ToString(),
        ["relation"] = relation,
        ["other"] = other,
        ["evidence"] = EvidenceRow.Of(evidence),
    };
}
