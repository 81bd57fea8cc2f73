using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Mentions of enterprises in a sentence: every surface the alias resolver knows, longest first — full names,
/// their short forms, and the names the batch pre-pass read from context (<see cref="FirmListReader"/> and
/// <see cref="ShortFirmNameReader"/>).
/// </summary>
/// <remarks>
/// A short form followed by a firm's head word its firm's full name does not hold (甲乙 of 甲乙集团, in 甲乙汽车 or
/// 甲乙新材料) is not that firm: brand + trade names a firm of its own, a subsidiary or another firm, whether the group
/// was named in the same batch or is already in the store. Words that still name the firm (甲乙控股) are data:
/// brand-same-firm-words.txt; a project's words after it (project-suffixes.txt) make the firm's project, not a firm.
/// </remarks>
public sealed class EnterpriseMentionRule(ExtractionLexicons lexicons, WordList sameFirmWords, WordList projectSuffixes) : IExtractionRule
{
    public const string KnownNameRule = "enterprise.known-name";

    /// <summary>A known firm's short form run on into trade words: a firm of its own.</summary>
    public const string BrandSiblingRule = "enterprise.brand-sibling";

    public void Apply(ArticleScope scope)
    {
        var ambiguous = scope.Companies.Ambiguous;
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            var text = context.Text;
            // Matches come left to right and do not overlap: each is added as it is found, in order of start.
            for (var at = 0; at < text.Length;)
            {
                var (length, canonical) = scope.Companies.Surfaces.LongestAt(text, at);
                if (length == 0)
                {
                    at++;
                    continue;
                }

                var sibling = length < canonical!.Length ? SiblingTrade(text, at + length, canonical) : 0;
                scope.TryAdd(i, sibling > 0 ? Sibling(context, at, length + sibling) : Known(context, at, length, canonical));
                at += length + sibling;
            }

            if (ambiguous.IsEmpty)
            {
                continue;
            }

            foreach (var (surface, firms) in ambiguous)
            {
                if (text.Contains(surface, StringComparison.Ordinal))
                {
                    scope.Drop(surface, $"ambiguous short name: could be {string.Join(" or ", firms)}", KnownNameRule, context);
                }
            }
        }
    }

    /// <summary>
    /// Length of the trade words after a short form at <paramref name="end"/> that make another firm's name: the longest run
    /// of trade words ending in a firm head word, not all held by <paramref name="canonical"/>; 0 when there is none.
    /// </summary>
    private int SiblingTrade(string text, int end, string canonical)
    {
        var best = 0;
        for (var at = end; TradeWordAt(text, at) is var word and > 0; at += word)
        {
            var head = text.AsSpan(at, word);
            if ((lexicons.FirmHeadWords.Contains(head) || lexicons.SlotFirmHeadWords.Contains(head)) && !sameFirmWords.Contains(head))
            {
                best = at + word - end;
            }
        }

        // Trade words running on past the head (沃格赛精密汽车|零部件生产项目) or a project's word after it (数字农业|工厂项目)
        // make a product or a project of the known firm, not another firm.
        return best > 0 && TradeWordAt(text, end + best) == 0 && projectSuffixes.LongestAt(text, end + best) == 0
            && !canonical.Contains(text.AsSpan(end, best), StringComparison.Ordinal) ? best : 0;
    }

    /// <summary>The longest trade or head word at <paramref name="at"/> (农机 heads names but is in no trade list).</summary>
    private int TradeWordAt(string text, int at) =>
        Math.Max(lexicons.TradeWords.LongestAt(text, at), Math.Max(lexicons.FirmHeadWords.LongestAt(text, at), lexicons.SlotFirmHeadWords.LongestAt(text, at)));

    private static Mention Sibling(SentenceContext context, int start, int length)
    {
        var name = context.Text.Substring(start, length);
        return new(NodeLabel.Enterprise, name, name, context, start, start + length, BrandSiblingRule, 0.8);
    }

    private static Mention Known(SentenceContext context, int start, int length, string canonical) =>
        new(NodeLabel.Enterprise, canonical, context.Text.Substring(start, length), context, start, start + length,
            KnownNameRule, canonical.Length == length ? 0.95 : 0.85);
}
