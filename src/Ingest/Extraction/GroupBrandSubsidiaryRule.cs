using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// SUBSIDIARY_OF read off names (<c>basis: name</c>): a firm whose full name carries the brand of a group the article
/// names (某州甲乙基础工程机械有限公司 and 甲乙集团) belongs to that group. Only a group named by the brand and a group word
/// (甲乙集团, 甲乙控股集团) counts; two firms that merely share a brand say nothing of which owns which.
/// </summary>
public sealed class GroupBrandSubsidiaryRule(ExtractionLexicons lexicons) : IExtractionRule
{
    public const string Rule = "subsidiary.group-brand";

    private static readonly string[] GroupWords = ["集团", "控股集团", "集团有限公司", "集团股份有限公司", "控股集团有限公司"];

    public void Apply(ArticleScope scope)
    {
        var firms = scope.AllMentions.Where(m => m.Label == NodeLabel.Enterprise).GroupBy(m => m.Entity).ToDictionary(g => g.Key, g => g.First());
        var groups = firms.Keys.Select(k => (Key: k, Brand: GroupBrand(k.Name))).Where(g => g.Brand is not null).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        foreach (var (firm, mention) in firms)
        {
            // 甘肃甲乙镍业集团有限公司（以下简称“甲乙集团”）: a group's brand and 集团 is its own short name, not a parent.
            if (GroupBrand(firm.Name) is not null || IsGroup(firm.Name) || CompanyName.Parse(firm.Name, lexicons) is not { Brand.Length: >= 2 } name)
            {
                continue;
            }

            // The brand as the name parses it may run on into a word the trade lexicon lacks (甲乙基础|工程机械); one more
            // character is another name (甲乙湾 is not 甲乙's).
            foreach (var group in groups.Where(g => name.Brand.StartsWith(g.Brand!, StringComparison.Ordinal) && name.Brand.Length - g.Brand!.Length != 1
                && g.Key != firm))
            {
                scope.Relations.Add(new RelationCandidate(RelationType.SUBSIDIARY_OF, firm, group.Key,
                    ImmutableSortedDictionary<string, string>.Empty.Add("basis", "name"), mention.Context, mention.Start, mention.End, Rule, 0.7));
            }
        }
    }

    private static bool IsGroup(string name) => GroupWords.Any(w => name.EndsWith(w, StringComparison.Ordinal));

    /// <summary>The brand of 甲乙集团 / 甲乙控股集团有限公司 (what is left before the group word, with no place in front), else null.</summary>
    private string? GroupBrand(string name)
    {
        foreach (var word in GroupWords.OrderByDescending(w => w.Length))
        {
            if (name.EndsWith(word, StringComparison.Ordinal) && name.Length - word.Length >= 2)
            {
                var brand = name[..^word.Length];
                return lexicons.PlacePrefixes.Contains(brand) || brand.Length > 4 ? null : brand;
            }
        }

        return null;
    }
}
