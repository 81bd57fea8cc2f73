using System.Buffers;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Annotation;

/// <summary>
/// Builds the <see cref="AnnotatedSentence"/> of each sentence of an article: jieba tokens with POS tags (one
/// segmentation per sentence), the mentions found so far collapsed into typed elements, and the elements no
/// mention rule makes but every relation needs: titles (with their modifiers, 执行副理事长), people's names (after a
/// title, or jieba's <c>nr</c>), amounts and percentages. Name boundaries come from mentions and tokens, so a verb is
/// never inside a name.
/// </summary>
public sealed partial class SentenceAnnotator(Segmenter segmenter, OfficialLexicons officials)
{
    private readonly PersonNameReader _names = new(officials);

    /// <summary>
    /// The characters a title or a title's modifier starts with: a title begins only at one of them (about one character in
    /// ten of news text), told by one bit test in the scan instead of a call per character.
    /// </summary>
    private readonly CharBits _titleStarts = new(officials.TitleModifiers.FirstChars.Concat(officials.Titles.FirstChars));

    /// <summary>A whole word that reads as a person's name: a surname and one or two given-name characters.</summary>
    public bool ReadsAsName(ReadOnlySpan<char> word) => _names.IsName(word);

    [GeneratedRegex(@"(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千两几]+)(?:多|余)?(?:万亿|亿|千万|百万|万|千)?(?:美元|欧元|港元|元)")]
    private static partial Regex AmountPattern();

    [GeneratedRegex(@"\d+(?:\.\d+)?%|百分之[一二三四五六七八九十百]+")]
    private static partial Regex PercentPattern();

    public AnnotatedSentence[] Annotate(ArticleScope scope) => Annotate(scope, earlier: null);

    /// <summary>
    /// Reads the article again after rules added or took away mentions (<paramref name="earlier"/>: its last reading). A
    /// sentence whose mentions are those it was first read with keeps that first reading, as a new record; the others are
    /// segmented and read again, and the article's known names are gathered anew, as in a first reading. A kept sentence
    /// that holds the same known names as when it was last read keeps that reading too (it is not segmented again).
    /// </summary>
    public AnnotatedSentence[] Annotate(ArticleScope scope, AnnotatedSentence[]? earlier)
    {
        var result = new AnnotatedSentence[scope.Sentences.Count];
        var reuse = earlier is not null && earlier.Length == result.Length;
        if (earlier is null)
        {
            // A first reading: the tokens of the article read before are not needed any more.
            (_articleTokens ??= new ArticleTokens()).Clear();
        }

        var kept = reuse ? new bool[result.Length] : null;
        for (var i = 0; i < result.Length; i++)
        {
            var mentions = scope.MentionsIn(i);
            // A snapshot: patterns add mentions to the scope while element indexes must keep pointing at these.
            if (reuse && SameMentions(earlier![i].FirstRead.Mentions, mentions))
            {
                result[i] = earlier[i].FirstRead.Reread();
                kept![i] = true;
            }
            else
            {
                result[i] = Annotate(i, scope.Sentences[i], [.. mentions], [], firstRead: null, scope.Segmented);
            }
        }

        // A name read after a title in one sentence is a person wherever else the article writes it (范|中杰 where
        // jieba cut it): those sentences are annotated again, knowing the name.
        var known = KnownNames(result);
        if (known.Count > 0)
        {
            // Each sentence is searched for the known names it holds through their first characters, not once per
            // name: a long article knows thousands of names.
            var index = new KnownNameIndex(known);
            for (var i = 0; i < result.Length; i++)
            {
                var names = index.NamesIn(result[i].Text);
                if (kept is not null && kept[i] && earlier![i].KnownNames.Count > 0 && earlier[i].KnownNames.SequenceEqual(names, StringComparer.Ordinal))
                {
                    // Read with these names from this first reading before: the same elements again.
                    result[i] = earlier[i].Reread();
                }
                else if (names.Count > 0 && HasUnreadName(result[i], names))
                {
                    result[i] = Annotate(i, scope.Sentences[i], result[i].Mentions, names, firstRead: result[i], scope.Segmented);
                }
            }
        }

        return result;
    }

    public AnnotatedSentence Annotate(int index, SentenceContext context, IReadOnlyList<Mention> mentions) =>
        Annotate(index, context, mentions, [], firstRead: null, segmented: null);

    private static bool SameMentions(IReadOnlyList<Mention> read, IReadOnlyList<Mention> now)
    {
        if (read.Count != now.Count)
        {
            return false;
        }

        for (var m = 0; m < read.Count; m++)
        {
            if (!read[m].Equals(now[m]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The elements of the sentence being merged, reused from sentence to sentence (one list per thread).</summary>
    [ThreadStatic]
    private static List<Element>? _merged;

    /// <summary>The mention, title, name and amount spans of the sentence being annotated, reused from sentence to sentence (one list per thread).</summary>
    [ThreadStatic]
    private static List<(int Start, int End, ElementKind Kind, int Mention)>? _spans;

    /// <summary>The tagged tokens of the sentence being annotated, reused from sentence to sentence (one list per thread).</summary>
    [ThreadStatic]
    private static List<TaggedSpan>? _tokens;

    /// <summary>The tokens of the sentences of the article being read (one cache per thread): see <see cref="ArticleTokens"/>.</summary>
    [ThreadStatic]
    private static ArticleTokens? _articleTokens;

    /// <summary>
    /// The tagged tokens of each sentence of the article being read, kept from its first reading so that a sentence read
    /// again after rules changed its mentions is not segmented again: its text is the same, and so are its tokens. All the
    /// article's tokens sit in one list reused from article to article (nothing is allocated per sentence); an entry
    /// counts only for the very string it was made from and the segmenter that made it, so a sentence of another article
    /// is never given these tokens.
    /// </summary>
    private sealed class ArticleTokens
    {
        private readonly List<TaggedSpan> _tokens = new(4096);
        private (string? Text, int Start, int Count)[] _sentences = new (string?, int, int)[64];
        private Segmenter? _segmenter;

        public void Clear()
        {
            _tokens.Clear();
            Array.Clear(_sentences);
        }

        /// <summary>
        /// The tokens of <paramref name="text"/>, sentence <paramref name="index"/>, into <paramref name="into"/>: from the
        /// batch's segmentation (<paramref name="segmented"/>) when it holds the sentence, else from this cache, else
        /// segmented and kept.
        /// </summary>
        public void Tag(Segmenter segmenter, int index, string text, List<TaggedSpan> into, SegmentedSentences? segmented)
        {
            if (segmented is not null && segmented.TryTag(segmenter, text, into))
            {
                return;
            }

            if (!ReferenceEquals(_segmenter, segmenter))
            {
                Clear();
                _segmenter = segmenter;
            }

            if (index < _sentences.Length && ReferenceEquals(_sentences[index].Text, text))
            {
                var (_, start, count) = _sentences[index];
                into.Clear();
                into.AddRange(CollectionsMarshal.AsSpan(_tokens).Slice(start, count));
                return;
            }

            segmenter.TagInto(text, into);
            if (index >= _sentences.Length)
            {
                Array.Resize(ref _sentences, Math.Max(index + 1, _sentences.Length * 2));
            }

            _sentences[index] = (text, _tokens.Count, into.Count);
            _tokens.AddRange(CollectionsMarshal.AsSpan(into));
        }
    }

    /// <summary>The people's names of the article read after a title, or found as officials by an earlier rule.</summary>
    private HashSet<string> KnownNames(AnnotatedSentence[] sentences)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        // A name already known is looked up as a span: only a new one becomes a string.
        var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var sentence in sentences)
        {
            var elements = sentence.Elements;
            for (var e = 0; e < elements.Length; e++)
            {
                if (elements[e].Kind == ElementKind.Person && elements[e].Length is >= 2 and <= 4
                    && (elements[e].Mention >= 0 || (e > 0 && elements[e - 1].Kind is ElementKind.Title or ElementKind.Person)
                        || (e > 0 && elements[e - 1].IsPlain && officials.AppointmentVerbs.Contains(sentence.Text.AsSpan(elements[e - 1].Start, elements[e - 1].Length)))))
                {
                    lookup.Add(sentence.Text.AsSpan(elements[e].Start, elements[e].Length));
                }
            }
        }

        return names;
    }

    /// <summary>A known name written in the sentence across plain words (范|中杰), not read as a person there.</summary>
    private static bool HasUnreadName(AnnotatedSentence sentence, IReadOnlyList<string> known)
    {
        foreach (var name in known)
        {
            for (var at = sentence.Text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = sentence.Text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (KnownNameFits(sentence.Elements, at, at + name.Length))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The known names of an article by first character, each with its place in the set's order.</summary>
    private sealed class KnownNameIndex
    {
        private readonly string[] _names;
        private readonly Dictionary<char, List<int>> _byFirst = [];
        private readonly SearchValues<char> _firstChars;

        public KnownNameIndex(HashSet<string> known)
        {
            _names = [.. known];
            for (var n = 0; n < _names.Length; n++)
            {
                if (!_byFirst.TryGetValue(_names[n][0], out var list))
                {
                    _byFirst[_names[n][0]] = list = [];
                }

                list.Add(n);
            }

            _firstChars = SearchValues.Create([.. _byFirst.Keys]);
        }

        /// <summary>The known names <paramref name="text"/> holds somewhere, each once, in the set's order.</summary>
        public IReadOnlyList<string> NamesIn(string text)
        {
            List<int>? found = null;
            // From one character that starts a known name to the next (a vectorised search), not a lookup per character.
            for (var at = text.AsSpan().IndexOfAny(_firstChars); at >= 0; at = Next(text, at + 1))
            {
                var candidates = _byFirst[text[at]];
                foreach (var n in candidates)
                {
                    if (text.AsSpan(at).StartsWith(_names[n], StringComparison.Ordinal))
                    {
                        (found ??= []).Add(n);
                    }
                }
            }

            if (found is null)
            {
                // Most sentences hold none: one shared empty list, not a new one per sentence.
                return Array.Empty<string>();
            }

            found.Sort();
            var names = new List<string>(found.Count);
            for (var i = 0; i < found.Count; i++)
            {
                if (i == 0 || found[i] != found[i - 1])
                {
                    names.Add(_names[found[i]]);
                }
            }

            return names;
        }

        private int Next(string text, int from)
        {
            var next = text.AsSpan(from).IndexOfAny(_firstChars);
            return next < 0 ? -1 : from + next;
        }
    }

    /// <summary>The span starts and ends at plain words' edges.</summary>
    private static bool KnownNameFits(Element[] elements, int start, int end)
    {
        bool startsWord = false, endsWord = false;
        foreach (var element in elements)
        {
            // A shorter name jieba read inside it (罗文 of 罗文|涛) gives way to the known name.
            if (element.Start < end && start < element.End && !element.IsPlain
                && !(element.Kind == ElementKind.Person && element.Start >= start && element.End <= end && element.Length < end - start))
            {
                return false;
            }

            startsWord |= element.Start == start;
            endsWord |= element.End == end;
        }

        return startsWord && endsWord;
    }

    private AnnotatedSentence Annotate(int index, SentenceContext context, IReadOnlyList<Mention> mentions, IReadOnlyList<string> knownNames,
        AnnotatedSentence? firstRead, SegmentedSentences? segmented)
    {
        var text = context.Text;
        var tokens = _tokens ??= new List<TaggedSpan>(256);
        (_articleTokens ??= new ArticleTokens()).Tag(segmenter, index, text, tokens, segmented);
        CutGluedPrepositions(tokens, text);
        var spans = _spans ??= new List<(int Start, int End, ElementKind Kind, int Mention)>(64);
        spans.Clear();
        for (var m = 0; m < mentions.Count; m++)
        {
            var kind = KindOf(mentions[m].Label);
            if (kind is { } k && mentions[m].End > mentions[m].Start)
            {
                spans.Add((mentions[m].Start, mentions[m].End, k, m));
            }
        }

        // Every amount ends in 元 and every percentage holds % or 百分之: most sentences hold neither, and skip the regex.
        if (text.Contains('元'))
        {
            AddPatternSpans(spans, text, AmountPattern(), ElementKind.Amount);
        }

        var matchText = context.Sentence.MatchText;
        if (matchText.Contains('%') || matchText.Contains("百分之", StringComparison.Ordinal))
        {
            AddPatternSpans(spans, matchText, PercentPattern(), ElementKind.Percent);
        }
        AddTitlesAndNames(spans, text, tokens, knownNames);

        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new AnnotatedSentence(index, context, Merge(text, tokens, spans), mentions, firstRead, knownNames.Count > 0 ? knownNames : null);
    }

    /// <summary>Index of the token starting at <paramref name="start"/>, or -1.</summary>
    private static int TokenStartingAt(List<TaggedSpan> tokens, int start)
    {
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].Start == start)
            {
                return t;
            }
        }

        return -1;
    }

    private static bool EndsToken(List<TaggedSpan> tokens, int end)
    {
        foreach (var token in tokens)
        {
            if (token.End == end)
            {
                return true;
            }
        }

        return false;
    }

    private static ElementKind? KindOf(NodeLabel label) => label switch
    {
        NodeLabel.Enterprise => ElementKind.Ent,
        NodeLabel.Organization => ElementKind.Org,
        NodeLabel.District => ElementKind.Place,
        NodeLabel.Cluster => ElementKind.Cluster,
        NodeLabel.Project => ElementKind.Project,
        NodeLabel.Official => ElementKind.Person,
        _ => null,
    };

    private static bool Free(List<(int Start, int End, ElementKind Kind, int Mention)> spans, int start, int end)
    {
        foreach (var s in spans)
        {
            if (s.Start < end && start < s.End)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddPatternSpans(List<(int Start, int End, ElementKind Kind, int Mention)> spans, string text, Regex pattern, ElementKind kind)
    {
        foreach (var match in pattern.EnumerateMatches(text))
        {
            if (Free(spans, match.Index, match.Index + match.Length))
            {
                spans.Add((match.Index, match.Index + match.Length, kind, -1));
            }
        }
    }

    /// <summary>Titles outside mentions at a token start; the person named right after a title; jieba's person names elsewhere.</summary>
    private void AddTitlesAndNames(List<(int Start, int End, ElementKind Kind, int Mention)> spans, string text, List<TaggedSpan> tokens,
        IReadOnlyList<string> knownNames)
    {
        // A title starts at a token, right after a mention (区委|书记 where jieba cut 区委书记), or inside a word it
        // ends (财务|总监, 规划|部长): a title that ends where a token ends.
        // The mentions (and amounts) are those the sentence held when its first title was found: the ends of those spans
        // count as word starts, not those of the titles and names added since.
        var mentionSpans = -1;
        for (var at = 0; at < text.Length; at++)
        {
            // No title starts at a character no title or modifier starts with (TitleEnd is at itself there).
            if (!_titleStarts.Contains(text[at]))
            {
                continue;
            }

            var end = TitleEnd(text, at);
            if (end <= at || !Free(spans, at, end))
            {
                continue;
            }

            mentionSpans = mentionSpans < 0 ? spans.Count : mentionSpans;
            if (TokenStartingAt(tokens, at) < 0 && !SpanEndsAt(spans, mentionSpans, at) && !EndsToken(tokens, end))
            {
                continue;
            }

            spans.Add((at, end, ElementKind.Title, -1));
            var name = _names.Read(text, end);
            // 市委书记次仁多吉深入…, 董事长罗布次仁告诉…: a Tibetan name, which no surname opens (罗 is one, but 罗布 is a part).
            if (_names.ReadTibetan(text, end) is > 0 and var tibetan)
            {
                name = new PersonNameMatch(PersonNameKind.Found, tibetan);
            }

            // 工程师|常年驻在…, 董事长|保持…: a surname that opens a common word (an adverb, a verb) is that word, not a name.
            if (name.Kind == PersonNameKind.Found && OpensCommonWord(tokens, end, name.Length))
            {
                name = default;
            }

            // 董事长冯|志远|一边, 总工程师魏国|庆|拥有: no follower word ends the name, but jieba's words do — a name that
            // ends where a word ends, with a word of two characters or more after it and no verb or function word inside
            // (not 高兴地|说); before jieba's own name word, which may be two characters of the three (冯立|远).
            if (name.Kind == PersonNameKind.Unbounded && NameBetweenWords(text, tokens, end) is > 0 and var length)
            {
                name = new PersonNameMatch(PersonNameKind.Found, length);
            }

            // 董事长张明华签约: where the reader cannot bound the name, jieba's word can; a name jieba tags whose first
            // character no surname list holds (局长乌日娜介绍) when a word that follows names ends it.
            if (name.Kind != PersonNameKind.Found && TokenStartingAt(tokens, end) is >= 0 and var w
                && (tokens[w].Tag is "nr" or "nrfg" or "x" && _names.IsName(text.AsSpan(tokens[w].Start, tokens[w].Length))
                    || tokens[w].Tag is "nr" && tokens[w].Length is 3 or 4 && EndsName(text, tokens[w].End)))
            {
                name = new PersonNameMatch(PersonNameKind.Found, tokens[w].Length);
            }

            // 总经理阿不都热依木·吾买尔介绍: a name written with a middle dot, which no surname opens.
            if (name.Kind != PersonNameKind.Found && _names.ReadDotted(text, end) is > 0 and var dotted)
            {
                name = new PersonNameMatch(PersonNameKind.Found, dotted);
            }

            // 公司董事长为林振海, 公司总经理是李四: the title said first, the name after 为 or 是.
            if (name.Kind != PersonNameKind.Found && end + 1 < text.Length && text[end] is '为' or '是' && _names.Read(text, end + 1) is { Kind: PersonNameKind.Found } named
                && !OpensCommonWord(tokens, end + 1, named.Length) && Free(spans, end + 1, end + 1 + named.Length))
            {
                spans.Add((end + 1, end + 1 + named.Length, ElementKind.Person, -1));
                at = end + named.Length;
                continue;
            }

            // 副主席张三、李四、王五: the names listed after one title.
            while (name.Kind == PersonNameKind.Found && Free(spans, end, end + name.Length))
            {
                spans.Add((end, end + name.Length, ElementKind.Person, -1));
                end += name.Length;
                if (end + 1 >= text.Length || text[end] != '、' || TitleEnd(text, end + 1) > end + 1)
                {
                    break;
                }

                end++;
                name = _names.Read(text, end);
            }

            at = end - 1;
        }

        // 任命李正昌为…局长, 聘任何勇为公司总经理: the name between a verb of appointment and the word linking it to the post.
        foreach (var token in tokens)
        {
            if (token.Length >= 2 && officials.AppointmentVerbs.Contains(text.AsSpan(token.Start, token.Length))
                && _names.ReadBeforeAppointmentLink(text, token.End) is > 0 and var appointed && Free(spans, token.End, token.End + appointed)
                && !OpensPlainWord(tokens, token.End, appointed))
            {
                spans.Add((token.End, token.End + appointed, ElementKind.Person, -1));
            }
        }

        // Names the article gave people before (as officials), where jieba cut them (罗文|涛): before jieba's own names.
        foreach (var name in knownNames)
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
            {
                if (Free(spans, at, at + name.Length) && TokenStartingAt(tokens, at) >= 0 && EndsToken(tokens, at + name.Length))
                {
                    spans.Add((at, at + name.Length, ElementKind.Person, -1));
                }
            }
        }

        foreach (var jiebaToken in tokens)
        {
            var token = jiebaToken;
            if (token.Tag is "nr" or "nrfg" or "x" && token.End - token.Start is 2 or 3)
            {
                // 曾|任煜川 (曾任 cut as 曾|任…): the 任 of a verb of office (office-verbs.txt) opens no name.
                if (token.Start > 0 && officials.OfficeVerbs.Contains(text.AsSpan(token.Start - 1, 2)))
                {
                    continue;
                }

                // 郑浩曾|任 (a verb of office or a word that follows names starting inside the word), 甘雨|薇|曾任 (a lone
                // given-name character between jieba's name and such a word): the name ends where the word starts.
                if (_names.Read(text, token.Start) is { Kind: PersonNameKind.Found } bounded && bounded.Length != token.Length
                    && bounded.Length is 2 or 3 && token.Start + bounded.Length < text.Length
                    && (officials.OfficeVerbs.Contains(text.AsSpan(token.Start + bounded.Length, Math.Min(2, text.Length - token.Start - bounded.Length)))
                        || officials.NameFollowers.LongestAt(text, token.Start + bounded.Length).Length >= 2)
                    && (bounded.Length < token.Length || TokenStartingAt(tokens, token.End) is >= 0 and var lone && tokens[lone].Length == 1 && tokens[lone].End == token.Start + bounded.Length))
                {
                    token = token with { End = token.Start + bounded.Length };
                }
            }

            // jieba's names (nr), and unknown words (x) that read as a surname and a given name ending where a name may end,
            // or as a surname and two given-name characters (an unknown word of three: 方远舟|同时).
            if (token.Tag is "nr" or "nrfg" or "x" && token.End - token.Start is 2 or 3 && Free(spans, token.Start, token.End)
                && (_names.Read(text, token.Start) is { Kind: PersonNameKind.Found } read && read.Length == token.End - token.Start
                    || (token.Tag != "x" || token.End - token.Start == 3) && _names.IsName(text.AsSpan(token.Start, token.Length))
                        && !BeforeNoun(tokens, token.End, text)))
            {
                spans.Add((token.Start, token.End, ElementKind.Person, -1));
            }
        }
    }

    /// <summary>
    /// 采购|自同|在高新区的A, 由同|在开发区的A, 采购|自同处|园区的A: a character (a preposition) jieba glued into a word it does
    /// not know with the start of a word that opens a firm's place (firm-place-leads.txt: 同在, 同处), the word ending where a
    /// token ends, is cut off it, so the patterns read 自 | 同 | 在 as they read 向 | 同 | 在.
    /// </summary>
    private void CutGluedPrepositions(List<TaggedSpan> tokens, string text)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Tag != "x" || t.Length is not (2 or 3))
            {
                continue;
            }

            var rest = t.Start + 1;
            var lead = officials.FirmPlaceLeads.LongestAt(text, rest);
            if (lead == 0 || rest + lead < t.End || !EndsToken(tokens, rest + lead))
            {
                continue;
            }

            tokens[i] = new TaggedSpan(t.Start, rest, "p");
            tokens.Insert(i + 1, new TaggedSpan(rest, t.End, t.End - rest == 1 ? "p" : "v"));
            i++;
        }
    }

    /// <summary>
    /// 石英|坩埚由…: a word jieba tags as a name, with no word that follows names after it, right before a noun that is no
    /// title is the noun's modifier (a material, a kind), not a person; so is one before a suffix of kind (金红石|型钛白粉,
    /// 云母|型: jieba's k, but 们, which follows people).
    /// </summary>
    private bool BeforeNoun(List<TaggedSpan> tokens, int end, string text)
    {
        var next = TokenStartingAt(tokens, end);
        return next >= 0 && (tokens[next].Tag is "n" or "nz" or "ng" || (tokens[next].Tag == "k" && text[end] != '们'))
            && !EndsName(text, end) && TitleEnd(text, end) <= end;
    }

    /// <summary>jieba reads the name's span as one common word (任命|程序|为, 选举|方式|为), not a name or an unknown word.</summary>
    private static bool OpensPlainWord(List<TaggedSpan> tokens, int start, int length)
    {
        var t = TokenStartingAt(tokens, start);
        return t >= 0 && tokens[t].End == start + length && tokens[t].Tag is not ("nr" or "nrfg" or "nrt" or "x");
    }

    /// <summary>The text ends at <paramref name="end"/>, or punctuation or a word that follows names comes there.</summary>
    private bool EndsName(string text, int end) =>
        end >= text.Length || !Characters.CharClass.IsHan(text[end]) || officials.NameFollowers.LongestAt(text, end).Length > 0;

    /// <summary>A word of two characters or more starts at <paramref name="start"/> inside the name's length and is a verb, adverb, time or function word.</summary>
    private static bool OpensCommonWord(List<TaggedSpan> tokens, int start, int length)
    {
        var t = TokenStartingAt(tokens, start);
        return t >= 0 && tokens[t].Length >= 2 && tokens[t].Length <= length
            && tokens[t].Tag is "d" or "t" or "p" or "c" or "v" or "vd" or "m" or "r";
    }

    /// <summary>One of the first <paramref name="count"/> spans ends at <paramref name="end"/>.</summary>
    private static bool SpanEndsAt(List<(int Start, int End, ElementKind Kind, int Mention)> spans, int count, int end)
    {
        for (var s = 0; s < count; s++)
        {
            if (spans[s].End == end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of a name of three or two characters at <paramref name="start"/> bounded by jieba's words, or 0.</summary>
    private int NameBetweenWords(string text, List<TaggedSpan> tokens, int start)
    {
        for (var length = 3; length >= 2; length--)
        {
            var stop = start + length;
            if (stop >= text.Length || TokenStartingAt(tokens, stop) is not (>= 0 and var after) || tokens[after].End - tokens[after].Start < 2
                || text[stop - 1] is '地' or '得' || !_names.IsName(text.AsSpan(start, length)))
            {
                continue;
            }

            var inside = true;
            foreach (var token in tokens)
            {
                if (token.Start < stop && start < token.End
                    && (token.Start < start || token.Tag is "v" or "p" or "c" or "d" or "r" or "u" or "uj" or "ul" or "m" or "q"))
                {
                    inside = false;
                }
            }

            if (inside)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>End of a title (modifiers, 、-joined titles: 市委常委、副市长) starting at <paramref name="at"/>, or at.</summary>
    private int TitleEnd(string text, int at)
    {
        var end = OneTitleEnd(text, at);
        // 市委常委、副市长; 董事长兼总经理.
        while (end > at && end + 1 < text.Length && text[end] is '、' or '兼')
        {
            var next = OneTitleEnd(text, end + 1);
            if (next == end + 1)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private int OneTitleEnd(string text, int at)
    {
        var start = at;
        for (var (length, _) = officials.TitleModifiers.LongestAt(text, start); length > 0; (length, _) = officials.TitleModifiers.LongestAt(text, start))
        {
            start += length;
        }

        var (titleLength, _) = officials.Titles.LongestAt(text, start);
        return titleLength > 0 ? start + titleLength : at;
    }

    /// <summary>Tokens and spans into one sequence: a span wins over the tokens it covers, a token it cuts keeps its remainder.</summary>
    private static Element[] Merge(string text, List<TaggedSpan> tokens, List<(int Start, int End, ElementKind Kind, int Mention)> spans)
    {
        var elements = _merged ??= new List<Element>(256);
        elements.Clear();
        var next = 0;
        var position = 0;
        foreach (var token in tokens)
        {
            var at = Math.Max(token.Start, position);
            while (at < token.End)
            {
                if (next < spans.Count && spans[next].Start <= at)
                {
                    var span = spans[next++];
                    if (span.End > at)
                    {
                        elements.Add(new Element(span.Kind, span.Start, span.End, string.Empty, span.Mention));
                        at = span.End;
                    }

                    continue;
                }

                var stop = next < spans.Count ? Math.Min(token.End, spans[next].Start) : token.End;
                if (!IsBlank(text, at, stop))
                {
                    var punct = stop - at == 1 && !char.IsLetterOrDigit(text[at]);
                    elements.Add(new Element(punct ? ElementKind.Punct : ElementKind.Word, at, stop, token.Tag, -1));
                }

                at = stop;
            }

            position = Math.Max(position, at);
        }

        var result = elements.ToArray();
        elements.Clear();
        return result;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            // No character after U+3000 (the ideographic space) is white space: a Han character is told without the
            // Unicode category table char.IsWhiteSpace reads for anything past Latin-1.
            if (text[i] > '\u3000' || !char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
