using Graph.Ingest.Lexicons;
using System.Text.RegularExpressions;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Short names an article defines for a firm it names in full: <c>X有限公司（以下简称“X”）</c>, <c>(简称"X")</c>. The
/// batch pre-pass gives them to the alias resolver, so every sentence that uses the short name names the firm.
/// </summary>
public static partial class DefinedShortNames
{
    [GeneratedRegex(@"^\s*[（(]\s*(?:以下|下文)?(?:简称|称)\s*[:：]?\s*[“""「『]([^”""」』，,。（）()]{2,12})[”""」』]")]
    private static partial Regex Definition();

    /// <summary>The short name a definition right after <paramref name="end"/> gives (<c>（以下简称“X”）</c>), else null.</summary>
    public static string? DefinitionAt(string text, int end)
    {
        var match = Definition().Match(text, end, text.Length - end);
        return match.Success ? match.Groups[1].Value.Trim() : null;
    }

    /// <summary>
    /// (short name, full name) for each full name of <paramref name="names"/> followed by a definition. A reference word
    /// an announcement defines (<c>（以下简称“公司”）</c>, 本公司: <paramref name="references"/>, company-references.txt) is
    /// no short name: it stands for the firm in this article only, which the clause-subject pass already reads, and as a
    /// batch alias it would make every other article's 公司 that firm.
    /// </summary>
    public static IEnumerable<(string Surface, string Canonical)> Read(string text, IReadOnlyList<NameSpan> names, SurfaceTrie<string> references)
    {
        foreach (var name in names)
        {
            var match = Definition().Match(text, name.End, text.Length - name.End);
            var surface = match.Groups[1].Value.Trim();
            if (match.Success && surface != name.Name.Full && references.LongestAt(surface, 0).Length != surface.Length)
            {
                yield return (surface, name.Name.Full);
            }
        }
    }
}
