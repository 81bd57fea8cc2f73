using Graph.Ingest.Extraction;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Annotation;

/// <summary>
/// One sentence as every pattern reads it: segmented once, recognised mentions collapsed into typed elements,
/// clause boundaries marked, and each clause's subject (<see cref="ClauseSubjects"/>) filled by <see cref="ClauseSubjectPass"/>.
/// </summary>
public sealed class AnnotatedSentence
{
    public AnnotatedSentence(int index, SentenceContext context, Element[] elements, IReadOnlyList<Mention> mentions)
    {
        Index = index;
        Context = context;
        Elements = elements;
        Mentions = mentions;
        ClauseOf = new int[elements.Length];
        var clause = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            ClauseOf[i] = clause;
            if (IsClauseBoundary(i))
            {
                clause++;
            }
        }

        ClauseCount = clause + 1;
        ClauseSubjects = new ClauseSubject?[ClauseCount];
        ClauseTopics = new EntityKey?[ClauseCount];
    }

    /// <summary>Index of the sentence in its article.</summary>
    public int Index { get; }

    public SentenceContext Context { get; }

    public string Text => Context.Sentence.Text;

    /// <summary>The text with full-width forms folded to half-width (same length): what literals are compared with.</summary>
    public string MatchText => Context.Sentence.MatchText;

    public Element[] Elements { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Clause index of each element; a boundary mark belongs to the clause it ends.</summary>
    public int[] ClauseOf { get; }

    public int ClauseCount { get; }

    /// <summary>The subject of each clause, explicit or carried, once the subject pass has run.</summary>
    public ClauseSubject?[] ClauseSubjects { get; }

    /// <summary>The firm the text was about before each clause (the speaker's company in a quotation): what 我们, 公司, 其 mean.</summary>
    public EntityKey?[] ClauseTopics { get; }

    /// <summary>A match result not computed yet, in <see cref="MatchMemo"/>.</summary>
    public const int NotMatched = int.MinValue;

    private Dictionary<object, int[]>? _memo;

    /// <summary>
    /// Match results of one atom kind at each element of this sentence (<see cref="NotMatched"/> until computed), kept
    /// for the sentence: the patterns share lexicons and literals, so each is looked up once per element, not once per pattern.
    /// </summary>
    public int[] MatchMemo(object key)
    {
        _memo ??= [];
        if (!_memo.TryGetValue(key, out var memo))
        {
            memo = new int[Elements.Length];
            Array.Fill(memo, NotMatched);
            _memo[key] = memo;
        }

        return memo;
    }

    public ReadOnlySpan<char> TextOf(in Element element) => Text.AsSpan(element.Start, element.Length);

    /// <summary>The element ends a clause (，；：。！？ and their half-width forms).</summary>
    public bool IsClauseBoundary(int index)
    {
        var e = Elements[index];
        return e.Kind == ElementKind.Punct && e.Length == 1 && CharClass.IsClauseEnd(MatchText[e.Start]);
    }

    /// <summary>The entity a mention element names, or a person read from the text as an Official.</summary>
    public EntityKey? EntityOf(int index)
    {
        var e = Elements[index];
        if (e.Mention >= 0)
        {
            return Mentions[e.Mention].Entity;
        }

        return e.Kind == ElementKind.Person ? new EntityKey(NodeLabel.Official, Text[e.Start..e.End]) : null;
    }

    public override string ToString() => string.Join(' ', Elements.Select(e => e.Kind switch
    {
        ElementKind.Word => $"{Text[e.Start..e.End]}/{e.Tag}",
        ElementKind.Punct => Text[e.Start..e.End],
        _ => $"[{e.Kind.ToString().ToUpperInvariant()} {Text[e.Start..e.End]}]",
    }));
}

/// <summary>Who a clause is about, and how that was decided (explicit, carried, reference, speaker).</summary>
public sealed record ClauseSubject(EntityKey Entity, string How);
