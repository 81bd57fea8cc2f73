using Graph.Ingest.Characters;
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
    public AnnotatedSentence(int index, SentenceContext context, Element[] elements, IReadOnlyList<Mention> mentions, AnnotatedSentence? firstRead = null,
        IReadOnlyList<string>? knownNames = null)
    {
        FirstRead = firstRead ?? this;
        KnownNames = knownNames ?? [];
        Index = index;
        Context = context;
        Elements = elements;
        Mentions = mentions;
        ClauseOf = new int[elements.Length];
        var clause = 0;
        for (var i = 0; i < elements.Length; i++)
        {
            KindMask |= 1u << (int)elements[i].Kind;
            ClauseOf[i] = clause;
            if (IsClauseBoundary(i))
            {
                clause++;
            }
        }

        ClauseCount = clause + 1;
    }

    /// <summary>A new record of <paramref name="read"/>'s reading: its elements, kinds and clauses shared, nothing filled.</summary>
    private AnnotatedSentence(AnnotatedSentence read)
    {
        FirstRead = read.FirstRead == read ? this : read.FirstRead;
        KnownNames = read.KnownNames;
        Index = read.Index;
        Context = read.Context;
        Elements = read.Elements;
        Mentions = read.Mentions;
        KindMask = read.KindMask;
        ClauseOf = read.ClauseOf;
        ClauseCount = read.ClauseCount;
    }

    /// <summary>
    /// The sentence as read from its own mentions, before the article's known names were looked for in it (itself when
    /// none were): what a later reading of the article reuses while the sentence's mentions stay the same.
    /// </summary>
    public AnnotatedSentence FirstRead { get; }

    /// <summary>
    /// The article's known names (people named elsewhere in it) this reading looked for in the sentence and found unread
    /// there (范|中杰); empty for a reading from its own mentions alone.
    /// </summary>
    public IReadOnlyList<string> KnownNames { get; }

    /// <summary>
    /// The same reading as a new record: its elements, kinds and clauses shared, its clause subjects, topics and zones not
    /// yet filled; its first reading and known names those of this one.
    /// </summary>
    public AnnotatedSentence Reread() => new(this);

    /// <summary>Index of the sentence in its article.</summary>
    public int Index { get; }

    public SentenceContext Context { get; }

    public string Text => Context.Sentence.Text;

    /// <summary>The text with full-width forms folded to half-width (same length): what literals are compared with.</summary>
    public string MatchText => Context.Sentence.MatchText;

    public Element[] Elements { get; }

    /// <summary>The kinds of its elements, one bit each (1 &lt;&lt; kind): which typed atoms can match at all.</summary>
    public uint KindMask { get; }

    public IReadOnlyList<Mention> Mentions { get; }

    /// <summary>Clause index of each element; a boundary mark belongs to the clause it ends.</summary>
    public int[] ClauseOf { get; }

    public int ClauseCount { get; }

    // The per-clause facts are made when first asked for (a reading the subject pass never runs over, one read again
    // before the pass or a trial's sentences after the last one tried, makes none), the three entity rows in one array.

    /// <summary>The subject of each clause, explicit or carried, once the subject pass has run.</summary>
    public ClauseSubject?[] ClauseSubjects => _subjects ??= new ClauseSubject?[ClauseCount];

    /// <summary>The firm the text was about before each clause (the speaker's company in a quotation): what 我们, 公司, 其 mean.</summary>
    public Span<EntityKey?> ClauseTopics => ClauseEntities.AsSpan(0, ClauseCount);

    /// <summary>The zone the article named last before each clause (else the first the clause names): what 园区, 区内, 于此 mean.</summary>
    public Span<EntityKey?> ClauseZones => ClauseEntities.AsSpan(ClauseCount, ClauseCount);

    /// <summary>The cluster the article named last, up to the clause: what 集群, 该集群 mean.</summary>
    public Span<EntityKey?> ClauseClusters => ClauseEntities.AsSpan(2 * ClauseCount, ClauseCount);

    /// <summary>The firm whose supplier meeting the clause tells of (会上，… after B的供应商大会): what HOST means.</summary>
    public Span<EntityKey?> ClauseHosts => ClauseEntities.AsSpan(3 * ClauseCount, ClauseCount);

    private EntityKey?[] ClauseEntities => _entities ??= new EntityKey?[4 * ClauseCount];

    private ClauseSubject?[]? _subjects;
    private EntityKey?[]? _entities;

    private static int _sentences;

    /// <summary>Tells this sentence's memoised matches from those of the sentences before it (see <see cref="TryRecall"/>).</summary>
    private readonly int _stamp = Interlocked.Increment(ref _sentences);

    [ThreadStatic]
    private static MemoTable? _memo;

    /// <summary>
    /// A match result of atom <paramref name="key"/> at element <paramref name="pos"/> remembered for this sentence: the
    /// patterns share lexicons, so each is looked up once per element, not once per pattern. The table is per thread
    /// and reused from sentence to sentence (nothing is allocated per sentence).
    /// </summary>
    public bool TryRecall(int key, int pos, out int value)
    {
        var memo = _memo;
        if (memo is not null && key < memo.Stamps.Length && memo.Stamps[key] is { } stamps && pos < stamps.Length && stamps[pos] == _stamp)
        {
            value = memo.Values[key]![pos];
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Remembers what atom <paramref name="key"/> matched at <paramref name="pos"/> (see <see cref="TryRecall"/>).</summary>
    public int Remember(int key, int pos, int value)
    {
        var memo = _memo ??= new MemoTable();
        if (key >= memo.Stamps.Length)
        {
            Array.Resize(ref memo.Stamps, Math.Max(key + 1, memo.Stamps.Length * 2));
            Array.Resize(ref memo.Values, memo.Stamps.Length);
        }

        if (memo.Stamps[key] is not { } stamps || stamps.Length < Elements.Length)
        {
            var size = Math.Max(Elements.Length, 64);
            Array.Resize(ref memo.Stamps[key], size);
            Array.Resize(ref memo.Values[key], size);
            stamps = memo.Stamps[key]!;
        }

        stamps[pos] = _stamp;
        memo.Values[key]![pos] = value;
        return value;
    }

    private sealed class MemoTable
    {
        public int[]?[] Stamps = new int[]?[16];
        public int[]?[] Values = new int[]?[16];
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
