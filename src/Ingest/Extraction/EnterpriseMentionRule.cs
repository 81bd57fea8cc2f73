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
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            foreach (var mention in Find(scope.Sentences[i], scope.Companies))
            {
                scope.TryAdd(i, mention);
            }

            foreach (var surface in scope.Companies.Ambiguous.Keys.Where(k => scope.Sentences[i].Text.Contains(k, StringComparison.Ordinal)))
            {
                scope.Drop(surface, $"ambiguous short name: could be {string.Join(" or ", scope.Companies.Ambiguous[surface])}",
                    KnownNameRule, scope.Sentences[i]);
            }
        }
    }

    public List<Mention> Find(SentenceContext context, AliasResolver resolver)
    {
        var text = context.Text;
        var mentions = new List<Mention>();
        foreach (var (start, length, canonical) in resolver.Surfaces.Matches(text))
        {
            mentions.Add(new Mention(NodeLabel.Enterprise, canonical, text.Substring(start, length), context, start, start + length,
                KnownNameRule, canonical.Length == length ? 0.95 : 0.85));
        }

        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }
}
