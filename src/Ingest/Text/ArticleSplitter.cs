using System.Collections.Immutable;

namespace Graph.Ingest.Text;

/// <summary>One article as the splitter found it: its title, byline and the lines a reader reads.</summary>
/// <param name="Content">Title, subtitle, subheadings and body, in page order; bylines and page furniture are left out.</param>
public sealed record ArticleLayout(string Title, string? Byline, int Start, int End, ImmutableArray<LogicalLine> Content);

/// <summary>
/// Splits a page's lines into the articles a reader sees. A run of headings followed by a byline opens
/// an article; so does a heading followed by text after a break (two blank lines, an advert, a photo
/// credit). Headings followed by text inside an article are its subheadings. A photo credit after a
/// subheading inside a signed article closes a photo story that starts at that subheading.
/// </summary>
public sealed class ArticleSplitter
{
    /// <summary>Blank lines that separate articles rather than paragraphs.</summary>
    private const int ArticleGap = 2;

    /// <summary>A first title line this short is a kicker that takes the next line with it (产改南湖“星”答卷③).</summary>
    private const int KickerLength = 12;

    /// <summary>Headings this short are column labels (经济观察) when other headings follow.</summary>
    private const int ColumnLabelLength = 5;

    /// <summary>A photo story has at most this many paragraphs.</summary>
    private const int PhotoStoryParagraphs = 2;

    public ImmutableArray<ArticleLayout> Split(ImmutableArray<LogicalLine> lines)
    {
        var state = new SplitState();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.GapBefore >= ArticleGap)
            {
                state.Break();
            }

            switch (line.Kind)
            {
                case LineKind.Heading:
                    var group = new List<LogicalLine> { line };
                    while (i + 1 < lines.Length && lines[i + 1].Kind == LineKind.Heading && lines[i + 1].Block == line.Block)
                    {
                        group.Add(lines[++i]);
                    }

                    state.Pending.Add(group);
                    break;
                case LineKind.Byline:
                    state.OnByline(line);
                    break;
                case LineKind.PhotoByline:
                    state.OnPhotoByline(line);
                    break;
                case LineKind.Continuation:
                    state.Pending.Clear();
                    break;
                case LineKind.Marker or LineKind.Advert or LineKind.Weather:
                    state.Pending.Clear();
                    state.Close();
                    break;
                default:
                    state.OnBody(line);
                    break;
            }
        }

        state.Break();
        return [.. state.Articles.Where(a => a.Body > 0).Select(a => a.ToLayout())];
    }

    private sealed class Draft
    {
        public string Title { get; set; } = string.Empty;

        public string? Byline { get; set; }

        public int BylineEnd { get; set; }

        public List<LogicalLine> Content { get; } = [];

        public int Body { get; set; }

        public bool Closed { get; set; }

        /// <summary>Where in <see cref="Content"/> the last run of subheadings starts, and how many paragraphs followed it.</summary>
        public int LastSection { get; set; } = -1;

        public int SectionBody { get; set; }

        public List<List<LogicalLine>> LastSectionHeadings { get; set; } = [];

        public ArticleLayout ToLayout()
        {
            var start = Content[0].Start;
            var end = Math.Max(Content[^1].End, BylineEnd);
            return new ArticleLayout(Title, Byline, start, end, [.. Content]);
        }
    }

    private sealed class SplitState
    {
        public List<Draft> Articles { get; } = [];

        public List<List<LogicalLine>> Pending { get; } = [];

        private Draft? Current => Articles.Count == 0 ? null : Articles[^1];

        /// <summary>A photo story whose only heading was a column label: its title may follow the credit.</summary>
        private Draft? awaitingTitle;

        public void Close()
        {
            if (Current is { } current)
            {
                current.Closed = true;
            }

            awaitingTitle = null;
        }

        public void Break()
        {
            if (awaitingTitle is not null && Pending.Count == 1)
            {
                awaitingTitle.Title = JoinTitle(Pending[0]);
            }

            Pending.Clear();
            Close();
        }

        public void OnByline(LogicalLine line)
        {
            if (Pending.Count > 0)
            {
                awaitingTitle = null;
                Open(line);
            }
            else if (Current is { Byline: null } current)
            {
                current.Byline = line.Text;
                current.BylineEnd = line.End;
            }
            else if (Current is { } signed)
            {
                // a second byline line (通讯员 …) in its own block
                signed.Byline += " " + line.Text;
                signed.BylineEnd = line.End;
            }
        }

        public void OnPhotoByline(LogicalLine line)
        {
            awaitingTitle = null;
            if (Pending.Count > 0)
            {
                Open(line);
                Current!.Closed = true;
                return;
            }

            if (Current is not { } current)
            {
                return;
            }

            if (current.Byline is null)
            {
                current.Byline = line.Text;
                current.BylineEnd = line.End;
            }
            else if (current.LastSection > 0 && current.SectionBody <= PhotoStoryParagraphs)
            {
                var story = new Draft { Byline = line.Text, BylineEnd = line.End, Body = current.SectionBody };
                story.Content.AddRange(current.Content.Skip(current.LastSection));
                current.Content.RemoveRange(current.LastSection, current.Content.Count - current.LastSection);
                current.Body -= current.SectionBody;
                var (title, _) = ChooseTitle(current.LastSectionHeadings);
                story.Title = title;
                Articles.Add(story);
                if (title.Length <= ColumnLabelLength)
                {
                    awaitingTitle = story;
                }
            }

            Current!.Closed = true;
        }

        public void OnBody(LogicalLine line)
        {
            awaitingTitle = null;
            if (Pending.Count > 0)
            {
                if (Current is { Closed: false } current)
                {
                    current.LastSection = current.Content.Count;
                    current.SectionBody = 0;
                    current.LastSectionHeadings = [.. Pending];
                    current.Content.AddRange(Pending.SelectMany(g => g));
                    Pending.Clear();
                }
                else
                {
                    Open(null);
                }
            }
            else if (Current is null)
            {
                Articles.Add(new Draft());
            }

            Current!.Content.Add(line);
            Current.Body++;
            Current.SectionBody++;
        }

        private void Open(LogicalLine? byline)
        {
            var (title, used) = ChooseTitle(Pending);
            var draft = new Draft { Title = title, Byline = byline?.Text, BylineEnd = byline?.End ?? 0 };
            draft.Content.AddRange(used);
            Articles.Add(draft);
            Pending.Clear();
        }

        /// <summary>
        /// The title among the headings before an article: the last heading group, with the one before it
        /// when the last is a one-line continuation of it; a last line with a comma after a long title is
        /// a subtitle. Column labels (——嘉企一线观察, 经济观察) and unmarked lines next to "## " headings are dropped.
        /// </summary>
        private static (string Title, List<LogicalLine> Used) ChooseTitle(List<List<LogicalLine>> groups)
        {
            var candidates = groups;
            if (candidates.Any(g => g.Any(l => l.MarkedHeading)))
            {
                candidates = [.. candidates.Where(g => g.Any(l => l.MarkedHeading))];
            }

            if (candidates.Count > 1)
            {
                var kept = candidates.Where((g, i) => i == candidates.Count - 1 || !IsColumnLabel(g)).ToList();
                candidates = kept;
            }

            if (candidates.Count == 0)
            {
                return (string.Empty, []);
            }

            var last = candidates[^1];
            if (last.Count > 1 || candidates.Count == 1)
            {
                return (JoinTitle(last), [.. last]);
            }

            var before = candidates[^2];
            var beforeTitle = JoinTitle(before);
            var lastText = last[0].Text;
            var isSubtitle = lastText.AsSpan().IndexOfAny('，', ',') >= 0 && beforeTitle.Length > KickerLength;
            List<LogicalLine> used = [.. before, .. last];
            return isSubtitle ? (beforeTitle, used) : (beforeTitle + " " + lastText, used);
        }

        private static bool IsColumnLabel(List<LogicalLine> group) =>
            group.Any(l => l.Text.StartsWith("——", StringComparison.Ordinal))
            || (group.Count == 1 && group[0].Text.Length <= ColumnLabelLength);

        private static string JoinTitle(List<LogicalLine> group) => string.Join(" ", group.Select(l => l.Text.Trim()));
    }
}
