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
        var contents = await store.ReadAllAsync(cancellationToken);
        return ToInterchange(contents.Documents, contents.Entities, contents.Relations);
    }

    /// <summary>Everything the store holds, read once: the documents' files, the entities with their files, the relations.</summary>
    public static async Task<StoreContents> ReadAllAsync(this IGraphStore store, CancellationToken cancellationToken)
    {
        var documents = new List<string>();
        await foreach (var document in store.DocumentsAsync(cancellationToken))
        {
            documents.Add(document.FileName);
        }

        var entities = new List<StoredEntity>();
        await foreach (var stored in store.AllEntitiesAsync(cancellationToken))
        {
            entities.Add(stored);
        }

        var relations = new List<Relation>();
        await foreach (var relation in store.AllRelationsAsync(cancellationToken))
        {
            relations.Add(relation);
        }

        return new StoreContents(documents, entities, relations);
    }

    /// <summary>The conversion itself, for the whole store or any part of it (an export's subgraph).</summary>
    public static InterchangeFile ToInterchange(IEnumerable<string> documentFiles, IEnumerable<StoredEntity> entities, IEnumerable<Relation> relations)
    {
        var converted = new List<InterchangeRelation>();
        foreach (var relation in relations)
        {
            if (relation.Evidence.IsEmpty)
            {
                converted.Add(InterchangeFile.RelationOf(relation, null, []));
                continue;
            }

            converted.AddRange(relation.Evidence.GroupBy(e => e.FileName, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => InterchangeFile.RelationOf(relation, g.Key, g)));
        }

        return new InterchangeFile(1,
            [.. entities.Select(s => InterchangeFile.EntityOf(s.Entity, s.Entity.Aliases, s.Files, s.Entity.Evidence.FirstOrDefault()))
                .OrderBy(e => GraphSchema.ParseLabel(e.Type)).ThenBy(e => e.Name, StringComparer.Ordinal)],
            converted)
        { Documents = [.. documentFiles.Select(f => new InterchangeDocument(f))] };
    }
}

/// <summary>What a whole store holds (see <see cref="StoreInterchange.ReadAllAsync"/>).</summary>
public sealed record StoreContents(IReadOnlyList<string> Documents, IReadOnlyList<StoredEntity> Entities, IReadOnlyList<Relation> Relations);
