using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using Graph.Ingest.Annotation;
using Graph.Ingest.Extraction;
using Graph.Model;

namespace Graph.Ingest.Patterns;

/// <summary>What turns an EVENT output into the graph; the events stage provides one (without it, events are dropped).</summary>
public interface IPatternEventSink
{
    void Emit(ArticleScope scope, PatternHit hit, PatternEmit emit);
}

/// <summary>
/// The pattern stage of an article: annotates its sentences (after the mention rules), gives every clause its subject,
/// runs every pattern over every sentence and turns each match's outputs into mentions (ENTITY), relation candidates
/// and events. The pattern's name is the rule of everything it makes.
/// </summary>
public sealed class PatternRule(PatternSet patterns, SentenceAnnotator annotator, ClauseSubjectPass subjects,
    Func<ArticleScope, Func<int, EntityKey?>> quoteCompanies, OfficeTitles offices, IPatternEventSink? events = null, SlotFirms? slotFirms = null,
    Lexicons.WordList? assemblerTrades = null, ExtractionLexicons? lexicons = null)
    : IExtractionRule
{
    private static readonly AsyncLocal<Action<AnnotatedSentence, IReadOnlyList<PatternHit>>?> TraceSink = new();

    /// <summary>Where the `annotate` command watches each annotated sentence and its matches (unset: nothing is traced).</summary>
    public static Action<AnnotatedSentence, IReadOnlyList<PatternHit>>? Trace
    {
        get => TraceSink.Value;
        set => TraceSink.Value = value;
    }

    public void Apply(ArticleScope scope)
    {
        var sentences = annotator.Annotate(scope);
        var hits = new List<PatternHit>();
        // Firms named only by their slot (由X承建, 供应X在…的基地) are named first and the sentences read again, so
        // the clause subjects and every other pattern see them as firms.
        if (RunNaming(scope, sentences, hits, out var propagated))
        {
            sentences = annotator.Annotate(scope, sentences);
            // A name the article repeats elsewhere (NameElsewhere) may fill another naming slot there (王某（X某某系统副总裁）).
            if (propagated && RunNaming(scope, sentences, hits, out _))
            {
                sentences = annotator.Annotate(scope, sentences);
            }
        }

        // Firms written by a short name alone (锦绣汽车, 领航精工) are kept where a relation pattern takes them as a firm.
        if (slotFirms is not null && NameSlotFirms(scope, sentences, hits))
        {
            sentences = annotator.Annotate(scope, sentences);
        }

        subjects.Run(sentences, quoteCompanies(scope), scope.Focus());
        scope.Keep<IReadOnlyList<AnnotatedSentence>>(sentences);
        foreach (var sentence in sentences)
        {
            hits.Clear();
            FindAll(sentence, Others, hits);
            Trace?.Invoke(sentence, hits);
            var first = scope.Relations.Count;
            foreach (var hit in hits)
            {
                Emit(scope, hit);
            }

            DropReversedSupplies(scope, first);
        }
    }

    /// <summary>
    /// One sentence does not say that each of two firms supplies the other: of a sentence's SUPPLIES candidates (those
    /// from <paramref name="first"/> on) between the same two entities in both directions, the one from the less sure
    /// pattern goes (B与A签署供货协议，后者向B提供…: once 后者 names the supplier, the agreement's subject is none).
    /// Equally sure readings both stay.
    /// </summary>
    private static void DropReversedSupplies(ArticleScope scope, int first)
    {
        var relations = scope.Relations;
        for (var i = relations.Count - 1; i >= first; i--)
        {
            var candidate = relations[i];
            if (candidate.Type != RelationType.SUPPLIES)
            {
                continue;
            }

            for (var j = first; j < relations.Count; j++)
            {
                var other = relations[j];
                if (other.Type == RelationType.SUPPLIES && other.Confidence > candidate.Confidence
                    && other.From == candidate.To && other.To == candidate.From)
                {
                    scope.Drop($"{candidate.From.Name} -[{candidate.Type}]-> {candidate.To.Name}",
                        $"its sentence says the reverse more surely ({other.Rule}, {other.Confidence:F2})", candidate.Rule, candidate.Context);
                    relations.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private PatternGroup? _naming;
    private PatternGroup? _others;
    private PatternGroup? _relating;

    /// <summary>The naming patterns of the set.</summary>
    private PatternGroup Naming => _naming ??= new PatternGroup(patterns.Patterns.Where(IsNaming));

    /// <summary>The patterns run after the naming pass, over sentences whose clauses have their subjects.</summary>
    private PatternGroup Others => _others ??= new PatternGroup(patterns.Patterns.Where(p => !IsNaming(p)));

    /// <summary>Those of <see cref="Others"/> that make a relation: the only matches the short-name trial reads.</summary>
    private PatternGroup Relating => _relating ??= new PatternGroup(patterns.Patterns.Where(p => !IsNaming(p) && p.Emits.Any(e => e.Kind == EmitKind.Relation)));

    /// <summary>
    /// Some patterns of the set, in file order, with an index of their own: a pass that runs a few patterns (the naming
    /// pass runs three) computes the filter bits of those few for each element, not those of the whole set.
    /// </summary>
    private sealed class PatternGroup(IEnumerable<Pattern> patterns)
    {
        public ImmutableArray<Pattern> Patterns { get; } = [.. patterns];

        public PatternIndex Index => _index ??= new PatternIndex(Patterns);

        /// <summary>
        /// For each pattern, whether no relation of it takes an endpoint from SUBJ or FIRM: every entity the short-name trial
        /// may keep through it is in one of its roles' spans (<see cref="InSentence"/>).
        /// </summary>
        public bool[] SpanOnly => _spanOnly ??= [.. Patterns.Select(p => !p.Emits.Any(e => e.Kind == EmitKind.Relation
            && e.Arguments.Any(a => a.Choices.Any(c => c is EmitArgument.Subject or EmitArgument.Firm))))];

        private bool[]? _spanOnly;

        /// <summary>
        /// For each pattern, whether the short-name trial can learn nothing from it: its relations take endpoints from its
        /// roles only (<see cref="SpanOnly"/>) and none of those roles' spans may hold a firm's element (a trial's
        /// candidate is one), so no match of it keeps a candidate (<see cref="InSentence"/>).
        /// </summary>
        public bool[] TrialIdle => _trialIdle ??= [.. Patterns.Select((p, i) => SpanOnly[i] && !p.Emits.Any(e => e.Kind == EmitKind.Relation
            && e.Arguments.Any(a => a.Choices.Any(c => p.RoleMayHold(c, ElementKind.Ent)))))];

        private bool[]? _trialIdle;

        /// <summary>
        /// For each pattern, whether the trial may look for its matches from the clause of the sentence's first candidate
        /// on only: no match of it holds a clause end (<see cref="Pattern.MayConsumeClauseEnd"/>), so the matches from that
        /// clause on are the same, and one in an earlier clause keeps no candidate (<see cref="InSentence"/>): no role of it
        /// spans a candidate, and a candidate that is the explicit subject of the match's clause or of one before it that
        /// its subject is carried from is named in that clause, not before the first candidate.
        /// </summary>
        public bool[] TrialFromClause => _trialFromClause ??= [.. Patterns.Select(p => !p.MayConsumeClauseEnd)];

        private bool[]? _trialFromClause;

        private PatternIndex? _index;
    }

    /// <summary>
    /// The matches in the sentence of the patterns of <paramref name="group"/>, in file order: only the patterns whose
    /// first and required atoms the sentence's elements may hold are tried (<see cref="PatternIndex"/>).
    /// </summary>
    /// <remarks>
    /// With <paramref name="boundedLastStart"/> (the trial's), a pattern of the group whose relations take endpoints from
    /// its roles only (<see cref="PatternGroup.SpanOnly"/>) is tried at starts up to that element, the same matches up to
    /// there: a match that starts after it holds none of the elements before it; one whose roles hold no firm
    /// (<see cref="PatternGroup.TrialIdle"/>) is not tried. A pattern none of whose matches holds a clause end
    /// (<see cref="PatternGroup.TrialFromClause"/>) is tried from <paramref name="boundedFirstStart"/> (the first element
    /// of the first candidate's clause) on, and, when bounded, its required atom and requirements are looked for up to the
    /// end of the last start's clause only: the same matches there.
    /// </remarks>
    private static void FindAll(AnnotatedSentence sentence, PatternGroup group, List<PatternHit> hits, int boundedLastStart = int.MaxValue,
        int boundedFirstStart = 0)
    {
        var trial = boundedLastStart < int.MaxValue;
        var clauseEnd = trial ? ClauseEndAfter(sentence, Math.Max(0, boundedLastStart)) : int.MaxValue;
        var index = group.Index;
        Span<ulong> candidates = stackalloc ulong[index.Words];
        var size = 2 * sentence.Elements.Length;
        if (_perElement is null || _perElement.Length < size)
        {
            _perElement = new int[Math.Max(size, 1024)];
        }

        var perElement = _perElement.AsSpan(0, size);
        index.Candidates(sentence, candidates, perElement);
        for (var w = 0; w < candidates.Length; w++)
        {
            for (var bits = candidates[w]; bits != 0; bits &= bits - 1)
            {
                var number = 64 * w + BitOperations.TrailingZeroCount(bits);
                if (trial && group.TrialIdle[number])
                {
                    continue;
                }

                var lastStart = trial && group.SpanOnly[number] ? boundedLastStart : int.MaxValue;
                var inClauses = trial && group.TrialFromClause[number];
                var firstStart = inClauses ? boundedFirstStart : 0;
                var lastHeld = inClauses && lastStart < int.MaxValue ? clauseEnd : int.MaxValue;
                PatternMatcher.FindAll(group.Patterns[number], number, index, perElement, sentence, hits, lastStart, firstStart, lastHeld);
            }
        }
    }

    /// <summary>Where the index's filter bits of each element of the sentence being matched are, reused from sentence to sentence (one array per thread).</summary>
    [ThreadStatic]
    private static int[]? _perElement;

    /// <summary>A pattern that names firms and needs no clause subject: it runs in the naming pass, before the subjects.</summary>
    private static bool IsNaming(Pattern pattern) =>
        pattern.Emits.Any(e => e.Kind == EmitKind.Entity && e.Type == nameof(NodeLabel.Enterprise))
        && !pattern.Emits.Any(e => e.Arguments.Any(a => a.Choices.Any(c => c is EmitArgument.Subject or EmitArgument.Firm or EmitArgument.Topic)));

    /// <summary>Runs the naming patterns over the sentences; true when they added a mention (the sentences must be read again).</summary>
    private bool RunNaming(ArticleScope scope, AnnotatedSentence[] sentences, List<PatternHit> hits, out bool propagated)
    {
        propagated = false;
        var before = Covered(scope, sentences.Length);
        var any = false;
        foreach (var sentence in sentences)
        {
            hits.Clear();
            FindAll(sentence, Naming, hits);

            foreach (var hit in hits)
            {
                any = true;
                Emit(scope, hit);
            }
        }

        if (any)
        {
            propagated = NameElsewhere(scope, sentences);
        }

        return any && Covered(scope, sentences.Length) != before;
    }

    /// <summary>How many mentions and characters of mentions the sentences hold: a mention that replaced the ones inside it changes it.</summary>
    private static int Covered(ArticleScope scope, int sentences)
    {
        var covered = 0;
        for (var i = 0; i < sentences; i++)
        {
            var mentions = scope.MentionsIn(i);
            for (var m = 0; m < mentions.Count; m++)
            {
                covered += 1 + mentions[m].End - mentions[m].Start;
            }
        }

        return covered;
    }

    /// <summary>
    /// The trial of the short-name candidates (<see cref="SlotFirms"/>): each is made a firm, the article is read again
    /// and every relation pattern is run without making anything; a candidate an endpoint of some match stands for is
    /// kept (every mention of it), the others go and what they covered comes back. True when one was kept.
    /// </summary>
    private bool NameSlotFirms(ArticleScope scope, AnnotatedSentence[] sentences, List<PatternHit> hits)
    {
        // Only the sentences a candidate is tried in change: their mentions before the trial, to put back after it.
        var before = new List<(int Sentence, Mention[] Mentions)>();
        var candidates = new List<(int Sentence, Mention Mention, bool OverPlace)>();
        var found = new List<(int Start, int End, bool OverPlace)>();
        foreach (var sentence in sentences)
        {
            found.Clear();
            slotFirms!.Find(sentence, found);
            foreach (var (start, end, overPlace) in found)
            {
                if (before.Count == 0 || before[^1].Sentence != sentence.Index)
                {
                    before.Add((sentence.Index, scope.Snapshot(sentence.Index)));
                }

                var name = sentence.Text[start..end];
                var mention = new Mention(NodeLabel.Enterprise, scope.Companies.Resolve(name) ?? name, name, sentence.Context, start, end, SlotFirms.Rule, 0.7);
                if (overPlace ? scope.TryAddOver(sentence.Index, mention, NodeLabel.District) : scope.TryAdd(sentence.Index, mention))
                {
                    candidates.Add((sentence.Index, mention, overPlace));
                }
            }
        }

        if (candidates.Count == 0)
        {
            return false;
        }

        var trial = annotator.Annotate(scope, sentences);
        var waiting = candidates.Select(c => c.Mention.Entity).ToHashSet();
        // A candidate is kept only by a match in a sentence that writes it (InSentence): the others need no trial.
        var tried = Array.FindAll(trial, s => HoldsAny(s.Mentions, waiting));
        // Matching reads no clause facts, so the matches come first; most trials find none, or none whose relation asks
        // for a clause's subject, topic, zone or cluster, and then the subjects pass is not run at all.
        hits.Clear();
        var lastAsking = -1;
        foreach (var sentence in tried)
        {
            var first = hits.Count;
            FindAll(sentence, Relating, hits, LastHolding(sentence, waiting), ClauseOfFirstHolding(sentence, waiting));
            for (var h = first; h < hits.Count; h++)
            {
                if (AsksClauseFacts(hits[h].Pattern))
                {
                    lastAsking = sentence.Index;
                }
            }
        }

        // The subjects of a sentence depend on the sentences before it (and a quotation's speaker on the one after it):
        // those after the last sentence whose matches ask for them and the one after it are not needed.
        if (lastAsking >= 0)
        {
            subjects.Run(new ArraySegment<AnnotatedSentence>(trial, 0, Math.Min(trial.Length, lastAsking + 2)), quoteCompanies(scope), scope.Focus());
        }

        var kept = new HashSet<EntityKey>();
        var none = new Dictionary<string, List<EntityKey>>(StringComparer.Ordinal);
        foreach (var hit in hits)
        {
            foreach (var emit in hit.Pattern.Emits.Where(e => e.Kind == EmitKind.Relation))
            {
                var from = Endpoints(scope, hit, emit, emit.Arguments[0], none, null);
                var to = Endpoints(scope, hit, emit, emit.Arguments[1], none, null);
                if ((from.Count > 0 || Made(hit, emit.Arguments[0])) && (to.Count > 0 || Made(hit, emit.Arguments[1]))
                    && !(from.Count == 1 && to.Count == 1 && from[0] == to[0]))
                {
                    kept.UnionWith(from.Concat(to).Where(e => waiting.Contains(e) && InSentence(hit, emit, e)));
                }
            }
        }

        foreach (var (index, mentions) in before)
        {
            scope.Restore(index, mentions);
        }

        foreach (var (index, mention, overPlace) in candidates.Where(c => kept.Contains(c.Mention.Entity)))
        {
            _ = overPlace ? scope.TryAddOver(index, mention, NodeLabel.District) : scope.TryAdd(index, mention);
        }

        return kept.Count > 0;
    }

    /// <summary>
    /// A relation of the pattern takes an endpoint from the clause's facts (SUBJ, FIRM, TOPIC, ZONE, CLUSTER), which the
    /// subjects pass fills: the trial's matches of other patterns are judged without it. (AREA reads the title, which the
    /// trial does not pass.)
    /// </summary>
    private static bool AsksClauseFacts(Pattern pattern)
    {
        foreach (var emit in pattern.Emits)
        {
            if (emit.Kind != EmitKind.Relation)
            {
                continue;
            }

            foreach (var argument in emit.Arguments)
            {
                foreach (var choice in argument.Choices)
                {
                    if (choice is EmitArgument.Subject or EmitArgument.Firm or EmitArgument.Topic or EmitArgument.Zone or EmitArgument.Cluster or EmitArgument.Host)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The first element of the clause that holds the sentence's first element naming one of <paramref name="entities"/>
    /// (the element after the clause end before it; 0 when none is before it or none names one).
    /// </summary>
    private static int ClauseOfFirstHolding(AnnotatedSentence sentence, HashSet<EntityKey> entities)
    {
        var first = 0;
        for (var i = 0; i < sentence.Elements.Length; i++)
        {
            if (sentence.EntityOf(i) is { } entity && entities.Contains(entity))
            {
                return first;
            }

            if (sentence.IsClauseBoundary(i))
            {
                first = i + 1;
            }
        }

        return 0;
    }

    /// <summary>The clause end at or after element <paramref name="at"/> (the last element when none is).</summary>
    private static int ClauseEndAfter(AnnotatedSentence sentence, int at)
    {
        while (at < sentence.Elements.Length - 1 && !sentence.IsClauseBoundary(at))
        {
            at++;
        }

        return at;
    }

    /// <summary>The last element of the sentence that names one of <paramref name="entities"/>, or -1.</summary>
    private static int LastHolding(AnnotatedSentence sentence, HashSet<EntityKey> entities)
    {
        for (var i = sentence.Elements.Length - 1; i >= 0; i--)
        {
            if (sentence.EntityOf(i) is { } entity && entities.Contains(entity))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>One of the mentions names one of <paramref name="entities"/> (a loop: one call per sentence of the article).</summary>
    private static bool HoldsAny(IReadOnlyList<Mention> mentions, HashSet<EntityKey> entities)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            if (entities.Contains(mentions[m].Entity))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The entity fills a role of the match, or is the subject the match's clause opens with: a candidate the text
    /// around the match names, not one a reference or an earlier sentence stands for (公司负责人, carried topics).
    /// </summary>
    private static bool InSentence(PatternHit hit, PatternEmit emit, EntityKey entity)
    {
        var sentence = hit.Sentence;
        var clause = sentence.ClauseOf[hit.Start];
        foreach (var choice in emit.Arguments.SelectMany(a => a.Choices))
        {
            if (choice is EmitArgument.Subject or EmitArgument.Firm)
            {
                if (OpensClauseBefore(sentence, clause, entity))
                {
                    return true;
                }
            }
            else if (hit.Span(choice) is { } span)
            {
                for (var i = span.Start; i < span.End; i++)
                {
                    if (sentence.EntityOf(i) == entity)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>
    /// The entity is the explicit subject of the clause, or of a clause before it in the sentence that it is carried from
    /// (X公告称，拟投资…; X采购部负责人透露，今年从Y采购…) or that a reference of the clause stands for (X表示，公司…已获得Y的订单)
    /// and opens (not 园区则|主攻新能源汽车…，目前已集聚…): not a subject carried from an earlier sentence.
    /// </summary>
    private static bool OpensClauseBefore(AnnotatedSentence sentence, int clause, EntityKey entity)
    {
        for (var c = clause; c >= 0 && sentence.ClauseSubjects[c] is { } subject && subject.Entity == entity; c--)
        {
            if (subject.How == "explicit")
            {
                return c == clause || sentence.EntityOf(Array.IndexOf(sentence.ClauseOf, c)) == entity;
            }

            if (subject.How is not ("carried" or "reference"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The argument names a role an ENTITY output of the pattern makes (the person of X董事长{p:PERSON}), and the match filled it.</summary>
    private static bool Made(PatternHit hit, EmitArgument argument) =>
        argument.Choices.Any(c => hit.Pattern.Emits.Any(e => e.Kind == EmitKind.Entity && e.Arguments[0].Choices[0] == c)
            && hit.Span(c) is { } span && span.End > span.Start);

    /// <summary>
    /// A firm a slot named (世界500强企业X, 由X承建) is that firm wherever else the article writes it as whole words
    /// (X此前已在…投资): names of three characters or more, not inside another mention.
    /// </summary>
    private bool NameElsewhere(ArticleScope scope, AnnotatedSentence[] sentences)
    {
        var added = false;
        var naming = patterns.Patterns.Where(IsNaming).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var named = scope.AllMentions.Where(m => m.Label == NodeLabel.Enterprise && naming.Contains(m.Rule) && m.Surface.Length >= 3)
            .DistinctBy(m => m.Surface).ToList();
        foreach (var firm in named)
        {
            foreach (var sentence in sentences)
            {
                var text = sentence.Text;
                for (var at = text.IndexOf(firm.Surface, StringComparison.Ordinal); at >= 0; at = text.IndexOf(firm.Surface, at + 1, StringComparison.Ordinal))
                {
                    var end = at + firm.Surface.Length;
                    if (sentence.Elements.Any(e => e.Start == at) && sentence.Elements.Any(e => e.End == end))
                    {
                        added |= scope.TryAdd(sentence.Index, firm with { Context = sentence.Context, Start = at, End = end, Confidence = firm.Confidence * 0.9 });
                    }
                }
            }
        }

        return added;
    }

    public static IReadOnlyList<PatternHit> Matches(PatternSet patterns, AnnotatedSentence sentence)
    {
        var hits = new List<PatternHit>();
        foreach (var pattern in patterns.Patterns)
        {
            PatternMatcher.FindAll(pattern, sentence, hits);
        }

        return hits;
    }

    private void Emit(ArticleScope scope, PatternHit hit)
    {
        var made = new Dictionary<string, List<EntityKey>>(StringComparer.Ordinal);
        foreach (var emit in hit.Pattern.Emits.Where(e => e.Kind == EmitKind.Entity))
        {
            EmitEntity(scope, hit, emit, made);
        }

        foreach (var emit in hit.Pattern.Emits)
        {
            switch (emit.Kind)
            {
                case EmitKind.Relation:
                    EmitRelation(scope, hit, emit, made);
                    break;
                case EmitKind.Event when events is not null:
                    events.Emit(scope, hit, emit);
                    break;
                case EmitKind.Event:
                    scope.Drop(emit.Type, "no event stage to take the event", hit.Pattern.Name, hit.Sentence.Context);
                    break;
            }
        }
    }

    private void EmitEntity(ArticleScope scope, PatternHit hit, PatternEmit emit, Dictionary<string, List<EntityKey>> made)
    {
        var role = emit.Arguments[0].Choices[0];
        if (hit.Span(role) is not { } span || span.End <= span.Start)
        {
            return;
        }

        var sentence = hit.Sentence;
        var label = Enum.Parse<NodeLabel>(emit.Type);
        var elements = sentence.Elements;
        var keys = new List<EntityKey>();
        made[role] = keys;
        // A span of names (PERSONS, ENTS) gives one entity per name; a span of words (TOKEN+) is one name, and so is
        // a firm or a place joined to words with nothing between (ENT 摩斯系统: a unit of the firm; 蓝思 PLACE: brand + place).
        if (OneNameWithWords(elements, span.Start, span.End) is { } inner)
        {
            Add(scope, hit, emit, label, elements[span.Start].Start, elements[span.End - 1].End, keys, inner);
            return;
        }

        var named = false;
        for (var i = span.Start; i < span.End; i++)
        {
            if (elements[i].Kind is ElementKind.Word or ElementKind.Punct or ElementKind.Title or ElementKind.Amount or ElementKind.Percent)
            {
                continue;
            }

            named = true;
            if (sentence.EntityOf(i) is { } known && known.Label == label && elements[i].Mention >= 0)
            {
                keys.Add(known);
                continue;
            }

            Add(scope, hit, emit, label, elements[i].Start, elements[i].End, keys);
        }

        if (!named)
        {
            var (start, end) = (elements[span.Start].Start, elements[span.End - 1].End);
            // A person known only from a pattern's slot (方某|是X的总经理) must read as a name.
            if (label == NodeLabel.Official && !annotator.ReadsAsName(sentence.Text.AsSpan(start, end - start)))
            {
                scope.Drop(sentence.Text[start..end], "does not read as a person's name", hit.Pattern.Name, sentence.Context);
                return;
            }

            Add(scope, hit, emit, label, start, end, keys);
        }
    }

    /// <summary>
    /// The label of the one firm or place of a span that holds it and content words only (no punctuation, conjunction or
    /// second name), else null.
    /// </summary>
    private static NodeLabel? OneNameWithWords(Element[] elements, int start, int end)
    {
        var names = 0;
        var words = 0;
        NodeLabel? inner = null;
        for (var i = start; i < end; i++)
        {
            switch (elements[i].Kind)
            {
                case ElementKind.Ent or ElementKind.Place:
                    names++;
                    inner = elements[i].Kind == ElementKind.Ent ? NodeLabel.Enterprise : NodeLabel.District;
                    break;
                case ElementKind.Word when elements[i].Tag is not ("c" or "p" or "u" or "uj" or "ul" or "r" or "m" or "v"):
                    words++;
                    break;
                default:
                    return null;
            }
        }

        return names == 1 && words > 0 ? inner : null;
    }

    private static void Add(ArticleScope scope, PatternHit hit, PatternEmit emit, NodeLabel label, int start, int end, List<EntityKey> keys,
        NodeLabel? covered = null)
    {
        var sentence = hit.Sentence;
        var name = sentence.Text[start..end];
        var key = label == NodeLabel.Enterprise ? scope.Companies.Resolve(name) ?? name : name;
        var mention = new Mention(label, key, name, sentence.Context, start, end, hit.Pattern.Name, emit.Confidence)
        {
            Attributes = Attributes(hit, emit),
        };
        var added = covered is { } inside ? scope.TryAddOver(sentence.Index, mention, inside) : scope.TryAdd(sentence.Index, mention);
        if (added || scope.MentionsIn(sentence.Index).Any(m => m.Entity == mention.Entity))
        {
            keys.Add(mention.Entity);
        }
        else
        {
            scope.Drop(name, "overlaps a mention found before", hit.Pattern.Name, sentence.Context);
        }
    }

    private void EmitRelation(ArticleScope scope, PatternHit hit, PatternEmit emit, Dictionary<string, List<EntityKey>> made)
    {
        var attributes = Attributes(hit, emit);
        var from = Endpoints(scope, hit, emit, emit.Arguments[0], made, attributes.GetValueOrDefault("title"));
        var to = Endpoints(scope, hit, emit, emit.Arguments[1], made, attributes.GetValueOrDefault("title"));
        // An entity on both sides (客户有B和C read with B as the clause's subject): the match was misread, not B > C.
        if (from.Count == 0 || to.Count == 0 || from.Any(to.Contains))
        {
            return;
        }

        var type = Enum.Parse<RelationType>(emit.Type);
        // Y（X持股30%）, 收购Y 20%的股权: a stake of half or less makes no parent.
        if (type == RelationType.SUBSIDIARY_OF && attributes.GetValueOrDefault("share") is { } stake && MinorityStake(stake))
        {
            return;
        }

        var sentence = hit.Sentence;
        var start = sentence.Elements[hit.Start].Start;
        var end = sentence.Elements[hit.End - 1].End;
        foreach (var f in from)
        {
            foreach (var t in to.Where(t => t != f))
            {
                if (emit.ByProduct && ((attributes.GetValueOrDefault("product") is { Length: >= 2 } product
                    && NamesProduct(t.Name, product) && !NamesProduct(f.Name, product))
                    || (assemblerTrades is not null && IsAssembler(f.Name) && !IsAssembler(t.Name))))
                {
                    // B与A签订了座椅采购合同 where A is 某某座椅: the firm whose name is the product's trade is the supplier; in
                    // B与A续签了供货协议 where B is 某某汽车 and A is no assembler, B is the customer (assembler-trades.txt)
                    // (only for a pattern whose statement has no direction of its own: `by-product`).
                    scope.Relations.Add(new RelationCandidate(type, t, f, attributes, sentence.Context, start, end, hit.Pattern.Name, emit.Confidence));
                    continue;
                }

                if (type != RelationType.HOLDS_POSITION)
                {
                    scope.Relations.Add(new RelationCandidate(type, f, t, attributes, sentence.Context, start, end, hit.Pattern.Name, emit.Confidence));
                    continue;
                }

                foreach (var (holder, title) in offices.Split(scope, t, attributes.GetValueOrDefault("title"), sentence.Index))
                {
                    var titled = title is null ? attributes : attributes.SetItem("title", title);
                    scope.Relations.Add(new RelationCandidate(type, f, holder, titled, sentence.Context, start, end, hit.Pattern.Name, emit.Confidence));
                }
            }
        }
    }

    /// <summary>
    /// What a clause's subject or topic stands for may be an end of the emitted relation: SUPPLIES is trade between firms, so a
    /// body or a place the clause is about (a government body as subject, or the body whose official speaks: X商务局局长说，…)
    /// is none of its ends. A role the match names is not asked (采购方为临江市人民医院 stays the pattern's business); a person
    /// read as the subject is left to assembly, which keeps no person's SUPPLIES.
    /// </summary>
    private static bool Trades(PatternEmit emit, EntityKey entity) =>
        emit.Type != nameof(RelationType.SUPPLIES) || entity.Label is not (NodeLabel.Organization or NodeLabel.District);

    /// <summary>The entities an argument stands for: the first choice that gives any (a role's mentions, or the clause subject).</summary>
    private List<EntityKey> Endpoints(ArticleScope scope, PatternHit hit, PatternEmit emit, EmitArgument argument, Dictionary<string, List<EntityKey>> made, string? title)
    {
        var result = new List<EntityKey>();
        for (var c = 0; c < argument.Choices.Length; c++)
        {
            var choice = argument.Choices[c];
            if (choice is EmitArgument.Subject or EmitArgument.Firm)
            {
                var clause = hit.Sentence.ClauseOf[hit.Start];
                if (hit.Sentence.ClauseSubjects[clause] is { } subject && (choice == EmitArgument.Subject || IsFirmOfSentence(hit.Sentence, clause))
                    // 客户有B和C (s|SUBJ|TOPIC): a subject the match itself holds is one of its other roles; the next choice is asked.
                    && !(c + 1 < argument.Choices.Length && InMatch(hit, subject.Entity)))
                {
                    if (!Trades(emit, subject.Entity))
                    {
                        // X商务局局长说，园区企业的钢材采购自A: a clause about a body (or its official) states no firm's trade,
                        // and no later choice (TOPIC) stands in for it.
                        return [];
                    }

                    result.Add(subject.Entity);
                }
            }
            else if (choice == EmitArgument.Area)
            {
                if (title is not null && offices.AreaOf(scope, title) is { } area)
                {
                    result.Add(area);
                }
            }
            else if (choice == EmitArgument.Zone)
            {
                if (hit.Sentence.ClauseZones[hit.Sentence.ClauseOf[hit.Start]] is { } zone)
                {
                    result.Add(zone);
                }
            }
            else if (choice == EmitArgument.Cluster)
            {
                if (hit.Sentence.ClauseClusters[hit.Sentence.ClauseOf[hit.Start]] is { } cluster)
                {
                    result.Add(cluster);
                }
            }
            else if (choice == EmitArgument.Host)
            {
                if (hit.Sentence.ClauseHosts[hit.Sentence.ClauseOf[hit.Start]] is { } host)
                {
                    result.Add(host);
                }
            }
            else if (choice == EmitArgument.Topic)
            {
                if (hit.Sentence.ClauseTopics[hit.Sentence.ClauseOf[hit.Start]] is { } topic && Trades(emit, topic))
                {
                    result.Add(topic);
                }
            }
            else if (made.TryGetValue(choice, out var keys))
            {
                result.AddRange(keys);
            }
            else if (hit.Span(choice) is { } span)
            {
                for (var i = span.Start; i < span.End; i++)
                {
                    // 江苏的A、浙江的B: the place before a firm of the role is the firm's, not an endpoint.
                    if (hit.Sentence.EntityOf(i) is { } entity && !result.Contains(entity) && patterns.FirmPlaces?.QualifiesFirm(hit.Sentence, i, span.End) != true)
                    {
                        result.Add(entity);
                    }
                }
            }

            if (result.Count > 0)
            {
                break;
            }
        }

        return result;
    }

    /// <summary>
    /// The firm's name holds the product's head: its last two characters (某某座椅: 座椅, 汽车座椅), or the product without a
    /// generic last character (某某包装: 包装物) — not a modifier (机床辅件 is no product of 某某机床).
    /// </summary>
    /// <summary>The last trade word of the firm's name (of its full name's trade words, else the name's end) is an assembler's (汽车, 重工).</summary>
    private bool IsAssembler(string name)
    {
        if (assemblerTrades is null)
        {
            return false;
        }

        if (lexicons is not null && CompanyName.Parse(name, lexicons) is { TradeWords: [.., var last] })
        {
            return assemblerTrades.Contains(last);
        }

        var length = assemblerTrades.LongestEndingAt(name, name.Length);
        return length > 0 && length < name.Length;
    }

    private static bool NamesProduct(string name, string product) =>
        name.Contains(product.AsSpan(product.Length - 2), StringComparison.Ordinal)
        || (product.Length == 3 && product[2] is '物' or '件' or '品' && name.Contains(product.AsSpan(0, 2), StringComparison.Ordinal));

    /// <summary>A stated share (<c>30%</c>, <c>50%</c>, <c>5成</c> is not read) of half or less.</summary>
    private static bool MinorityStake(string share) =>
        share.TrimEnd('%', '％') is var number && number.Length < share.Length
        && double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent <= 50;

    private static bool InMatch(PatternHit hit, EntityKey entity)
    {
        for (var i = hit.Start; i < hit.End; i++)
        {
            if (hit.Sentence.EntityOf(i) == entity)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The clause's subject is a firm the sentence names or refers to (公司, 该企业, the speaker's), not one carried
    /// from an earlier sentence: what FIRM stands for.
    /// </summary>
    private static bool IsFirmOfSentence(AnnotatedSentence sentence, int clause)
    {
        if (sentence.ClauseSubjects[clause]?.Entity.Label != NodeLabel.Enterprise)
        {
            return false;
        }

        while (clause > 0 && sentence.ClauseSubjects[clause]?.How == "carried")
        {
            clause--;
        }

        return sentence.ClauseSubjects[clause]?.How is not ("carried" or "focus" or null);
    }

    private static ImmutableSortedDictionary<string, string> Attributes(PatternHit hit, PatternEmit emit)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in emit.Attributes)
        {
            var text = value.Literal ?? value.Choices.Select(hit.TextOf).FirstOrDefault(t => t is not null);
            if (!string.IsNullOrWhiteSpace(text))
            {
                builder[key] = text;
            }
        }

        return builder.ToImmutable();
    }
}
