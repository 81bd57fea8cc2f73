using System.Security.Cryptography;
using System.Text;

namespace Graph.Model;

/// <summary>
/// Ids derived from what a thing is, so that every store, export and re-run agrees on them:
/// an entity's id is a hash of its label and canonical name, a relation's of its type and endpoints.
/// </summary>
public static class StableId
{
    public static string ForEntity(NodeLabel label, string canonicalName) =>
        $"{Prefix(label)}-{Hash($"{label}|{NameKey.Normalize(canonicalName)}")}";

    public static string ForRelation(RelationType type, string fromId, string toId) =>
        $"r-{Hash($"{type}|{fromId}|{toId}")}";

    /// <summary>
    /// An event's id: what it is — its kind, when (the resolved date, else the document that tells it), where, and who
    /// took part — never its wording, so the same signing told twice, or by two papers, is one node.
    /// </summary>
    /// <summary>What every event id starts with.</summary>
    public const string EventPrefix = "evt-";

    public static string ForEvent(string kind, string when, string? placeId, IEnumerable<string> participantIds) =>
        $"{Prefix(NodeLabel.Event)}-{Hash($"{NodeLabel.Event}|{kind}|{when}|{placeId}|{string.Join(",", participantIds.Distinct().Order(StringComparer.Ordinal))}")}";

    public static string ForDocument(string contentSha256) => $"doc-{contentSha256[..16]}";

    private static string Prefix(NodeLabel label) => label switch
    {
        NodeLabel.Enterprise => "ent",
        NodeLabel.Cluster => "clu",
        NodeLabel.District => "dis",
        NodeLabel.Official => "off",
        NodeLabel.Organization => "org",
        NodeLabel.Project => "prj",
        NodeLabel.Event => "evt",
        NodeLabel.Product => "prd",
        NodeLabel.Document => "doc",
        _ => throw new SchemaException($"undefined node label '{label}'"),
    };

    private static string Hash(string key)
    {
        Span<byte> digest = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(key), digest);
        return Convert.ToHexStringLower(digest[..8]);
    }
}
