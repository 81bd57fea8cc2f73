using System.Collections.Immutable;
using System.Numerics;
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
    // Per kind: its bits and those of _always together, an element's bits before its first character is looked at.
    private readonly ulong[][] _alwaysOrKind = new ulong[KindCount][];
    private readonly ulong[] _always;
    private readonly ulong[] _everyone;
    // The bits a free element's first character adds: the distinct masks one after the other in one array (Stride words
    // each; mask 0 is all zeros), and for each character the number of its mask. Made once, for the characters some
    // filter admits (every other character's mask is 0): two small arrays read per element, nothing filled while matching.
    private readonly ushort[] _maskOfChar = new ushort[char.MaxValue + 1];
    private readonly ulong[] _charMasks;

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

        for (var k = 0; k < KindCount; k++)
        {
            _alwaysOrKind[k] = [.. _always];
            Or(_alwaysOrKind[k], _byKind[k]);
        }

        _charMasks = CharMasks();
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
    /// (<see cref="Words"/> long), and for each element <c>i</c> the patterns whose start filter admits it (words
    /// <c>Stride·i …</c>), those whose required filter admits it (the <see cref="Words"/> after) and the requirements it
    /// admits (one bit each, after those): exactly what
    /// <see cref="AtomFilter.Admits"/> says there, so a pattern is tried only where it may start.
    /// A pattern one of whose requirements no element admits is no candidate. <paramref name="perElement"/> is at least
    /// <c>Stride·elements</c> long.
    /// </summary>
    public void Candidates(AnnotatedSentence sentence, Span<ulong> result, Span<ulong> perElement)
    {
        var stride = Stride;
        Span<ulong> seen = stackalloc ulong[stride];
        _always.CopyTo(seen);
        var elements = sentence.Elements;
        var text = sentence.MatchText;
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            var here = perElement.Slice(i * stride, stride);
            _alwaysOrKind[(int)e.Kind].CopyTo(here);
            if (e.Length == 0)
            {
                Or(here, _everyone);
            }
            else if (e.IsFree && _maskOfChar[text[e.Start]] is > 0 and var mask)
            {
                Or(here, _charMasks.AsSpan(mask * stride, stride));
            }

            Or(seen, here);
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
