using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Mentions of enterprises in a sentence: every surface the alias resolver knows, longest first — full names,
/// their short forms, and the names the batch pre-pass read from context (<see cref="FirmListReader"/> and
/// <see cref="ShortFirmNameReader"/>).
/// </summary>
public sealed class EnterpriseMentionRule : IExtractionRule
{
    public const string KnownNameRule = "enterprise.known-name";

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

                scope.TryAdd(i, Known(context, at, length, canonical!));
                at += length;
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

    private static Mention Known(SentenceContext context, int start, int length, string canonical) =>
        new(NodeLabel.Enterprise, canonical, context.Text.Substring(start, length), context, start, start + length,
            KnownNameRule, canonical.Length == length ? 0.95 : 0.85);
}
