using System.Collections.Frozen;

namespace Graph.Model;

/// <summary>
/// The vocabulary as data: which labels and types exist and which endpoints a relationship may join.
/// Everything that turns text into a label or a type goes through <see cref="ParseLabel"/> or
/// <see cref="ParseRelation"/>, so an undefined name fails once, with its name, instead of reaching a store.
/// </summary>
public static class GraphSchema
{
    public static IReadOnlyList<NodeLabel> Labels { get; } = Enum.GetValues<NodeLabel>();

    public static IReadOnlyList<RelationType> RelationTypes { get; } = Enum.GetValues<RelationType>();

    /// <summary>Labels of the things extraction produces (every label but Document).</summary>
    public static IReadOnlyList<NodeLabel> EntityLabels { get; } =
        Labels.Where(l => l != NodeLabel.Document).ToArray();

    private static readonly NodeLabel[] Organisations =
        [NodeLabel.Enterprise, NodeLabel.Organization, NodeLabel.District];

    private static readonly NodeLabel[] Actors =
        [NodeLabel.Enterprise, NodeLabel.Organization, NodeLabel.District, NodeLabel.Official, NodeLabel.Cluster];

    private static readonly NodeLabel[] AnyEntity = [.. EntityLabels];

    /// <summary>Allowed (from, to) labels per relationship type.</summary>
    public static FrozenDictionary<RelationType, (NodeLabel[] From, NodeLabel[] To)> Endpoints { get; } =
        new Dictionary<RelationType, (NodeLabel[] From, NodeLabel[] To)>
        {
            [RelationType.SUPPLIES] = ([.. Organisations, NodeLabel.Cluster], [.. Organisations, NodeLabel.Project]),
            [RelationType.LOCATED_IN] = (AnyEntity, [NodeLabel.District]),
            [RelationType.INVESTS_IN] = (Actors, [NodeLabel.Project, NodeLabel.District, NodeLabel.Enterprise, NodeLabel.Cluster]),
            [RelationType.MEMBER_OF] = ([NodeLabel.Enterprise, NodeLabel.Organization, NodeLabel.District, NodeLabel.Project], [NodeLabel.Cluster, NodeLabel.Organization]),
            [RelationType.PART_OF] = ([NodeLabel.Cluster, NodeLabel.Organization, NodeLabel.Project], [NodeLabel.Cluster, NodeLabel.Organization, NodeLabel.Project]),
            [RelationType.SUBSIDIARY_OF] = ([NodeLabel.Enterprise, NodeLabel.Organization], [NodeLabel.Enterprise, NodeLabel.Organization]),
            [RelationType.HOLDS_POSITION] = ([NodeLabel.Official], Organisations),
            [RelationType.PRODUCES] = (Actors, [NodeLabel.Product]),
            [RelationType.PARTICIPATES_IN] = (Actors, [NodeLabel.Event, NodeLabel.Project]),
            [RelationType.COOPERATES_WITH] = (Actors, Actors),
            [RelationType.FINANCES] = (Actors, [NodeLabel.Enterprise, NodeLabel.Project, NodeLabel.Organization]),
            [RelationType.MENTIONED_IN] = (AnyEntity, [NodeLabel.Document]),
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, NodeLabel> LabelsByName =
        Labels.ToFrozenDictionary(l => l.ToString(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, RelationType> TypesByName =
        RelationTypes.ToFrozenDictionary(t => t.ToString(), StringComparer.Ordinal);

    public static NodeLabel ParseLabel(string name) =>
        LabelsByName.TryGetValue(name, out var label)
            ? label
            : throw new SchemaException($"undefined node label '{name}'; the schema has {string.Join(", ", Labels)}");

    public static RelationType ParseRelation(string name) =>
        TypesByName.TryGetValue(name, out var type)
            ? type
            : throw new SchemaException($"undefined relationship type '{name}'; the schema has {string.Join(", ", RelationTypes)}");

    public static bool TryParseLabel(string name, out NodeLabel label) => LabelsByName.TryGetValue(name, out label);

    public static bool TryParseRelation(string name, out RelationType type) => TypesByName.TryGetValue(name, out type);

    /// <summary>True when the schema allows <paramref name="type"/> from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool Allows(RelationType type, NodeLabel from, NodeLabel to)
    {
        var (fromLabels, toLabels) = Endpoints[type];
        return Array.IndexOf(fromLabels, from) >= 0 && Array.IndexOf(toLabels, to) >= 0;
    }
}

public sealed class SchemaException(string message) : Exception(message);
