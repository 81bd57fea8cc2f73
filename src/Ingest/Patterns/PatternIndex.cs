using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Graph.Ingest.Annotation;

namespace Graph.Ingest.Patterns;

/// <summary>
/// The patterns of a set indexed by what their filters admit: for each element kind and each first character, the
/// patterns that may start there and those whose required atom may be there (one bit per pattern). A sentence's
/// candidates are the patterns with both a possible start and a possible required atom among its elements, found in
/// one pass over the elements instead of one scan per pattern. It only rules out what the patterns' own filters rule
/// out, so the matches are the same.
/// </summary>
public sealed class PatternIndex
{
    private const int KindCount = 32;

    private readonly ImmutableArray<Pattern> _patterns;
    private readonly AtomFilter?[] _starts;
    private readonly AtomFilter?[] _required;

    // Each pattern's requirements (Pattern.Requirements) numbered one after the other: pattern p's are
    // _firstRequirement[p] … _firstRequirement[p + 1] - 1.
    private readonly AtomFilter[] _requirements;
    private readonly int[] _firstRequirement;

    // Per kind and per character: the start bits (words 0..Words-1), the required bits (Words..2*Words-1), then one bit
    // per requirement (2*Words…Stride-1).
    private readonly ulong[][] _byKind = new ulong[KindCount][];
    // Per kind: its bits and those of _always together, an element's bits before its first character is looked at; all
    // the kinds one after the other (Stride words each), so an element's kind is an offset into one array.
    private readonly ulong[] _kindBits;
    private readonly ulong[] _always;
    private readonly ulong[] _everyone;
    // The bits a free element's first character adds: the distinct masks one after the other in one array (Stride words
    // each; mask 0 is all zeros, the last one every bit, for an element of no length), and for each character the number
    // of its mask. Made once, for the characters some filter admits (every other character's mask is 0): two small
    // arrays read per element, nothing filled while matching.
    private readonly ushort[] _maskOfChar = new ushort[char.MaxValue + 1];
    private readonly ulong[] _charMasks;
    private readonly int _everyoneMask;

    public PatternIndex(ImmutableArray<Pattern> patterns)
    {
        _patterns = patterns;
        Words = Math.Max(1, (patterns.Length + 63) / 64);
        _starts = [.. patterns.Select(p => p.StartFilter)];
        _required = [.. patterns.Select(p => p.RequiredFilter)];
        _requirements = [.. patterns.SelectMany(p => p.RequirementFilters)];
        _firstRequirement = new int[patterns.Length + 1];
        for (var p = 0; p < patterns.Length; p++)
        {
            _firstRequirement[p + 1] = _firstRequirement[p] + patterns[p].Requirements.Length;
        }

        Stride = (2 * Words) + Math.Max(1, (_requirements.Length + 63) / 64);
        _always = new ulong[Stride];
        _everyone = new ulong[Stride];
        for (var k = 0; k < KindCount; k++)
        {
            _byKind[k] = new ulong[Stride];
        }

        for (var p = 0; p < patterns.Length; p++)
        {
            var (word, bit) = (p >> 6, 1UL << (p & 63));
            _everyone[word] |= bit;
            _everyone[Words + word] |= bit;
            Place(_starts[p], word, bit);
            Place(_required[p], Words + word, bit);
        }

        for (var q = 0; q < _requirements.Length; q++)
        {
            var (word, bit) = (RequirementWord(q), 1UL << (q & 63));
            _everyone[word] |= bit;
            Place(_requirements[q], word, bit);
        }

        _kindBits = new ulong[KindCount * Stride];
        for (var k = 0; k < KindCount; k++)
        {
            var bits = _kindBits.AsSpan(k * Stride, Stride);
            _always.CopyTo(bits);
            Or(bits, _byKind[k]);
        }

        var masks = CharMasks();
        _everyoneMask = masks.Length / Stride;
        _charMasks = [.. masks, .. _everyone];
    }

    /// <summary>The masks of the characters some filter admits, each distinct one once (<see cref="_maskOfChar"/>).</summary>
    private ulong[] CharMasks()
    {
        var admitted = _starts.Concat(_required).Concat(_requirements)
            .Where(f => f is { All: false })
            .SelectMany(f => f!.FirstChars)
            .Distinct()
            .Order();
        var masks = new List<ulong>(new ulong[Stride]);
        // A mask's words as a string: equal masks, one number.
        static string KeyOf(ulong[] mask) => Convert.ToHexString(MemoryMarshal.AsBytes(mask.AsSpan()));
        var numbers = new Dictionary<string, ushort>(StringComparer.Ordinal) { [KeyOf(new ulong[Stride])] = 0 };
        foreach (var c in admitted)
        {
            var mask = MaskOf(c);
            var key = KeyOf(mask);
            if (!numbers.TryGetValue(key, out var number))
            {
                number = checked((ushort)numbers.Count);
                numbers[key] = number;
                masks.AddRange(mask);
            }

            _maskOfChar[c] = number;
        }

        return [.. masks];
    }

    /// <summary>How many 64-bit words a candidate set takes.</summary>
    public int Words { get; }

    /// <summary>How many 64-bit words the filter bits of one element take (<see cref="Candidates"/>).</summary>
    public int Stride { get; }

    /// <summary>The number of pattern <paramref name="pattern"/>'s first requirement: its bit in an element's filter bits.</summary>
    public int FirstRequirement(int pattern) => _firstRequirement[pattern];

    /// <summary>The word of an element's filter bits that holds requirement <paramref name="requirement"/>'s bit.</summary>
    public int RequirementWord(int requirement) => (2 * Words) + (requirement >> 6);

    private void Place(AtomFilter? filter, int word, ulong bit)
    {
        if (filter is null || filter.All)
        {
            _always[word] |= bit;
            return;
        }

        for (var k = 0; k < KindCount; k++)
        {
            if ((filter.Kinds & (1u << k)) != 0)
            {
                _byKind[k][word] |= bit;
            }
        }
    }

    /// <summary>
    /// The patterns (bit i: pattern i) that may match somewhere in the sentence, into <paramref name="result"/>
    /// (<see cref="Words"/> long), and for each element <c>i</c> where its filter bits are (<paramref name="perElement"/>
    /// <c>2·i</c> and <c>2·i + 1</c>, at least twice as long as the elements; read them with <see cref="Admits"/>): the
    /// patterns whose start filter admits it (words <c>0 …</c>), those whose required filter admits it (the
    /// <see cref="Words"/> after) and the requirements it admits (one bit each, after those): exactly what
    /// <see cref="AtomFilter.Admits"/> says there, so a pattern is tried only where it may start.
    /// A pattern one of whose requirements no element admits is no candidate.
    /// </summary>
    /// <remarks>
    /// An element's bits are those of its kind or'ed with those of its first character (or with every bit, when it has no
    /// length): both are rows made once, so an element is two offsets, not a copy of its bits, and the sentence's bits are
    /// the or of the distinct rows its elements name (a sentence has a few kinds and a few dozen distinct first characters).
    /// </remarks>
    public void Candidates(AnnotatedSentence sentence, Span<ulong> result, Span<int> perElement)
    {
        var stride = Stride;
        Span<ulong> seen = stackalloc ulong[stride];
        _always.CopyTo(seen);
        Span<ulong> masksSeen = stackalloc ulong[(_everyoneMask + 64) >> 6];
        masksSeen.Clear();
        var kindsSeen = 0u;
        var elements = sentence.Elements;
        var text = sentence.MatchText;
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            var mask = e.Length == 0 ? _everyoneMask : e.IsFree ? _maskOfChar[text[e.Start]] : 0;
            perElement[2 * i] = (int)e.Kind * stride;
            perElement[(2 * i) + 1] = mask * stride;
            kindsSeen |= 1u << (int)e.Kind;
            masksSeen[mask >> 6] |= 1UL << (mask & 63);
        }

        for (var kinds = kindsSeen; kinds != 0; kinds &= kinds - 1)
        {
            Or(seen, _kindBits.AsSpan(BitOperations.TrailingZeroCount(kinds) * stride, stride));
        }

        // Mask 0 adds nothing.
        masksSeen[0] &= ~1UL;
        for (var w = 0; w < masksSeen.Length; w++)
        {
            for (var bits = masksSeen[w]; bits != 0; bits &= bits - 1)
            {
                Or(seen, _charMasks.AsSpan(((64 * w) + BitOperations.TrailingZeroCount(bits)) * stride, stride));
            }
        }

        for (var w = 0; w < Words; w++)
        {
            result[w] = seen[w] & seen[Words + w];
        }

        // A pattern one of whose requirements no element admits cannot match.
        for (var w = 0; w < Words; w++)
        {
            for (var bits = result[w]; bits != 0; bits &= bits - 1)
            {
                var p = (64 * w) + BitOperations.TrailingZeroCount(bits);
                for (var q = _firstRequirement[p]; q < _firstRequirement[p + 1]; q++)
                {
                    if ((seen[RequirementWord(q)] & (1UL << (q & 63))) == 0)
                    {
                        result[w] &= ~(1UL << (p & 63));
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// Whether bit <paramref name="bit"/> of word <paramref name="word"/> of element <paramref name="element"/>'s filter
    /// bits is set (<see cref="Candidates"/> wrote where they are into <paramref name="perElement"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool Admits(ReadOnlySpan<int> perElement, int element, int word, ulong bit) =>
        ((_kindBits[perElement[2 * element] + word] | _charMasks[perElement[(2 * element) + 1] + word]) & bit) != 0;

    private static void Or(Span<ulong> into, ReadOnlySpan<ulong> bits)
    {
        for (var w = 0; w < into.Length; w++)
        {
            into[w] |= bits[w];
        }
    }

    private ulong[] MaskOf(char c)
    {
        var mask = new ulong[Stride];
        for (var p = 0; p < _starts.Length; p++)
        {
            var (word, bit) = (p >> 6, 1UL << (p & 63));
            if (_starts[p] is { All: false } start && start.AdmitsFirstChar(c))
            {
                mask[word] |= bit;
            }

            if (_required[p] is { All: false } required && required.AdmitsFirstChar(c))
            {
                mask[Words + word] |= bit;
            }
        }

        for (var q = 0; q < _requirements.Length; q++)
        {
            if (_requirements[q] is { All: false } requirement && requirement.AdmitsFirstChar(c))
            {
                mask[RequirementWord(q)] |= 1UL << (q & 63);
            }
        }

        return mask;
    }
}
