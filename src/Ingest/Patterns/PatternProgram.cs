using System.Collections.Immutable;

namespace Graph.Ingest.Patterns;

/// <summary>The instructions of a compiled pattern: a small backtracking machine over elements (as a regex engine over characters).</summary>
public enum Op : byte
{
    /// <summary>Consume what <see cref="Instruction.Atom"/> matches, or fail.</summary>
    Atom,

    /// <summary>Try <see cref="Instruction.X"/>; on failure come back and try <see cref="Instruction.Y"/>.</summary>
    Split,

    Jump,

    /// <summary>Record the position in capture slot <see cref="Instruction.X"/>.</summary>
    Save,

    ClauseStart,
    ClauseEnd,
    Match,
}

public readonly record struct Instruction(Op Op, int X = 0, int Y = 0, Atom? Atom = null);

/// <summary>A pattern's syntax tree, as parsed; compiled once into <see cref="Instruction"/>s.</summary>
public abstract record PatternNode
{
    /// <summary>Whether the node can match without consuming an element (a loop over such a node is refused).</summary>
    public abstract bool CanBeEmpty { get; }
}

public sealed record AtomNode(Atom Atom) : PatternNode
{
    public override bool CanBeEmpty => false;
}

public sealed record SequenceNode(IReadOnlyList<PatternNode> Items) : PatternNode
{
    public override bool CanBeEmpty => Items.All(i => i.CanBeEmpty);
}

public sealed record AlternativeNode(IReadOnlyList<PatternNode> Options) : PatternNode
{
    public override bool CanBeEmpty => Options.Any(o => o.CanBeEmpty);
}

/// <summary>Min..Max repetitions (Max -1: unbounded); greedy, or lazy for gaps.</summary>
public sealed record RepeatNode(PatternNode Body, int Min, int Max, bool Lazy) : PatternNode
{
    public override bool CanBeEmpty => Min == 0 || Body.CanBeEmpty;
}

public sealed record CaptureNode(int Role, PatternNode Body) : PatternNode
{
    public override bool CanBeEmpty => Body.CanBeEmpty;
}

public sealed record AnchorNode(bool Start) : PatternNode
{
    public override bool CanBeEmpty => true;
}

/// <summary>Compiles a syntax tree into instructions, once per pattern.</summary>
public static class PatternCompiler
{
    public static Instruction[] Compile(PatternNode node)
    {
        var program = new List<Instruction>();
        Emit(node, program);
        program.Add(new Instruction(Op.Match));
        return [.. program];
    }

    /// <summary>
    /// What every match must hold, one requirement per mandatory part of the sequence: the atoms of which at least one
    /// matches somewhere in the match (an atom; the atoms that open or must occur in each option of an alternative,
    /// 入股|参股). Atoms that admit nearly every element (ANY, !x) make no requirement.
    /// </summary>
    public static ImmutableArray<ImmutableArray<Atom>> Requirements(PatternNode node)
    {
        var requirements = ImmutableArray.CreateBuilder<ImmutableArray<Atom>>();
        AddRequirements(node, requirements);
        return requirements.ToImmutable();
    }

    private static void AddRequirements(PatternNode node, ImmutableArray<ImmutableArray<Atom>>.Builder requirements)
    {
        switch (node)
        {
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    AddRequirements(item, requirements);
                }

                break;
            case CaptureNode capture:
                AddRequirements(capture.Body, requirements);
                break;
            case RepeatNode { Min: > 0 } repeat:
                AddRequirements(repeat.Body, requirements);
                break;
            case AtomNode or AlternativeNode when OneOf(node) is { } atoms:
                requirements.Add(atoms);
                break;
        }
    }

    /// <summary>Atoms one of which any match of <paramref name="node"/> holds, or null when there are none to tell it by.</summary>
    private static ImmutableArray<Atom>? OneOf(PatternNode node)
    {
        switch (node)
        {
            case AtomNode { Atom: NotAtom or KindAtom { Kinds: KindAtom.AnyKind } }:
                return null;
            case AtomNode atom:
                return [atom.Atom];
            case CaptureNode capture:
                return OneOf(capture.Body);
            case RepeatNode { Min: > 0 } repeat:
                return OneOf(repeat.Body);
            case SequenceNode sequence:
                // The most telling of its mandatory parts: a literal or a lexicon before a kind.
                ImmutableArray<Atom>? best = null;
                foreach (var item in sequence.Items)
                {
                    if (OneOf(item) is { } atoms && (best is null || Rank(atoms) < Rank(best.Value)))
                    {
                        best = atoms;
                    }
                }

                return best;
            case AlternativeNode alternative:
                var union = ImmutableArray.CreateBuilder<Atom>();
                foreach (var option in alternative.Options)
                {
                    if (OneOf(option) is not { } atoms)
                    {
                        return null;
                    }

                    foreach (var atom in atoms)
                    {
                        if (!union.Contains(atom))
                        {
                            union.Add(atom);
                        }
                    }
                }

                return union.ToImmutable();
            default:
                return null;
        }
    }

    /// <summary>
    /// For each role (by number, <paramref name="roles"/> of them), the kinds of mention elements an atom inside its capture
    /// may consume, one bit per <see cref="Annotation.ElementKind"/>: a literal, a lexicon word, a POS tag or a product noun
    /// takes free words only (none), a kind or a list its kinds, ANY and a negation every kind. An element of a kind its role
    /// does not take is never inside that role's span.
    /// </summary>
    public static uint[] RoleMentionKinds(PatternNode node, int roles)
    {
        var kinds = new uint[roles];
        AddRoleMentionKinds(node, kinds, ImmutableStack<int>.Empty);
        return kinds;
    }

    private static void AddRoleMentionKinds(PatternNode node, uint[] kinds, ImmutableStack<int> open)
    {
        switch (node)
        {
            case AtomNode atom:
                var taken = MentionKindsOf(atom.Atom);
                foreach (var role in open)
                {
                    kinds[role] |= taken;
                }

                break;
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    AddRoleMentionKinds(item, kinds, open);
                }

                break;
            case AlternativeNode alternative:
                foreach (var option in alternative.Options)
                {
                    AddRoleMentionKinds(option, kinds, open);
                }

                break;
            case RepeatNode repeat:
                AddRoleMentionKinds(repeat.Body, kinds, open);
                break;
            case CaptureNode capture:
                AddRoleMentionKinds(capture.Body, kinds, open.Push(capture.Role));
                break;
            case AnchorNode:
                break;
            default:
                throw new InvalidOperationException($"unknown pattern node {node.GetType().Name}");
        }
    }

    /// <summary>The kinds of mention elements (<see cref="Annotation.Element.IsFree"/> false) the atom may match.</summary>
    private static uint MentionKindsOf(Atom atom) => atom switch
    {
        LiteralAtom or LexiconAtom or PosAtom or NounAtom => 0,
        KindAtom kind => kind.Kinds,
        ListAtom list => list.Kinds | (list.Placed ? 1u << (int)Annotation.ElementKind.Place : 0),
        _ => KindAtom.AnyKind,
    };

    /// <summary>0 when every atom is a literal or a lexicon word (rare in a sentence), else 1.</summary>
    internal static int Rank(ImmutableArray<Atom> atoms) => atoms.All(a => a is LiteralAtom or LexiconAtom) ? 0 : 1;

    private static void Emit(PatternNode node, List<Instruction> program)
    {
        switch (node)
        {
            case AtomNode atom:
                program.Add(new Instruction(Op.Atom, Atom: atom.Atom));
                break;
            case SequenceNode sequence:
                foreach (var item in sequence.Items)
                {
                    Emit(item, program);
                }

                break;
            case AnchorNode anchor:
                program.Add(new Instruction(anchor.Start ? Op.ClauseStart : Op.ClauseEnd));
                break;
            case CaptureNode capture:
                program.Add(new Instruction(Op.Save, 2 * capture.Role));
                Emit(capture.Body, program);
                program.Add(new Instruction(Op.Save, 2 * capture.Role + 1));
                break;
            case AlternativeNode alternative:
                EmitAlternatives(alternative.Options, 0, program);
                break;
            case RepeatNode repeat:
                EmitRepeat(repeat, program);
                break;
            default:
                throw new InvalidOperationException($"unknown pattern node {node.GetType().Name}");
        }
    }

    private static void EmitAlternatives(IReadOnlyList<PatternNode> options, int index, List<Instruction> program)
    {
        if (index == options.Count - 1)
        {
            Emit(options[index], program);
            return;
        }

        var split = program.Count;
        program.Add(default);
        Emit(options[index], program);
        var jump = program.Count;
        program.Add(default);
        program[split] = new Instruction(Op.Split, split + 1, program.Count);
        EmitAlternatives(options, index + 1, program);
        program[jump] = new Instruction(Op.Jump, program.Count);
    }

    private static void EmitRepeat(RepeatNode repeat, List<Instruction> program)
    {
        for (var i = 0; i < repeat.Min; i++)
        {
            Emit(repeat.Body, program);
        }

        if (repeat.Max < 0)
        {
            // L: split body, out; body; jump L
            var loop = program.Count;
            program.Add(default);
            Emit(repeat.Body, program);
            program.Add(new Instruction(Op.Jump, loop));
            program[loop] = Split(loop + 1, program.Count, repeat.Lazy);
            return;
        }

        // Each optional copy: split body, out (all "out"s go to the end).
        var splits = new List<int>();
        for (var i = repeat.Min; i < repeat.Max; i++)
        {
            splits.Add(program.Count);
            program.Add(default);
            Emit(repeat.Body, program);
        }

        foreach (var at in splits)
        {
            program[at] = Split(at + 1, program.Count, repeat.Lazy);
        }
    }

    private static Instruction Split(int body, int exit, bool lazy) =>
        lazy ? new Instruction(Op.Split, exit, body) : new Instruction(Op.Split, body, exit);
}
