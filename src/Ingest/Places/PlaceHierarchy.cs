using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Places;

/// <summary>
/// LOCATED_IN edges among a set of Districts: each place to its nearest ancestor that is also in the set
/// (direct parent when present), never a transitive edge. Ancestors come from the <c>parent</c> attribute
/// (zones → the place their name gives, villages → their town, foreign cities → their country) and then
/// from the gazetteer. Run it per document, or once over the merged Districts of several documents.
/// </summary>
public static class PlaceHierarchy
{
    public const string CodeAttribute = "code";
    public const string ParentAttribute = "parent";
    public const string LevelAttribute = "level";
    public const string BasisAttribute = "basis";

    /// <summary>Rule names of the edges, as they appear in evidence.</summary>
    public const string GazetteerRule = "gazetteer-parent";

    public static ImmutableArray<Relation> Link(IEnumerable<Entity> districts, Gazetteer gazetteer)
    {
        var byCode = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var entity in districts)
        {
            if (entity.Attributes.TryGetValue(CodeAttribute, out var code))
            {
                byCode.TryAdd(code, entity);
            }
        }

        string? ParentOf(string code) =>
            byCode.TryGetValue(code, out var e) && e.Attributes.TryGetValue(ParentAttribute, out var parent)
                ? parent
                : gazetteer.ByCode(code)?.ParentCode;

        var edges = ImmutableArray.CreateBuilder<Relation>();
        foreach (var (code, child) in byCode)
        {
            var ancestor = ParentOf(code);
            var direct = true;
            for (var hops = 0; ancestor is not null && hops < 8; hops++)
            {
                if (byCode.TryGetValue(ancestor, out var parent))
                {
                    edges.Add(Edge(child, parent, direct));
                    break;
                }

                ancestor = ParentOf(ancestor);
                direct = false;
            }
        }

        return edges.ToImmutable();
    }

    private static Relation Edge(Entity child, Entity parent, bool direct)
    {
        var level = child.Attributes.GetValueOrDefault(LevelAttribute);
        var (basis, rule) = level switch
        {
            "zone" => ("name", child.Attributes.GetValueOrDefault("rule") ?? "zone"),
            "village" => ("text", "village-after-town"),
            _ => ("gazetteer", GazetteerRule),
        };
        var evidence = child.Evidence.Take(1).Select(e => e with { Rule = rule });
        return Relation.Create(RelationType.LOCATED_IN, child.Id, parent.Id,
            [KeyValuePair.Create(BasisAttribute, basis), KeyValuePair.Create("direct", direct ? "true" : "false")], evidence);
    }
}
