using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Model;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Who speaks for whom in one article: "COMPANY + title + NAME" introduces a person as speaking for
/// a company; a quotation followed by "NAME说" is that company speaking. What an implicit "we" in a
/// quote does, the speaker's company does.
/// </summary>
public sealed class SpeakerAttribution
{
    private readonly Dictionary<int, EntityKey> _quoteOwners = [];

    private SpeakerAttribution()
    {
    }

    /// <summary>The company behind the quotation in sentence <paramref name="sentenceIndex"/>, if known.</summary>
    public EntityKey? CompanyOfQuote(int sentenceIndex) =>
        _quoteOwners.TryGetValue(sentenceIndex, out var key) ? key : null;

    public static SpeakerAttribution Build(ArticleScope scope, ExtractionLexicons lexicons)
    {
        var attribution = new SpeakerAttribution();
        if (!scope.Sentences.Any(s => IsQuotation(s.Text) || InterviewLabel(s.Text) > 0))
        {
            return attribution;
        }

        var sentences = scope.Sentences.Select((c, i) => (Context: c, Enterprises: scope.MentionsIn(i, NodeLabel.Enterprise))).ToList();
        var titles = lexicons.Titles;

        // An interview: 齐明远：我们… speaks for the firm 齐明远 was introduced with, up to the next speaker's label (记者：).
        EntityKey? answering = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Context.Text;
            if (InterviewLabel(text) is > 0 and var label)
            {
                answering = CompanyIntroducing(text[..label], sentences, titles);
            }

            if (answering is { } firm)
            {
                attribution._quoteOwners[i] = firm;
            }
        }

        for (var i = 0; i < sentences.Count; i++)
        {
            var text = sentences[i].Context.Text;
            if (!IsQuotation(text))
            {
                continue;
            }

            var speaker = SpeakerAfterQuote(text, lexicons) ?? (i + 1 < sentences.Count ? SpeakerAtStart(sentences[i + 1].Context.Text, lexicons) : null);
            if (speaker is null)
            {
                continue;
            }

            var company = CompanyIntroducing(speaker, sentences, titles);
            if (company is { } key)
            {
                attribution._quoteOwners[i] = key;
            }
        }

        return attribution;
    }

    private static bool IsQuotation(string text) => text.Length > 0 && text[0] is '“' or '"' or '「';

    /// <summary>The length of a speaker's label that opens an interview's paragraph (记者：, 齐明远：): two to four Han characters and a colon; else 0.</summary>
    private static int InterviewLabel(string text)
    {
        for (var length = 2; length <= 4 && length < text.Length; length++)
        {
            if (!CharClass.IsHan(text[length - 1]))
            {
                return 0;
            }

            if (text[length] is '：' or ':')
            {
                return length;
            }
        }

        return 0;
    }

    private static string? SpeakerAfterQuote(string text, ExtractionLexicons lexicons)
    {
        var close = text.LastIndexOfAny(['”', '"', '」']);
        return close > 0 && close + 1 < text.Length ? SpeakerAtStart(text[(close + 1)..], lexicons) : null;
    }

    /// <summary>NAME + speech verb at the start of a clause (王某说, 王某表示).</summary>
    private static string? SpeakerAtStart(string text, ExtractionLexicons lexicons)
    {
        for (var length = 2; length <= 4 && length < text.Length; length++)
        {
            if (!CharClass.IsHan(text[length - 1]))
            {
                return null;
            }

            foreach (var verb in lexicons.SpeechVerbs.Words)
            {
                if (text.AsSpan(length).StartsWith(verb, StringComparison.Ordinal))
                {
                    return text[..length];
                }
            }
        }

        return null;
    }

    /// <summary>The enterprise mentioned right before a title that is right before <paramref name="person"/>.</summary>
    private static EntityKey? CompanyIntroducing(string person, IReadOnlyList<(SentenceContext Context, IReadOnlyList<Mention> Enterprises)> sentences, Lexicons.WordList titles)
    {
        foreach (var (context, enterprises) in sentences)
        {
            var text = context.Text;
            for (var at = text.IndexOf(person, StringComparison.Ordinal); at > 0; at = text.IndexOf(person, at + 1, StringComparison.Ordinal))
            {
                foreach (var mention in enterprises)
                {
                    if (mention.End >= at)
                    {
                        break;
                    }

                    var length = titles.LongestAt(text, mention.End);
                    if (length > 0 && mention.End + length == at)
                    {
                        return mention.Entity;
                    }
                }
            }
        }

        return null;
    }

}
