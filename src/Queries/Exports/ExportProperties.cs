using Graph.Model;

namespace Graph.Queries.Exports;

/// <summary>The value types an exported property can have: each format declares them its own way.</summary>
public enum PropertyKind
{
    Text,
    TextList,
    Number,
}

/// <summary>One property of an exported node or edge.</summary>
public sealed record ExportProperty(string Key, PropertyKind Kind, object Value);

/// <summary>
/// The one property layout every export shares. A node: <c>name</c>, <c>aliases</c>, <c>aliasKeys</c> (the lookup keys
/// the catalog's Cypher matches on), its attributes, and its evidence; an edge: its attributes, <c>confidence</c>
/// and its evidence. Evidence is two lists of one length: <c>sentences[i]</c> is a sentence, <c>documents[i]</c> the
/// file it was read in (not <c>evidence</c>: in a Neo4j store that property holds the store's JSON records, which a
/// script run into the same database must not overwrite). An attribute whose key is one of these names, or one the
/// Neo4j store uses, or not a plain identifier, is renamed.
/// </summary>
public static class ExportProperties
{
    private static readonly HashSet<string> Structural =
        [
            "id", "label", "type", "name", "aliases", "aliasKeys", "sentences", "documents", "confidence", "source", "target",
            "evidence", "evidenceDocs", "attrKeys", "aliasText", "aliasSources", "sources",
        ];

    public static IReadOnlyList<ExportProperty> Of(Entity entity)
    {
        var forms = entity.Forms.Distinct(StringComparer.Ordinal).ToList();
        var properties = new List<ExportProperty>
        {
            new("name", PropertyKind.Text, entity.Name),
            new("aliases", PropertyKind.TextList, forms.Where(f => f != entity.Name).ToList()),
            new("aliasKeys", PropertyKind.TextList, forms.Select(NameKey.Normalize).Distinct(StringComparer.Ordinal).ToList()),
        };
        properties.AddRange(Attributes(entity.Attributes));
        properties.AddRange(EvidenceOf(entity.Evidence));
        return properties;
    }

    public static IReadOnlyList<ExportProperty> Of(Relation relation)
    {
        var properties = new List<ExportProperty>(Attributes(relation.Attributes));
        if (!relation.Evidence.IsEmpty)
        {
            properties.Add(new("confidence", PropertyKind.Number, relation.Evidence.Max(e => e.Confidence)));
        }

        properties.AddRange(EvidenceOf(relation.Evidence));
        return properties;
    }

    /// <summary>The distinct (key, kind) pairs of several property lists, in first-seen order: the columns of a table or the keys of a file.</summary>
    public static IReadOnlyList<(string Key, PropertyKind Kind)> Columns(IEnumerable<IReadOnlyList<ExportProperty>> rows) =>
        rows.SelectMany(r => r).Select(p => (p.Key, p.Kind)).Distinct().ToList();

    /// <summary>A property key for an attribute: letters, digits and <c>_</c> only, never a structural name.</summary>
    public static string Key(string attribute)
    {
        var plain = new string(attribute.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray());
        if (plain.Length == 0 || char.IsAsciiDigit(plain[0]))
        {
            plain = "_" + plain;
        }

        return Structural.Contains(plain) || plain.StartsWith("attr_", StringComparison.Ordinal) ? "attr_" + plain : plain;
    }

    /// <summary>Each distinct (sentence, document) once, in document and offset order.</summary>
    public static IReadOnlyList<(string Sentence, string Document)> EvidencePairs(IEnumerable<Evidence> evidence) =>
        evidence.OrderBy(e => e.FileName, StringComparer.Ordinal).ThenBy(e => e.Start)
            .Select(e => (e.Sentence, e.FileName))
            .Distinct()
            .ToList();

    private static IEnumerable<ExportProperty> Attributes(IReadOnlyDictionary<string, string> attributes) =>
        attributes.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => new ExportProperty(Key(a.Key), PropertyKind.Text, a.Value)).DistinctBy(p => p.Key);

    private static IEnumerable<ExportProperty> EvidenceOf(IEnumerable<Evidence> evidence)
    {
        var pairs = EvidencePairs(evidence);
        if (pairs.Count == 0)
        {
            yield break;
        }

        yield return new("sentences", PropertyKind.TextList, pairs.Select(p => p.Sentence).ToList());
        yield return new("documents", PropertyKind.TextList, pairs.Select(p => p.Document).ToList());
    }
}
