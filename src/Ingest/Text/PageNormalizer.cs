using System.Collections.Immutable;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Text;

/// <summary>
/// Page → articles → sentences: reads the page's lines (<see cref="PageLines"/>), joins lines OCR broke
/// (<see cref="LineJoiner"/>), finds the articles (<see cref="ArticleSplitter"/>) and cuts their
/// sentences (<see cref="SentenceSplitter"/>). Titles and subheadings are sentences; bylines are not.
/// </summary>
public sealed class PageNormalizer
{
    private readonly ArticleSplitter splitter = new();

    public NormalizedDocument Normalize(SourceDocument source)
    {
        var lines = LineJoiner.Join(PageLines.Read(source.Text));
        var articles = ImmutableArray.CreateBuilder<Article>();
        foreach (var layout in splitter.Split(lines))
        {
            var sentences = ImmutableArray.CreateBuilder<Sentence>();
            foreach (var line in layout.Content)
            {
                SentenceSplitter.Split(line, sentences);
            }

            articles.Add(new Article(articles.Count, layout.Title, layout.Byline, layout.Start, layout.End, sentences.ToImmutable()));
        }

        return new NormalizedDocument(source, articles.ToImmutable());
    }
}
