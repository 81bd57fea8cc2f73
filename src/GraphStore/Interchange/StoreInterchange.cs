using Graph.Model;

namespace Graph.Store;

/// <summary>
/// The one conversion from what a store holds to the interchange format of eval/FORMAT.md, for `eval --store` and
/// the exports: every entity (redirected ids left out: their names are aliases of the entity they point to) with
/// the files of the documents that mention it, and every relation once per file that states it.
/// </summary>
public static class StoreInterchange
{
    public static async Task<InterchangeFile> ToInterchangeAsync(this IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = new List<InterchangeDocument>();
        await foreach (var document in store.DocumentsAsync(cancellationToken))
        {
            documents.Add(new InterchangeDocument(document.FileName));
        }

        var entities = new List<InterchangeEntity>();
        await foreach (var stored in store.AllEntitiesAsync(cancellationToken))
        {
            entities.Add(InterchangeFile.EntityOf(stored.Entity, stored.Entity.Aliases, stored.Files, stored.Entity.Evidence.FirstOrDefault()));
        }

        var relations = new List<InterchangeRelation>();
        await foreach (var relation in store.AllRelationsAsync(cancellationToken))
        {
            if (relation.Evidence.IsEmpty)
            {
                relations.Add(InterchangeFile.RelationOf(relation, null, []));
                continue;
            }

            relations.AddRange(relation.Evidence.GroupBy(e => e.FileName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => InterchangeFile.RelationOf(relation, g.Key, g)));
        }

        return new InterchangeFile(1,
            [.. entities.OrderBy(e => GraphSchema.ParseLabel(e.Type)).ThenBy(e => e.Name, StringComparer.Ordinal)],
            relations)
        { Documents = documents };
    }
}
