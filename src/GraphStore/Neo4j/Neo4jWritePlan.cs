using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>
/// The statements that write one document, in order: remove its previous contribution, merge the Document,
/// then nodes per label and relationships per type in UNWIND batches, and the ledger mark last.
/// </summary>
public sealed record Neo4jWritePlan(
    IReadOnlyList<Neo4jStatement> Statements,
    IReadOnlyList<(int Index, RelationType Type, int Rows)> RelationBatches,
    IReadOnlyList<Relation> Written)
{
    public static Neo4jWritePlan For(DocumentGraph graph, int batchSize, Action<Relation, string>? skipped = null)
    {
        var doc = graph.Document.Id;
        var statements = new List<Neo4jStatement>(RemoveContribution(doc))
        {
            Neo4jStatement.Of(Neo4jStatements.MergeDocument,
                ("doc", doc), ("fileName", graph.Document.FileName), ("sha256", graph.Document.ContentSha256),
                ("titles", graph.Document.Titles.ToList()), ("path", graph.Document.Path), ("byteSha256", graph.Document.ByteSha256),
                ("encoding", graph.Document.Encoding), ("date", graph.Document.Date)),
        };

        var labels = graph.Entities.ToDictionary(e => e.Id, e => e.Label, StringComparer.Ordinal);
        foreach (var label in GraphSchema.EntityLabels)
        {
            var entities = graph.Entities.Where(e => e.Label == label).DistinctBy(e => e.Id);
            foreach (var chunk in entities.Chunk(batchSize))
            {
                statements.Add(Neo4jStatement.Of(Neo4jStatements.MergeEntities(label),
                    ("doc", doc), ("rows", chunk.Select(e => EntityRow(doc, e)).ToList())));
            }
        }

        // Relations must join entities of this document, so retraction (anchored on its mentions) finds them.
        var written = new List<Relation>();
        foreach (var relation in graph.Relations.DistinctBy(r => r.Id))
        {
            if (relation.Type != RelationType.MENTIONED_IN
                && labels.TryGetValue(relation.FromId, out var from) && labels.TryGetValue(relation.ToId, out var to)
                && GraphSchema.Allows(relation.Type, from, to))
            {
                written.Add(relation);
            }
            else
            {
                skipped?.Invoke(relation, "endpoint outside the document or not allowed by the schema");
            }
        }

        var batches = new List<(int, RelationType, int)>();
        foreach (var type in Neo4jStatements.WritableTypes)
        {
            foreach (var chunk in written.Where(r => r.Type == type).Chunk(batchSize))
            {
                batches.Add((statements.Count, type, chunk.Length));
                statements.Add(Neo4jStatement.Of(Neo4jStatements.MergeRelations(type),
                    ("doc", doc), ("rows", chunk.Select(RelationRow).ToList())));
            }
        }

        statements.Add(Neo4jStatement.Of(Neo4jStatements.CompleteDocument, ("doc", doc)));
        return new Neo4jWritePlan(statements, batches, written);
    }

    /// <summary>Relationships first (anchored on the mentions), then node provenance, then mentions and orphans.</summary>
    public static IEnumerable<Neo4jStatement> RemoveContribution(string documentId)
    {
        yield return Neo4jStatement.Of(Neo4jStatements.RetractRelations, ("doc", documentId));
        yield return Neo4jStatement.Of(Neo4jStatements.RetractEntityProvenance,
            ("doc", documentId), ("docPrefix", documentId + Neo4jStatements.AliasSourceSeparator),
            ("separator", Neo4jStatements.AliasSourceSeparator));
        yield return Neo4jStatement.Of(Neo4jStatements.RetractMentions, ("doc", documentId));
    }

    private static Dictionary<string, object?> EntityRow(string doc, Entity e)
    {
        var forms = e.Forms.Distinct(StringComparer.Ordinal).ToList();
        return new Dictionary<string, object?>
        {
            ["id"] = e.Id,
            ["name"] = e.Name,
            ["attrs"] = Neo4jProperties.Attributes(e.Attributes),
            ["attrKeys"] = e.Attributes.Keys.ToList(),
            ["aliases"] = forms.Where(f => f != e.Name).ToList(),
            ["aliasKeys"] = forms.Select(NameKey.Normalize).Distinct(StringComparer.Ordinal).ToList(),
            ["lookupKeys"] = e.ResolutionKeys.Distinct(StringComparer.Ordinal).ToList(),
            ["aliasSources"] = forms.Select(f => Neo4jProperties.AliasSource(doc, f)).ToList(),
            ["evidence"] = Neo4jProperties.EvidenceRows(e.Evidence),
        };
    }

    internal static Dictionary<string, object?> RelationRow(Relation r) => new()
    {
        ["id"] = r.Id,
        ["from"] = r.FromId,
        ["to"] = r.ToId,
        ["attrs"] = Neo4jProperties.Attributes(r.Attributes),
        ["attrKeys"] = r.Attributes.Keys.ToList(),
        ["evidence"] = Neo4jProperties.EvidenceRows(r.Evidence),
    };
}
