using System.Collections.Immutable;
using System.Text;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Text;

/// <summary>
/// Page → articles → sentences. A first cut: blank-line blocks, a short block without sentence
/// punctuation starts an article, sentences end at 。！？；.!?; (half-width only where a sentence ends).
/// </summary>
public sealed class PageNormalizer
{
    public NormalizedDocument Normalize(SourceDocument source)
    {
        var text = source.Text;
        var articles = ImmutableArray.CreateBuilder<Article>();
        string? title = null;
        var sentences = ImmutableArray.CreateBuilder<Sentence>();
        var articleStart = 0;
        var current = new StringBuilder();
        var offsets = ImmutableArray.CreateBuilder<int>();

        void FlushSentence()
        {
            var trimmedStart = 0;
            while (trimmedStart < current.Length && char.IsWhiteSpace(current[trimmedStart]))
            {
                trimmedStart++;
            }

            var trimmedEnd = current.Length;
            while (trimmedEnd > trimmedStart && char.IsWhiteSpace(current[trimmedEnd - 1]))
            {
                trimmedEnd--;
            }

            if (trimmedEnd > trimmedStart)
            {
                sentences.Add(new Sentence(sentences.Count, current.ToString(trimmedStart, trimmedEnd - trimmedStart),
                    offsets.ToImmutable().Slice(trimmedStart, trimmedEnd - trimmedStart)));
            }

            current.Clear();
            offsets.Clear();
        }

        void FlushArticle(int end)
        {
            FlushSentence();
            if (sentences.Count > 0)
            {
                articles.Add(new Article(articles.Count, title ?? string.Empty, null, articleStart, end, sentences.ToImmutable()));
            }

            sentences.Clear();
        }

        var position = 0;
        foreach (var line in text.Split('\n'))
        {
            var lineStart = position;
            position += line.Length + 1;
            var trimmed = line.Trim();
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (IsTitleLike(trimmed))
            {
                FlushArticle(lineStart);
                title = trimmed;
                articleStart = lineStart;
                continue;
            }

            for (var i = 0; i < line.Length; i++)
            {
                var c = line[i];
                if (c == '\r')
                {
                    continue;
                }

                current.Append(c);
                offsets.Add(lineStart + i);
                if (EndsSentence(line, i))
                {
                    FlushSentence();
                }
            }
        }

        FlushArticle(text.Length);
        return new NormalizedDocument(source, articles.ToImmutable());
    }

    private static bool IsTitleLike(string line) =>
        line.Length <= 30 && line.IndexOfAny(['。', ',', ',', '.', ';', ';', '!', '?']) < 0;

    private static bool EndsSentence(string line, int i)
    {
        var c = line[i];
        if (c is '。' or '！' or '？' or '；' or '!' or '?' or ';')
        {
            return !(i + 1 < line.Length && line[i + 1] is '”' or '」' or '"');
        }

        if (c is '”' or '」')
        {
            return i > 0 && line[i - 1] is '。' or '！' or '？' or '!' or '?' or '.';
        }

        // a half-width full stop ends a sentence only when it is not inside a number (3.5亿元)
        return c == '.' && !(i > 0 && char.IsAsciiDigit(line[i - 1]) && i + 1 < line.Length && char.IsAsciiDigit(line[i + 1]));
    }
}
