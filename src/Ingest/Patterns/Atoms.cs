using System.Buffers;
using System.Runtime.CompilerServices;
using Graph.Ingest.Annotation;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Text;

namespace Graph.Ingest.Patterns;

/// <summary>
/// One step of a pattern that consumes elements: at element <c>pos</c> of a sentence it returns the element index
/// just past what it matched, or -1. Atoms are deterministic (a lexicon takes its longest word) and allocate nothing.
/// </summary>
public abstract class Atom
{
    public abstract int Match(AnnotatedSentence sentence, int pos);

    /// <summary>What the atom is, as written in a pattern file.</summary>
    public abstract string Describe();
}

/// <summary>A word or phrase (供应给, 的, ，): the plain elements from pos whose text is exactly it (never part of a name).</summary>
public sealed class LiteralAtom(string text) : Atom
{
    public string Text { get; } = CharClass.FoldWidth(text);

    public override int Match(AnnotatedSentence sentence, int pos)
    {
        var elements = sentence.Elements;
        // Most elements fail on their first character: tell them before any span is made.
        if (Text.Length > 0 && pos < elements.Length && elements[pos].Length > 0 && sentence.MatchText[elements[pos].Start] != Text[0])
        {
            return -1;
        }

        var done = 0;
        var j = pos;
        while (done < Text.Length)
        {
            if (j >= elements.Length || !elements[j].IsFree)
            {
                return -1;
            }

            var span = sentence.MatchText.AsSpan(elements[j].Start, elements[j].Length);
            if (!Text.AsSpan(done).StartsWith(span, StringComparison.Ordinal))
            {
                return -1;
            }

            done += span.Length;
            j++;
        }

        return j;
    }

    public override string Describe() => Text;
}

/// <summary>A word of a lexicon (@supply-verbs): the longest run of plain elements from pos that is one of its words.</summary>
public sealed class LexiconAtom(string name, WordList words) : Atom
{
    public string Name { get; } = name;

    public WordList Words { get; } = words;

    public override int Match(AnnotatedSentence sentence, int pos)
    {
        var elements = sentence.Elements;
        if (pos >= elements.Length || !elements[pos].IsFree)
        {
            return -1;
        }

        return sentence.TryRecall(Words.Id, pos, out var end) ? end : sentence.Remember(Words.Id, pos, Longest(sentence, pos));
    }

    private int Longest(AnnotatedSentence sentence, int pos)
    {
        var elements = sentence.Elements;
        var start = elements[pos].Start;
        if (elements[pos].Length > 0 && !Words.MayStartWith(sentence.MatchText[start]))
        {
            return -1;
        }

        var best = -1;
        for (var j = pos; j < elements.Length && elements[j].IsFree && elements[j].End - start <= Words.MaxLength; j++)
        {
            if (Words.Contains(sentence.MatchText.AsSpan(start, elements[j].End - start)))
            {
                best = j + 1;
            }
        }

        return best;
    }

    public override string Describe() => "@" + Name;
}

/// <summary>One word whose POS tag is the given one (/v), or starts with it (/n*).</summary>
public sealed class PosAtom(string tag, bool prefix) : Atom
{
    public override int Match(AnnotatedSentence sentence, int pos)
    {
        if (pos >= sentence.Elements.Length)
        {
            return -1;
        }

        var e = sentence.Elements[pos];
        return e.Kind == ElementKind.Word && (prefix ? e.Tag.StartsWith(tag, StringComparison.Ordinal) : e.Tag == tag) ? pos + 1 : -1;
    }

    public override string Describe() => "/" + tag + (prefix ? "*" : string.Empty);
}

/// <summary>One element of the given kinds (ENT, PERSON, TITLE …; WORD = any word; ANY = anything but a clause end).</summary>
public sealed class KindAtom(string name, uint kinds) : Atom
{
    public const uint AnyKind = uint.MaxValue;

    /// <summary>The element kinds it takes, one bit each (<see cref="AnyKind"/>: all).</summary>
    public uint Kinds => kinds;

    public override int Match(AnnotatedSentence sentence, int pos)
    {
        if (pos >= sentence.Elements.Length)
        {
            return -1;
        }

        if (kinds == AnyKind)
        {
            return sentence.IsClauseBoundary(pos) ? -1 : pos + 1;
        }

        return (kinds & (1u << (int)sentence.Elements[pos].Kind)) != 0 ? pos + 1 : -1;
    }

    public override string Describe() => name;
}

/// <summary>
/// Where a firm's place is said before its name in a list of firms (FIRMS: 江苏的A、本地的B、园区内的C): a place, or a word
/// of <c>firm-place-words.txt</c> standing for one (本地, 隔壁, 区内; 内 after a zone word of <c>zone-endings.txt</c>), then 的.
/// </summary>
public sealed class FirmPlaceWords(WordList hereWords, WordList zoneWords, WordList? leadWords = null)
{
    /// <summary>
    /// The index of the firm a place (or 本地, 隔壁, 园区内) at pos qualifies, <c>PLACE+ HERE? 的 ENT</c> or <c>HERE 的 ENT</c>
    /// or <c>ZONE 内 的 ENT</c> before <paramref name="end"/>, else -1; a lead word of <c>firm-place-leads.txt</c> may open
    /// it (同在高新区的A, 同|在|开发区的A, 同处园区的A: a zone word alone then stands for the place).
    /// </summary>
    public int FirmAfterPlace(AnnotatedSentence sentence, int pos, int end)
    {
        var elements = sentence.Elements;
        var lead = LeadEnd(sentence, pos, end);
        var from = lead > pos ? lead : pos;
        var p = from;
        while (p < end && elements[p].Kind == ElementKind.Place)
        {
            p++;
        }

        if (p < end && IsWord(sentence, p, hereWords))
        {
            p++;
        }
        else if (p == from && p + 1 < end && IsWord(sentence, p, zoneWords) && IsWord(sentence, p + 1, "内"))
        {
            p += 2;
        }
        else if (p == from && lead > pos && p < end && IsWord(sentence, p, zoneWords))
        {
            p++;
        }

        if (p == from || p + 1 >= end || !IsWord(sentence, p, "的"))
        {
            return -1;
        }

        return elements[p + 1].Kind == ElementKind.Ent ? p + 1 : -1;
    }

    /// <summary>The end of a lead word at pos, one token (同在) or two (同|在), else pos.</summary>
    private int LeadEnd(AnnotatedSentence sentence, int pos, int end)
    {
        if (leadWords is null || pos >= end || !sentence.Elements[pos].IsPlain)
        {
            return pos;
        }

        var first = sentence.Elements[pos];
        var text = sentence.MatchText.AsSpan(first.Start, first.Length);
        if (leadWords.Contains(text))
        {
            return pos + 1;
        }

        if (pos + 1 < end && sentence.Elements[pos + 1] is { IsPlain: true } second && second.Start == first.End
            && leadWords.Contains(sentence.MatchText.AsSpan(first.Start, second.End - first.Start)))
        {
            return pos + 2;
        }

        return pos;
    }

    /// <summary>The element at pos is a place that only says where the firm after it is (江苏的A, 江苏本地的A).</summary>
    public bool QualifiesFirm(AnnotatedSentence sentence, int pos, int end) =>
        sentence.Elements[pos].Kind == ElementKind.Place && FirmAfterPlace(sentence, pos, end) >= 0;

    private static bool IsWord(AnnotatedSentence sentence, int pos, WordList words)
    {
        var e = sentence.Elements[pos];
        return e.IsPlain && words.Contains(sentence.MatchText.AsSpan(e.Start, e.Length));
    }

    private static bool IsWord(AnnotatedSentence sentence, int pos, string word)
    {
        var e = sentence.Elements[pos];
        return e.IsPlain && sentence.MatchText.AsSpan(e.Start, e.Length).SequenceEqual(word);
    }
}

/// <summary>
/// A list of elements of the given kinds joined by 、 和 及 以及 与 或 (ENTS: A、B和C): the longest such list from pos.
/// In a list of firms that may carry their places (FIRMS, <paramref name="places"/> given), each firm may have its place
/// before it (主要供应江苏的A、浙江的B和凌海市的C; 为本地的A配套): the place is no item of the list (nor an endpoint of the role:
/// <see cref="FirmPlaceWords.QualifiesFirm"/>). ENTS keeps to bare names: a place before the list is then the place of every
/// firm of it (located.place-of: 临江的A和B).
/// </summary>
public sealed class ListAtom(string name, uint kinds, FirmPlaceWords? places = null) : Atom
{
    /// <summary>The element kinds a list item may be, one bit each.</summary>
    public uint Kinds => kinds;

    private static readonly string[] Separators = ["、", "和", "及", "以及", "与", "或", "/", "、以及"];

    /// <summary>Whether an item may be a firm after its place (FIRMS): the list then holds places as well as its kinds.</summary>
    public bool Placed => places is not null;

    public override int Match(AnnotatedSentence sentence, int pos)
    {
        var end = Item(sentence, pos);
        if (end < 0)
        {
            return -1;
        }

        while (end + 1 < sentence.Elements.Length && IsSeparator(sentence, end) && Item(sentence, end + 1) is var next && next > 0)
        {
            end = next;
        }

        return end;
    }

    /// <summary>The end of the list item at pos (an element of the kinds, a firm after its place), or -1.</summary>
    private int Item(AnnotatedSentence sentence, int pos)
    {
        if (Is(sentence, pos))
        {
            return pos + 1;
        }

        if (places is null)
        {
            return -1;
        }

        var firm = places.FirmAfterPlace(sentence, pos, sentence.Elements.Length);
        return firm >= 0 && Is(sentence, firm) ? firm + 1 : -1;
    }

    /// <summary>The element at pos is a plain word (no mention) written as one of <paramref name="words"/>.</summary>
    private static bool IsWord(AnnotatedSentence sentence, int pos, string[] words)
    {
        var e = sentence.Elements[pos];
        if (!e.IsPlain)
        {
            return false;
        }

        var text = sentence.MatchText.AsSpan(e.Start, e.Length);
        foreach (var word in words)
        {
            if (text.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }

    private bool Is(AnnotatedSentence sentence, int pos) =>
        pos < sentence.Elements.Length && (kinds & (1u << (int)sentence.Elements[pos].Kind)) != 0;

    private static bool IsSeparator(AnnotatedSentence sentence, int pos) => IsWord(sentence, pos, Separators);

    public override string Describe() => name;
}

/// <summary>One noun of a product phrase (n*, vn, eng, an unknown word): PRODUCT is a run of them, with 、 between.</summary>
public sealed class NounAtom : Atom
{
    public override int Match(AnnotatedSentence sentence, int pos) =>
        pos < sentence.Elements.Length && IsNoun(sentence.Elements[pos]) ? pos + 1 : -1;

    private static bool IsNoun(Element e) =>
        e.Kind == ElementKind.Word && (e.Tag.StartsWith('n') && e.Tag != "nr" || e.Tag is "vn" or "eng" or "ng" or "x");

    public override string Describe() => "PRODUCT";
}

/// <summary>One element (not a clause end) that the inner atom does not match at pos.</summary>
public sealed class NotAtom(Atom inner) : Atom
{
    public override int Match(AnnotatedSentence sentence, int pos) =>
        pos < sentence.Elements.Length && !sentence.IsClauseBoundary(pos) && inner.Match(sentence, pos) < 0 ? pos + 1 : -1;

    public override string Describe() => "!" + inner.Describe();
}

/// <summary>
/// A cheap necessary test for a set of atoms at an element, with no call into them: the element's kind is one a kind
/// atom takes, or it is free and its first character starts a literal or a word of a lexicon. An element it turns
/// away none of the atoms can match; one it admits is then tried for real.
/// </summary>
public sealed class AtomFilter
{
    private readonly CharBits _chars = new([]);
    private readonly uint _kinds;
    private readonly bool _all;
    private readonly SearchValues<char> _search;

    /// <summary>The first characters of a lexicon's words, read once per lexicon (patterns share lexicons, and each makes filters).</summary>
    private static readonly ConditionalWeakTable<WordList, char[]> FirstCharsOf = [];

    public AtomFilter(IEnumerable<Atom> atoms)
    {
        var chars = new HashSet<char>();
        foreach (var atom in atoms)
        {
            switch (atom)
            {
                case LiteralAtom literal when literal.Text.Length > 0:
                    _chars.UnionWith(new CharBits([literal.Text[0]]));
                    chars.Add(literal.Text[0]);
                    break;
                case LexiconAtom lexicon:
                    _chars.UnionWith(lexicon.Words.FirstChars);
                    chars.UnionWith(FirstCharsOf.GetValue(lexicon.Words, words => [.. words.Words.Where(w => w.Length > 0).Select(w => w[0]).Distinct()]));
                    break;
                case KindAtom kind when kind.Kinds != KindAtom.AnyKind:
                    _kinds |= kind.Kinds;
                    break;
                case ListAtom list:
                    _kinds |= list.Kinds;
                    break;
                case PosAtom or NounAtom:
                    _kinds |= 1u << (int)ElementKind.Word;
                    break;
                default:
                    _all = true;
                    break;
            }
        }

        _search = SearchValues.Create([.. chars]);
        FirstChars = [.. chars];
    }

    /// <summary>The first characters of the literals and lexicon words it admits (those <see cref="AdmitsFirstChar"/> takes).</summary>
    internal char[] FirstChars { get; }

    /// <summary>Takes every element (an atom it cannot tell by kind or first character).</summary>
    internal bool All => _all;

    /// <summary>The element kinds it admits, one bit each.</summary>
    internal uint Kinds => _kinds;

    /// <summary>Whether a free element starting with <paramref name="c"/> is admitted.</summary>
    internal bool AdmitsFirstChar(char c) => _chars.Contains(c);

    /// <summary>Whether any element of the sentence may be admitted: a kind it holds, or a character of its text (one vectorised scan).</summary>
    public bool MayOccurIn(AnnotatedSentence sentence) =>
        _all || (_kinds & sentence.KindMask) != 0 || sentence.MatchText.AsSpan().IndexOfAny(_search) >= 0;

    public bool Admits(AnnotatedSentence sentence, int pos)
    {
        if (_all || pos >= sentence.Elements.Length)
        {
            return true;
        }

        var e = sentence.Elements[pos];
        return (_kinds & (1u << (int)e.Kind)) != 0 || e.Length == 0 || (e.IsFree && _chars.Contains(sentence.MatchText[e.Start]));
    }
}
