using System.Collections.Immutable;
using Graph.Ingest.Annotation;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Patterns;

/// <summary>What an output line of a pattern makes: a relation, an entity the context names, or an event.</summary>
public enum EmitKind
{
    Relation,
    Entity,
    Event,
}

/// <summary>
/// An argument of an output: role names tried in order, <c>SUBJ</c> standing for the clause subject
/// (<c>s|SUBJ</c>: the role s, else the subject), or a quoted literal.
/// </summary>
public sealed record EmitArgument(ImmutableArray<string> Choices, string? Literal = null)
{
    public const string Subject = "SUBJ";

    /// <summary>The clause subject when it is a firm (an investor, a buyer: not a body or a place).</summary>
    public const string Firm = "FIRM";

    /// <summary>The firm the text was about before the clause (我们, 公司, 其 in it).</summary>
    public const string Topic = "TOPIC";

    /// <summary>The article's place of the level a leader title names (区领导 → its district): needs a `title=` attribute.</summary>
    public const string Area = "AREA";

    /// <summary>The zone (park, development zone) the article named last, up to the clause: what 园区, 区内, 于此 mean.</summary>
    public const string Zone = "ZONE";

    /// <summary>The cluster the article named last, up to the clause: what 集群, 该集群 mean.</summary>
    public const string Cluster = "CLUSTER";

    /// <summary>The firm whose supplier meeting the clause tells of: named with the meeting (B的供应商大会, B2026年供应商大会) in
    /// the sentence, or in an earlier one when the clause's sentence opens with 会上 (or continues, after ；, one that did).</summary>
    public const string Host = "HOST";

    public override string ToString() => Literal is null ? string.Join('|', Choices) : $"\"{Literal}\"";
}

/// <summary>
/// One output line of a pattern (<c>-> SUPPLIES s|SUBJ c product=p</c>): its kind, its type (a relation type, an entity
/// label, an event type), its positional arguments and named attributes, and its confidence. <paramref name="ByProduct"/>
/// (the option <c>by-product</c>, SUPPLIES only): the statement does not say who supplies whom (a contract two firms
/// signed), so the firm whose name holds the product's head is the supplier and the edge is turned round when that is
/// the customer (<c>B与A签订了座椅采购合同</c>, A being 某某座椅). Without it a pattern's direction is never changed.
/// </summary>
public sealed record PatternEmit(EmitKind Kind, string Type, ImmutableArray<EmitArgument> Arguments,
    ImmutableArray<KeyValuePair<string, EmitArgument>> Attributes, double Confidence, int Line, bool ByProduct = false);

/// <summary>
/// A named, compiled pattern: its program, roles, outputs, the lexicons whose words in the clause veto a match
/// (<c>unless @negations</c>), and the atom every match must contain (checked before any attempt).
/// </summary>
public sealed class Pattern
{
    public required string Name { get; init; }

    public required string File { get; init; }

    public required int Line { get; init; }

    /// <summary>The pattern as written (its sequence lines), for `--explain` and errors.</summary>
    public required string Source { get; init; }

    public required Instruction[] Program { get; init; }

    public required ImmutableArray<string> Roles { get; init; }

    /// <summary>
    /// For each role (as <see cref="Roles"/>), the kinds of mention elements its span may hold, one bit per
    /// <see cref="ElementKind"/> (<see cref="PatternCompiler.RoleMentionKinds"/>); every kind when not given.
    /// </summary>
    public ImmutableArray<uint> RoleMentionKinds { get; init; } = [];

    /// <summary>Whether <paramref name="role"/>'s span may hold a mention element of kind <paramref name="kind"/> (an unknown role: no span, no).</summary>
    public bool RoleMayHold(string role, ElementKind kind)
    {
        var index = RoleIndex(role);
        return index >= 0 && (RoleMentionKinds.IsDefaultOrEmpty || (RoleMentionKinds[index] & (1u << (int)kind)) != 0);
    }

    public required ImmutableArray<PatternEmit> Emits { get; init; }

    public ImmutableArray<WordList> Unless { get; init; } = [];

    /// <summary>Lexicons whose words after the match, to its clause's end, veto it (<c>unless-after @negations</c>: 收购X的计划未能实现).</summary>
    public ImmutableArray<WordList> UnlessAfter { get; init; } = [];

    /// <summary>
    /// Lexicons whose words anywhere in the match's sentence veto it (<c>unless-sentence @hearsay</c>: 有媒体报道称，B将向A采购…，
    /// B随后否认了这一说法; A此前为B供应…，去年合作到期后未再续约): what another clause says of the whole statement.
    /// </summary>
    public ImmutableArray<WordList> UnlessSentence { get; init; } = [];

    /// <summary>An atom any match must contain; a sentence without it is skipped without trying the pattern.</summary>
    public Atom? Required { get; init; }

    /// <summary>
    /// What every match must hold (<see cref="PatternCompiler.Requirements"/>): for each, one of its atoms matches at some
    /// element of the match. A match can only start where each is still ahead.
    /// </summary>
    public ImmutableArray<ImmutableArray<Atom>> Requirements
    {
        get => _requirements;
        init
        {
            // Words before kinds: a literal or lexicon word is the rarer, and its absence ends the look soonest.
            _requirements = [.. value.OrderBy(PatternCompiler.Rank)];
            _requirementFilters = [.. _requirements.Select(r => new AtomFilter(r))];
        }
    }

    private readonly ImmutableArray<ImmutableArray<Atom>> _requirements = [];
    private readonly ImmutableArray<AtomFilter> _requirementFilters = [];

    /// <summary>The filter of each requirement, in the order of <see cref="Requirements"/>.</summary>
    internal ImmutableArray<AtomFilter> RequirementFilters => _requirementFilters;

    /// <summary>
    /// The last element a match may start at, at most <paramref name="last"/>: the first of the last places each
    /// requirement holds in the sentence (a match holds all of them at or after its start); -1 when one is nowhere.
    /// </summary>
    public int LastStart(AnnotatedSentence sentence, int last)
    {
        for (var r = 0; r < _requirements.Length && last >= 0; r++)
        {
            var filter = _requirementFilters[r];
            if (!filter.MayOccurIn(sentence))
            {
                return -1;
            }

            var atoms = _requirements[r];
            var at = sentence.Elements.Length - 1;
            while (at >= 0 && !Holds(atoms, filter, sentence, at))
            {
                at--;
            }

            last = Math.Min(last, at);
        }

        return last;
    }

    private static bool Holds(ImmutableArray<Atom> atoms, AtomFilter filter, AnnotatedSentence sentence, int at) =>
        filter.Admits(sentence, at) && Holds(atoms, sentence, at);

    /// <summary>One of the atoms of requirement <paramref name="requirement"/> matches at element <paramref name="at"/>.</summary>
    internal bool RequirementHolds(int requirement, AnnotatedSentence sentence, int at) => Holds(_requirements[requirement], sentence, at);

    private static bool Holds(ImmutableArray<Atom> atoms, AnnotatedSentence sentence, int at)
    {
        foreach (var atom in atoms)
        {
            if (atom.Match(sentence, at) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public int RoleIndex(string role) => Roles.IndexOf(role);

    private bool? _mayConsumeClauseEnd;

    /// <summary>
    /// Whether a match may hold a clause end (，；：。！？ standing alone, <see cref="AnnotatedSentence.IsClauseBoundary"/>):
    /// a literal or a lexicon word with one in it, a kind atom taking punctuation. ANY and a negation stop at a clause end,
    /// a POS tag or a product noun takes words only, a list's separators are none. When false, every match lies inside one
    /// clause, and the matches from a clause's first element on are the same whether the search starts there or before.
    /// </summary>
    public bool MayConsumeClauseEnd => _mayConsumeClauseEnd ??= Program.Any(i => i.Op == Op.Atom && MayConsume(i.Atom!));

    private static bool MayConsume(Atom atom) => atom switch
    {
        LiteralAtom literal => literal.Text.AsSpan().ContainsAny(ClauseEnds),
        LexiconAtom lexicon => lexicon.Words.Words.Any(w => w.AsSpan().ContainsAny(ClauseEnds)),
        PosAtom or NounAtom or NotAtom or KindAtom { Kinds: KindAtom.AnyKind } => false,
        KindAtom kind => (kind.Kinds & (1u << (int)ElementKind.Punct)) != 0,
        ListAtom list => (list.Kinds & (1u << (int)ElementKind.Punct)) != 0,
        _ => true,
    };

    /// <summary>The characters <see cref="Characters.CharClass.IsClauseEnd"/> takes.</summary>
    private static readonly System.Buffers.SearchValues<char> ClauseEnds =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(Characters.CharClass.IsClauseEnd)]);

    /// <summary>
    /// Whether every match starts at a clause's first element: the program opens with <c>^</c> (after captures, which
    /// consume nothing), so an attempt anywhere else fails at its first test. The matcher does not try those starts.
    /// </summary>
    public bool StartsAtClauseStart => _startsAtClauseStart ??= OpensWithClauseStart(Program);

    private bool? _startsAtClauseStart;

    private static bool OpensWithClauseStart(Instruction[] program)
    {
        foreach (var instruction in program)
        {
            if (instruction.Op != Op.Save)
            {
                return instruction.Op == Op.ClauseStart;
            }
        }

        return false;
    }

    private Atom[]? _firstAtoms;

    /// <summary>
    /// The atoms a match can begin with: every path from the program's start consumes one of them first (captures,
    /// anchors, jumps and splits consume nothing). Empty when some path reaches the end without consuming: no filter then.
    /// </summary>
    public Atom[] FirstAtoms => _firstAtoms ??= FirstAtomsOf(Program);

    private static Atom[] FirstAtomsOf(Instruction[] program)
    {
        var atoms = new List<Atom>();
        var seen = new HashSet<int>();
        var pending = new Stack<int>([0]);
        while (pending.Count > 0)
        {
            var pc = pending.Pop();
            if (!seen.Add(pc))
            {
                continue;
            }

            var instruction = program[pc];
            switch (instruction.Op)
            {
                case Op.Atom:
                    if (!atoms.Contains(instruction.Atom!))
                    {
                        atoms.Add(instruction.Atom!);
                    }

                    break;
                case Op.Split:
                    pending.Push(instruction.Y);
                    pending.Push(instruction.X);
                    break;
                case Op.Jump:
                    pending.Push(instruction.X);
                    break;
                case Op.Match:
                    return [];
                default:
                    pending.Push(pc + 1);
                    break;
            }
        }

        return [.. atoms];
    }

    /// <summary>Whether a match may start at element <paramref name="pos"/>: one of the <see cref="FirstAtoms"/> matches there.</summary>
    public bool MayStartAt(AnnotatedSentence sentence, int pos)
    {
        var first = FirstAtoms;
        if (first.Length == 0)
        {
            return true;
        }

        return StartFilter!.Admits(sentence, pos) && FirstAtomMatchesAt(sentence, pos);
    }

    /// <summary>One of the <see cref="FirstAtoms"/> (there are some) matches at element <paramref name="pos"/>.</summary>
    internal bool FirstAtomMatchesAt(AnnotatedSentence sentence, int pos)
    {
        foreach (var atom in FirstAtoms)
        {
            if (atom.Match(sentence, pos) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    public bool MayOccurIn(AnnotatedSentence sentence)
    {
        if (Required is null)
        {
            return true;
        }

        var filter = RequiredFilter!;
        if (!filter.MayOccurIn(sentence))
        {
            return false;
        }

        for (var i = 0; i < sentence.Elements.Length; i++)
        {
            if (filter.Admits(sentence, i) && Required.Match(sentence, i) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private AtomFilter? _requiredFilter;
    private AtomFilter? _startFilter;

    /// <summary>The filter of the <see cref="FirstAtoms"/> (null when there are none: a match may start anywhere).</summary>
    internal AtomFilter? StartFilter => FirstAtoms.Length == 0 ? null : _startFilter ??= new AtomFilter(FirstAtoms);

    /// <summary>The filter of the <see cref="Required"/> atom (null when there is none).</summary>
    internal AtomFilter? RequiredFilter => Required is null ? null : _requiredFilter ??= new AtomFilter([Required]);

    /// <summary>A veto word (未, 没有 …) in the match or before it in its clause, or (<see cref="UnlessAfter"/>) after it in its clause,
    /// or (<see cref="UnlessSentence"/>) anywhere in its sentence.</summary>
    public bool Rejects(AnnotatedSentence sentence, int start, int end)
    {
        if (Unless.IsEmpty && UnlessAfter.IsEmpty && UnlessSentence.IsEmpty)
        {
            return false;
        }

        if (Holds(sentence, 0, sentence.Elements.Length, UnlessSentence))
        {
            return true;
        }

        var from = start;
        while (from > 0 && !sentence.IsClauseBoundary(from - 1))
        {
            from--;
        }

        if (Holds(sentence, from, end, Unless))
        {
            return true;
        }

        var to = end;
        while (to < sentence.Elements.Length && !sentence.IsClauseBoundary(to))
        {
            to++;
        }

        return Holds(sentence, end, to, UnlessAfter);
    }

    /// <summary>A plain word of one of the lexicons among the elements [from, to).</summary>
    private static bool Holds(AnnotatedSentence sentence, int from, int to, ImmutableArray<WordList> lexicons)
    {
        if (lexicons.IsEmpty)
        {
            return false;
        }

        for (var i = from; i < to; i++)
        {
            var e = sentence.Elements[i];
            if (!e.IsPlain)
            {
                continue;
            }

            foreach (var words in lexicons)
            {
                if (words.Contains(sentence.MatchText.AsSpan(e.Start, e.Length)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    public override string ToString() => $"{Name} ({File}:{Line})";
}
