using System.Collections.Immutable;
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

    // Per kind and per character: the start bits (words 0..Words-1), then the required bits (Words..2*Words-1).
    private readonly ulong[][] _byKind = new ulong[KindCount][];
    private readonly ulong[] _always;
    private readonly ulong[] _everyone;
    // Filled on first use of each character; threads that race on one character compute the same mask, and whichever
    // reference lands is as good as the other (a plain array read: no lock, no hashing on the hot path).
    private readonly ulong[]?[] _byChar = new ulong[]?[char.MaxValue + 1];

    public PatternIndex(ImmutableArray<Pattern> patterns)
    {
        _patterns = patterns;
        Words = Math.Max(1, (patterns.Length + 63) / 64);
        _starts = [.. patterns.Select(p => p.StartFilter)];
        _required = [.. patterns.Select(p => p.RequiredFilter)];
        _always = new ulong[2 * Words];
        _everyone = new ulong[2 * Words];
        for (var k = 0; k < KindCount; k++)
        {
            _byKind[k] = new ulong[2 * Words];
        }

        for (var p = 0; p < patterns.Length; p++)
        {
            var (word, bit) = (p >> 6, 1UL << (p & 63));
            _everyone[word] |= bit;
            _everyone[Words + word] |= bit;
            Place(_starts[p], word, bit);
            Place(_required[p], Words + word, bit);
        }
    }

    /// <summary>How many 64-bit words a candidate set takes.</summary>
    public int Words { get; }

    /// <summary>The patterns that satisfy <paramref name="test"/>, one bit each (bit i: pattern i), <see cref="Words"/> long.</summary>
    public ulong[] MaskOf(Func<Pattern, bool> test)
    {
        var mask = new ulong[Words];
        for (var p = 0; p < _patterns.Length; p++)
        {
            if (test(_patterns[p]))
            {
                mask[p >> 6] |= 1UL << (p & 63);
            }
        }

        return mask;
    }

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
    /// <c>2·Words·i …</c>) and those whose required filter admits it (the <see cref="Words"/> after): exactly what
    /// <see cref="AtomFilter.Admits"/> says there, so a pattern is tried only where it may start.
    /// <paramref name="perElement"/> is at least <c>2·Words·elements</c> long.
    /// </summary>
    public void Candidates(AnnotatedSentence sentence, Span<ulong> result, Span<ulong> perElement)
    {
        var stride = 2 * Words;
        Span<ulong> seen = stackalloc ulong[stride];
        _always.CopyTo(seen);
        var elements = sentence.Elements;
        var text = sentence.MatchText;
        for (var i = 0; i < elements.Length; i++)
        {
            var e = elements[i];
            var here = perElement.Slice(i * stride, stride);
            _always.CopyTo(here);
            Or(here, _byKind[(int)e.Kind]);
            if (e.Length == 0)
            {
                Or(here, _everyone);
            }
            else if (e.IsFree)
            {
                Or(here, CharMask(text[e.Start]));
            }

            Or(seen, here);
        }

        for (var w = 0; w < Words; w++)
        {
            result[w] = seen[w] & seen[Words + w];
        }
    }

    private static void Or(Span<ulong> into, ReadOnlySpan<ulong> bits)
    {
        for (var w = 0; w < into.Length; w++)
        {
            into[w] |= bits[w];
        }
    }

    private ulong[] CharMask(char c) => Volatile.Read(ref _byChar[c]) ?? (_byChar[c] = MaskOf(c));

    private ulong[] MaskOf(char c)
    {
        var mask = new ulong[2 * Words];
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

        return mask;
    }
}
