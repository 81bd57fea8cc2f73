using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Mentions of public bodies and institutions (<see cref="OrganizationNameRecognizer"/>). A short form written
/// with only a level (区委, 市经信局) takes the name of the longer form the article gives it after a place
/// (西湖区委, 杭州市经信局), so one body is one entity. Enterprises named before win over organisations;
/// places inside an organisation's name are not places of the text.
/// </summary>
public sealed class OrganizationMentionRule(OfficialLexicons lexicons, ExtractionLexicons common) : IExtractionRule
{
    private readonly OrganizationNameRecognizer _names = new(lexicons, common);

    public void Apply(ArticleScope scope)
    {
        var found = new List<(int Sentence, OrganizationSpan Span)>();
        // One of each for the whole article, refilled sentence by sentence.
        var taken = new List<(int Start, int End)>();
        var spans = new List<OrganizationSpan>();
        SentenceContext context = null!;
        Action<string, string> drop = (what, why) => scope.Drop(what, why, OrganizationNameRecognizer.SuffixRule, context);
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            context = scope.Sentences[i];
            taken.Clear();
            var mentions = scope.MentionsIn(i);
            for (var k = 0; k < mentions.Count; k++)
            {
                var m = mentions[k];
                if (m.Label != NodeLabel.District && !IsBrandInName(m, context.Text))
                {
                    taken.Add((m.Start, m.End));
                }
            }

            spans.Clear();
            _names.Find(context.Text, taken, spans, drop);
            foreach (var span in spans)
            {
                found.Add((i, span));
            }
        }

        var names = found.Select(f => f.Span.Name).Distinct(StringComparer.Ordinal).ToList();
        foreach (var (sentence, span) in found)
        {
            var key = LongerFormOf(span.Name, names) ?? span.Name;
            var mention = new Mention(NodeLabel.Organization, key, span.Name, scope.Sentences[sentence], span.Start, span.End, span.Rule,
                span.Rule == OrganizationNameRecognizer.NationalRule ? 0.9 : 0.75);
            if (!scope.TryAddOver(sentence, mention, NodeLabel.District, NodeLabel.Enterprise))
            {
                scope.Drop(span.Name, "overlaps a mention found before", span.Rule, scope.Sentences[sentence]);
            }
        }
    }

    /// <summary>
    /// A firm's two-character short form run on into a name (中科|院…研究所, a brand read inside an institute's name): the
    /// organisation may start before it.
    /// </summary>
    private static bool IsBrandInName(Mention m, string text) =>
        m.Label == NodeLabel.Enterprise && m.Surface.Length == 2 && m.Key != m.Surface && m.End < text.Length && Characters.CharClass.IsHan(text[m.End]);

    /// <summary>The name in <paramref name="names"/> that is a place followed by <paramref name="name"/> (区委 → 西湖区委), if exactly one.</summary>
    private string? LongerFormOf(string name, IReadOnlyList<string> names)
    {
        var longer = names.Where(n => n.Length > name.Length && n.EndsWith(name, StringComparison.Ordinal)
            && common.PlacePrefixes.Contains(n.AsSpan(0, n.Length - name.Length).TrimEnd("省市区县镇"))).ToList();
        return longer.Count == 1 ? longer[0] : null;
    }
}
