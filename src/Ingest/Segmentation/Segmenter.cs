namespace Graph.Ingest.Segmentation;

/// <summary>
/// jieba's segmenter as jieba-rs implements it: blocks of Han/alphanumeric chars go through the prefix dictionary
/// (BuildDag → CalculateRoute), runs the route leaves as single chars go through the HMM (CutWithHmm), and
/// everything else is cut char by char (whitespace alone, "\r\n" kept together).
/// Thread-safe for <see cref="Cut"/> and <see cref="Tag"/>; <see cref="AddWord"/> and the user-dictionary loaders
/// must finish before concurrent use begins.
/// </summary>
public sealed class Segmenter
{
    private static readonly Lazy<Segmenter> SharedDefault = new(LoadDefault);

    private readonly WordDictionary _dictionary;
    private readonly HmmModel _hmm;
    private readonly Lock _writeLock = new();

    private Segmenter(WordDictionary dictionary, HmmModel hmm)
    {
        _dictionary = dictionary;
        _hmm = hmm;
    }

    /// <summary>The folder <see cref="LoadDefault"/> reads: <c>resources/jieba</c> beside the application.</summary>
    public static string DefaultResourceFolder => Path.Combine(AppContext.BaseDirectory, "resources", "jieba");

    /// <summary>A process-wide instance loaded on first use; words added to it are seen by every caller.</summary>
    public static Segmenter Default => SharedDefault.Value;

    /// <summary>Number of words in the dictionary.</summary>
    public int WordCount => _dictionary.Count;

    /// <summary>A new segmenter over jieba's dictionary and HMM from <see cref="DefaultResourceFolder"/>.</summary>
    public static Segmenter LoadDefault() =>
        Load(Path.Combine(DefaultResourceFolder, "dict.txt"), Path.Combine(DefaultResourceFolder, "hmm_model.utf8"));

    /// <summary>
    /// A new segmenter from a jieba dictionary (<c>word freq [tag]</c>), an HMM model file and optional user dictionaries.
    /// Both files are compiled once to <c>&lt;path&gt;.compiled</c> and read from there while the text is unchanged.
    /// </summary>
    public static Segmenter Load(string dictPath, string hmmPath, params IEnumerable<string> userDictionaryPaths)
    {
        var dictionary = CompiledCache.Load(dictPath, "JIEBADIC", DictionaryFile.ReadMain, (d, s) => d.WriteTo(s), WordDictionary.ReadFrom);
        var hmm = CompiledCache.Load(hmmPath, "JIEBAHMM", HmmModel.Load, (m, s) => m.WriteTo(s), HmmModel.ReadFrom);
        var segmenter = new Segmenter(dictionary, hmm);
        foreach (string path in userDictionaryPaths)
        {
            segmenter.LoadUserDictionary(path);
        }

        return segmenter;
    }

    /// <summary>Segments <paramref name="text"/>; tokens cover it exactly, in order, whitespace included.</summary>
    public IReadOnlyList<Token> Cut(string text, bool hmm = true) => ToTokens(text, hmm, tagged: false);

    /// <summary>Segments and tags like jieba-rs <c>tag()</c>: the dictionary tag, else "m" (digits), "eng" (ASCII letters) or "x".</summary>
    public IReadOnlyList<Token> Tag(string text, bool hmm = true) => ToTokens(text, hmm, tagged: true);

    /// <summary>
    /// jieba's <c>add_word</c>: sets the word's frequency (suggested so the word is cut whole when null) and, if given,
    /// its tag; returns the frequency used.
    /// </summary>
    public long AddWord(string word, long? freq = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        lock (_writeLock)
        {
            long value = freq ?? SuggestFreq(word);
            _dictionary.Upsert(word, value, tag);
            return value;
        }
    }

    /// <summary>jieba's <c>suggest_freq</c>: the smallest frequency that makes <paramref name="word"/> win over its current cut.</summary>
    public long SuggestFreq(string word)
    {
        double logTotal = _dictionary.LogTotal;
        double logFreq = 0;
        var spans = new List<TokenSpan>();
        CutInto(word, hmm: false, spans);
        foreach (var span in spans)
        {
            logFreq += Math.Log(_dictionary.FreqOrDefault(word.AsSpan(span.Start, span.Length), 1)) - logTotal;
        }

        double joined = Math.Exp(logFreq + logTotal);
        long suggested = joined >= long.MaxValue ? long.MaxValue : (long)joined + 1;
        return Math.Max(suggested, _dictionary.FreqOrDefault(word, 1));
    }

    /// <summary>Adds the words of a user dictionary file (<c>word [freq] [tag]</c> per line).</summary>
    public void LoadUserDictionary(string path)
    {
        using var reader = new StreamReader(path);
        LoadUserDictionary(reader, path);
    }

    /// <summary>Adds the words of a user dictionary; <paramref name="sourceName"/> names it in errors.</summary>
    public void LoadUserDictionary(TextReader reader, string sourceName = "user dictionary") =>
        DictionaryFile.ReadUser(reader, sourceName, (word, freq, tag) => AddWord(word, freq, tag));

    /// <summary>The fast path: appends token offsets for <paramref name="text"/> to <paramref name="output"/>, allocating nothing else.</summary>
    internal void CutInto(ReadOnlySpan<char> text, bool hmm, List<TokenSpan> output)
    {
        var scratch = SegmentScratch.ForCurrentThread();
        int i = 0;
        while (i < text.Length)
        {
            bool route = CharClass.IsRouteBlock(CharClass.CodePointAt(text, i, out int width));
            int j = i + width;
            while (j < text.Length && CharClass.IsRouteBlock(CharClass.CodePointAt(text, j, out width)) == route)
            {
                j += width;
            }

            if (route)
            {
                CutRouteBlock(text, i, j, hmm, output, scratch);
            }
            else
            {
                CutOtherBlock(text, i, j, output);
            }

            i = j;
        }
    }

    /// <summary>
    /// <see cref="Tag"/> without a string per token: clears <paramref name="output"/> and fills it with the tokens'
    /// offsets and tags.
    /// </summary>
    internal void TagInto(ReadOnlySpan<char> text, List<TaggedSpan> output, bool hmm = true)
    {
        var spans = SegmentScratch.ForCurrentThread().Spans;
        spans.Clear();
        CutInto(text, hmm, spans);
        output.Clear();
        foreach (var span in spans)
        {
            output.Add(new TaggedSpan(span.Start, span.End, span.Word >= 0 ? _dictionary.Tag(span.Word) : TagOf(text.Slice(span.Start, span.Length))));
        }

        spans.Clear();
    }

    private Token[] ToTokens(string text, bool hmm, bool tagged)
    {
        var spans = SegmentScratch.ForCurrentThread().Spans;
        spans.Clear();
        CutInto(text, hmm, spans);
        var tokens = new Token[spans.Count];
        for (int k = 0; k < tokens.Length; k++)
        {
            var span = spans[k];
            var slice = text.AsSpan(span.Start, span.Length);
            tokens[k] = new Token(slice.ToString(), span.Start, span.End, !tagged ? null : span.Word >= 0 ? _dictionary.Tag(span.Word) : TagOf(slice));
        }

        spans.Clear();
        return tokens;
    }

    /// <summary>jieba-rs <c>tag</c>: the dictionary tag, else by ASCII letters and digits.</summary>
    private string TagOf(ReadOnlySpan<char> word)
    {
        int id = _dictionary.Trie.Find(word);
        if (id >= 0)
        {
            return _dictionary.Tag(id);
        }

        int letters = 0;
        int digits = 0;
        foreach (char c in word)
        {
            if (CharClass.IsAsciiAlphanumeric(c))
            {
                letters++;
                if (CharClass.IsAsciiDigit(c))
                {
                    digits++;
                }
            }
        }

        return letters == 0 ? "x" : letters == digits ? "m" : "eng";
    }

    /// <summary>Text outside route blocks (jieba-rs <c>RE_SKIP_DEFAULT</c> = <c>(\r\n|\s)</c>): every code point alone, "\r\n" together.</summary>
    private static void CutOtherBlock(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        int i = start;
        while (i < end)
        {
            int width = text[i] == '\r' && i + 1 < end && text[i + 1] == '\n' ? 2 : CodePointWidth(text, i, end);
            output.Add(new TokenSpan(i, i + width));
            i += width;
        }
    }

    private void CutRouteBlock(ReadOnlySpan<char> text, int start, int end, bool hmm, List<TokenSpan> output, SegmentScratch scratch)
    {
        var block = text[start..end];
        int starts = BuildDag(block, scratch);
        CalculateRoute(block.Length, starts, scratch);
        if (hmm)
        {
            EmitRouteWithHmm(text, start, end, output, scratch);
        }
        else
        {
            EmitRoute(text, start, end, output, scratch);
        }
    }

    /// <summary>For each code point start, every dictionary word beginning there (jieba's DAG); returns the number of starts.</summary>
    private int BuildDag(ReadOnlySpan<char> block, SegmentScratch scratch)
    {
        scratch.EnsureBlock(block.Length);
        var trie = _dictionary.Trie;
        int[] starts = scratch.Starts;
        int[] edgeFrom = scratch.EdgeFrom;
        int[] edgeEnd = scratch.EdgeEnd;
        int[] edgeWord = scratch.EdgeWord;
        int edges = 0;
        int k = 0;
        int p = 0;
        while (p < block.Length)
        {
            starts[k] = p;
            edgeFrom[k] = edges;
            k++;
            int node = trie.Child(0, block[p]);
            for (int q = p + 1; node != 0; q++)
            {
                int word = trie.WordAt(node);
                if (word >= 0)
                {
                    if (edges == edgeEnd.Length)
                    {
                        scratch.GrowEdges();
                        edgeEnd = scratch.EdgeEnd;
                        edgeWord = scratch.EdgeWord;
                    }

                    edgeEnd[edges] = q;
                    edgeWord[edges] = word;
                    edges++;
                }

                if (q == block.Length)
                {
                    break;
                }

                node = trie.Child(node, block[q]);
            }

            p += CodePointWidth(block, p, block.Length);
        }

        edgeFrom[k] = edges;
        return k;
    }

    /// <summary>
    /// jieba's max-log-probability route, right to left: ln(freq) - ln(total) + the route after the word; ties go to the
    /// longer word; a start with no dictionary word takes its single char with frequency 1.
    /// </summary>
    private void CalculateRoute(int length, int starts, SegmentScratch scratch)
    {
        double logTotal = _dictionary.LogTotal;
        double[] prob = scratch.RouteProb;
        int[] routeEnd = scratch.RouteEnd;
        int[] routeWord = scratch.RouteWord;
        int[] edgeFrom = scratch.EdgeFrom;
        int[] edgeEnd = scratch.EdgeEnd;
        int[] edgeWord = scratch.EdgeWord;
        prob[length] = 0;
        routeEnd[length] = length;
        int next = length;
        for (int k = starts - 1; k >= 0; k--)
        {
            int p = scratch.Starts[k];
            int from = edgeFrom[k];
            int to = edgeFrom[k + 1];
            if (from == to)
            {
                prob[p] = (0.0 - logTotal) + prob[next];
                routeEnd[p] = next;
                routeWord[p] = -1;
            }
            else
            {
                int end = edgeEnd[from];
                int word = edgeWord[from];
                double best = (_dictionary.LnFreq(word) - logTotal) + prob[end];
                for (int e = from + 1; e < to; e++)
                {
                    int candidateEnd = edgeEnd[e];
                    double candidate = (_dictionary.LnFreq(edgeWord[e]) - logTotal) + prob[candidateEnd];
                    if (candidate >= best)
                    {
                        best = candidate;
                        end = candidateEnd;
                        word = edgeWord[e];
                    }
                }

                prob[p] = best;
                routeEnd[p] = end;
                routeWord[p] = word;
            }

            next = p;
        }
    }

    /// <summary>jieba-rs <c>cut_dag_no_hmm</c>: route words, with runs of single ASCII letters or digits joined.</summary>
    private static void EmitRoute(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output, SegmentScratch scratch)
    {
        int[] routeEnd = scratch.RouteEnd;
        int length = end - start;
        int x = 0;
        int left = -1;
        while (x < length)
        {
            int y = routeEnd[x];
            if (y - x == 1 && CharClass.IsAsciiAlphanumeric(text[start + x]))
            {
                if (left < 0)
                {
                    left = x;
                }
            }
            else
            {
                if (left >= 0)
                {
                    output.Add(new TokenSpan(start + left, start + x));
                    left = -1;
                }

                output.Add(new TokenSpan(start + x, start + y, scratch.RouteWord[x]));
            }

            x = y;
        }

        if (left >= 0)
        {
            output.Add(new TokenSpan(start + left, end));
        }
    }

    /// <summary>jieba-rs <c>cut_dag_hmm</c>: route words, with each run of single chars handed to <see cref="CutWithHmm"/>.</summary>
    private void EmitRouteWithHmm(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output, SegmentScratch scratch)
    {
        int[] routeEnd = scratch.RouteEnd;
        int length = end - start;
        int x = 0;
        int left = -1;
        while (x < length)
        {
            int y = routeEnd[x];
            if (CharClass.IsSingleCodePoint(text.Slice(start + x, y - x)))
            {
                if (left < 0)
                {
                    left = x;
                }
            }
            else
            {
                if (left >= 0)
                {
                    CutSingles(text, start + left, start + x, output, scratch);
                    left = -1;
                }

                output.Add(new TokenSpan(start + x, start + y, scratch.RouteWord[x]));
            }

            x = y;
        }

        if (left >= 0)
        {
            CutSingles(text, start + left, end, output, scratch);
        }
    }

    /// <summary>A run the route left as single chars: one char stays; a dictionary word stays split; anything else goes to the HMM.</summary>
    private void CutSingles(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output, SegmentScratch scratch)
    {
        var run = text[start..end];
        if (CharClass.IsSingleCodePoint(run))
        {
            output.Add(new TokenSpan(start, end));
        }
        else if (_dictionary.Trie.Find(run) < 0)
        {
            CutWithHmm(text, start, end, output, scratch);
        }
        else
        {
            for (int i = start; i < end;)
            {
                int width = CodePointWidth(text, i, end);
                output.Add(new TokenSpan(i, i + width));
                i += width;
            }
        }
    }

    /// <summary>
    /// jieba-rs <c>hmm::cut</c>: runs of <c>RE_HAN</c> chars longer than one go through Viterbi; the rest is split by
    /// <c>RE_SKIP</c>, matches and gaps each kept whole.
    /// </summary>
    private void CutWithHmm(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output, SegmentScratch scratch)
    {
        int i = start;
        while (i < end)
        {
            bool han = CharClass.IsHmmHan(text[i]);
            int j = i + 1;
            while (j < end && CharClass.IsHmmHan(text[j]) == han)
            {
                j++;
            }

            if (!han)
            {
                CutHmmSkip(text, i, j, output);
            }
            else if (j - i == 1)
            {
                output.Add(new TokenSpan(i, j));
            }
            else
            {
                CutViterbi(text, i, j, output, scratch);
            }

            i = j;
        }
    }

    private void CutViterbi(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output, SegmentScratch scratch)
    {
        int count = end - start;
        scratch.EnsureViterbi(count);
        var path = scratch.ViterbiPath.AsSpan(0, count);
        _hmm.Decode(text[start..end], scratch.Viterbi, scratch.ViterbiFrom, path);
        int begin = start;
        int next = start;
        for (int t = 0; t < count; t++)
        {
            int position = start + t;
            switch (path[t])
            {
                case HmmModel.B:
                    begin = position;
                    break;
                case HmmModel.E:
                    output.Add(new TokenSpan(begin, position + 1));
                    next = position + 1;
                    break;
                case HmmModel.S:
                    output.Add(new TokenSpan(position, position + 1));
                    next = position + 1;
                    break;
            }
        }

        if (next < end)
        {
            output.Add(new TokenSpan(next, end));
        }
    }

    /// <summary>Splits by the HMM's <c>RE_SKIP</c> = <c>([a-zA-Z0-9]+(?:.\d+)?%?)</c>, so "30%" and "2.5" stay whole; gaps stay whole too.</summary>
    private static void CutHmmSkip(ReadOnlySpan<char> text, int start, int end, List<TokenSpan> output)
    {
        int i = start;
        while (i < end)
        {
            int m = i;
            while (m < end && !CharClass.IsAsciiAlphanumeric(text[m]))
            {
                m++;
            }

            if (m > i)
            {
                output.Add(new TokenSpan(i, m));
            }

            if (m == end)
            {
                break;
            }

            int k = m + 1;
            while (k < end && CharClass.IsAsciiAlphanumeric(text[k]))
            {
                k++;
            }

            if (k < end && text[k] != '\n')
            {
                int digits = k + CodePointWidth(text, k, end);
                if (digits < end && CharClass.IsAsciiDigit(text[digits]))
                {
                    k = digits + 1;
                    while (k < end && CharClass.IsAsciiDigit(text[k]))
                    {
                        k++;
                    }
                }
            }

            if (k < end && text[k] == '%')
            {
                k++;
            }

            output.Add(new TokenSpan(m, k));
            i = k;
        }
    }

    private static int CodePointWidth(ReadOnlySpan<char> text, int index, int end) =>
        char.IsHighSurrogate(text[index]) && index + 1 < end && char.IsLowSurrogate(text[index + 1]) ? 2 : 1;
}
