using Graph.Ingest.Annotation;

namespace Graph.Ingest.Patterns;

/// <summary>
/// Runs compiled patterns over an annotated sentence: a backtracking machine whose stack and capture slots are
/// reused from call to call (one scratch per thread), so matching allocates nothing per element; only a match
/// that succeeds is copied out as a <see cref="PatternHit"/>.
/// </summary>
public static class PatternMatcher
{
    /// <summary>Steps one attempt may take before it gives up (a guard against a pathological pattern).</summary>
    public const int StepLimit = 20_000;

    [ThreadStatic]
    private static Scratch? _scratch;

    private sealed class Scratch
    {
        public (int Pc, int Pos, int Slot, int Old)[] Stack = new (int, int, int, int)[64];
        public int[] Slots = new int[16];
    }

    /// <summary>Every leftmost, non-overlapping match of <paramref name="pattern"/> in the sentence, added to <paramref name="hits"/>.</summary>
    public static void FindAll(Pattern pattern, AnnotatedSentence sentence, List<PatternHit> hits)
    {
        if (!pattern.MayOccurIn(sentence))
        {
            return;
        }

        var last = pattern.LastStart(sentence, sentence.Elements.Length - 1);
        var (scratch, slotCount) = ScratchFor(pattern);
        for (var start = 0; start <= last;)
        {
            // Most starts fail on the first element: a memoised look at the atoms a match can begin with skips them.
            start = pattern.MayStartAt(sentence, start) ? MatchAt(pattern, sentence, start, scratch, slotCount, hits) : start + 1;
        }
    }

    /// <summary>
    /// As <see cref="FindAll(Pattern, AnnotatedSentence, List{PatternHit})"/> for pattern number <paramref name="number"/>
    /// of an indexed set, with the index's per-element filter bits (<see cref="PatternIndex.Candidates(AnnotatedSentence, Span{ulong}, Span{int})"/>):
    /// the required atom and the requirements are looked for, and a match tried, only at the elements their filters admit.
    /// Matches are tried at starts up to <paramref name="lastStart"/> only: the same matches up to there (each attempt
    /// starts where the one before ended, from the first element on), none after. Likewise from <paramref name="firstStart"/>
    /// on only: the caller knows that no match holds the element before it (a clause end no match of the pattern holds),
    /// so the attempts from the first element on reach it, and the matches from there are the same. With
    /// <paramref name="lastHeld"/>, the caller knows that no match starting at or before <paramref name="lastStart"/> holds
    /// an element after that one (the clause end after it, which no match of the pattern holds): the required atom and the
    /// requirements are looked for up to there only.
    /// </summary>
    public static void FindAll(Pattern pattern, int number, PatternIndex index, ReadOnlySpan<int> perElement, AnnotatedSentence sentence, List<PatternHit> hits,
        int lastStart = int.MaxValue, int firstStart = 0, int lastHeld = int.MaxValue)
    {
        var words = index.Words;
        var (word, bit) = (number >> 6, 1UL << (number & 63));
        var anywhere = pattern.FirstAtoms.Length == 0;
        var limit = Math.Min(sentence.Elements.Length - 1, lastStart);
        // The first element a match may start at, first: most candidate patterns have none (the index admits by first
        // character and kind), and then the required atom and the requirements are not looked for at all; else they are
        // looked for from the end down to it only (a place before the first start bounds no match).
        // A pattern that opens with ^ starts only at a clause's first element (the test its attempt would make first).
        var anchored = pattern.StartsAtClauseStart;
        var first = firstStart;
        while (!anywhere && first <= limit
            && !(index.Admits(perElement, first, word, bit) && (!anchored || OpensClause(sentence, first)) && pattern.FirstAtomMatchesAt(sentence, first)))
        {
            first++;
        }

        if (first > limit)
        {
            return;
        }

        var held = Math.Min(sentence.Elements.Length - 1, lastHeld);
        var last = held;
        if (pattern.Required is { } required)
        {
            // The last place the required atom holds: a match starts at or before it.
            while (last >= first && !(index.Admits(perElement, last, words + word, bit) && required.Match(sentence, last) >= 0))
            {
                last--;
            }
        }

        // Likewise each requirement: a match starts no later than the last place each holds.
        var firstRequirement = index.FirstRequirement(number);
        for (var r = 0; r < pattern.Requirements.Length && last >= first; r++)
        {
            var (at, q) = (held, firstRequirement + r);
            var (requirementWord, requirementBit) = (index.RequirementWord(q), 1UL << (q & 63));
            while (at >= first && !(index.Admits(perElement, at, requirementWord, requirementBit) && pattern.RequirementHolds(r, sentence, at)))
            {
                at--;
            }

            last = Math.Min(last, at);
        }

        last = Math.Min(last, limit);
        if (last < first)
        {
            return;
        }

        var (scratch, slotCount) = ScratchFor(pattern);
        // The first start is known to be one; the others are looked at as they come.
        for (var start = MatchAt(pattern, sentence, first, scratch, slotCount, hits); start <= last;)
        {
            var mayStart = (!anchored || OpensClause(sentence, start))
                && (anywhere || (index.Admits(perElement, start, word, bit) && pattern.FirstAtomMatchesAt(sentence, start)));
            start = mayStart ? MatchAt(pattern, sentence, start, scratch, slotCount, hits) : start + 1;
        }
    }

    /// <summary>Element <paramref name="pos"/> opens a clause: what <see cref="Op.ClauseStart"/> asks of a position.</summary>
    private static bool OpensClause(AnnotatedSentence sentence, int pos) => pos == 0 || sentence.IsClauseBoundary(pos - 1);

    /// <summary>This thread's scratch, with capture slots for every role of <paramref name="pattern"/>.</summary>
    private static (Scratch Scratch, int SlotCount) ScratchFor(Pattern pattern)
    {
        var scratch = _scratch ??= new Scratch();
        var slotCount = 2 * pattern.Roles.Length;
        if (scratch.Slots.Length < slotCount)
        {
            scratch.Slots = new int[slotCount * 2];
        }

        return (scratch, slotCount);
    }

    /// <summary>One attempt at <paramref name="start"/>: a match that the pattern does not reject is added; returns where the next attempt starts.</summary>
    private static int MatchAt(Pattern pattern, AnnotatedSentence sentence, int start, Scratch scratch, int slotCount, List<PatternHit> hits)
    {
        var end = Run(pattern.Program, sentence, start, scratch, slotCount);
        if (end < 0 || end == start)
        {
            return start + 1;
        }

        var slots = scratch.Slots.AsSpan(0, slotCount).ToArray();
        if (!pattern.Rejects(sentence, start, end))
        {
            hits.Add(new PatternHit(pattern, sentence, start, end, slots));
        }

        return end;
    }

    /// <summary>The end of a match starting at <paramref name="start"/>, or -1.</summary>
    private static int Run(Instruction[] program, AnnotatedSentence sentence, int start, Scratch scratch, int slotCount)
    {
        var slots = scratch.Slots;
        Array.Fill(slots, -1, 0, slotCount);
        var stack = scratch.Stack;
        var top = 0;
        var pc = 0;
        var pos = start;
        for (var steps = 0; steps < StepLimit; steps++)
        {
            var instruction = program[pc];
            var ok = true;
            switch (instruction.Op)
            {
                case Op.Match:
                    scratch.Stack = stack;
                    return pos;
                case Op.Atom:
                    var next = instruction.Atom!.Match(sentence, pos);
                    if (next < 0)
                    {
                        ok = false;
                    }
                    else
                    {
                        pos = next;
                        pc++;
                    }

                    break;
                case Op.Split:
                    Push(ref stack, ref top, (instruction.Y, pos, -1, 0));
                    pc = instruction.X;
                    break;
                case Op.Jump:
                    pc = instruction.X;
                    break;
                case Op.Save:
                    Push(ref stack, ref top, (0, 0, instruction.X, slots[instruction.X]));
                    slots[instruction.X] = pos;
                    pc++;
                    break;
                case Op.ClauseStart:
                    ok = pos == 0 || sentence.IsClauseBoundary(pos - 1);
                    pc++;
                    break;
                case Op.ClauseEnd:
                    ok = pos == sentence.Elements.Length || sentence.IsClauseBoundary(pos);
                    pc++;
                    break;
            }

            if (ok)
            {
                continue;
            }

            // Back to the last choice, undoing the captures recorded since.
            while (true)
            {
                if (top == 0)
                {
                    scratch.Stack = stack;
                    return -1;
                }

                var entry = stack[--top];
                if (entry.Slot >= 0)
                {
                    slots[entry.Slot] = entry.Old;
                    continue;
                }

                pc = entry.Pc;
                pos = entry.Pos;
                break;
            }
        }

        scratch.Stack = stack;
        return -1;
    }

    private static void Push(ref (int, int, int, int)[] stack, ref int top, (int, int, int, int) entry)
    {
        if (top == stack.Length)
        {
            Array.Resize(ref stack, stack.Length * 2);
        }

        stack[top++] = entry;
    }
}

/// <summary>One match of a pattern: where it is, and each role's element span (start, end; -1 when the role took no part).</summary>
public sealed record PatternHit(Pattern Pattern, AnnotatedSentence Sentence, int Start, int End, int[] Slots)
{
    /// <summary>Element span of <paramref name="role"/>, or null when it matched nothing.</summary>
    public (int Start, int End)? Span(string role)
    {
        var index = Pattern.RoleIndex(role);
        if (index < 0 || Slots[2 * index] < 0 || Slots[2 * index + 1] < 0)
        {
            return null;
        }

        return (Slots[2 * index], Slots[2 * index + 1]);
    }

    /// <summary>The text a role spans, or null.</summary>
    public string? TextOf(string role) => Span(role) is { } span && span.End > span.Start
        ? Sentence.Text[Sentence.Elements[span.Start].Start..Sentence.Elements[span.End - 1].End]
        : null;
}
