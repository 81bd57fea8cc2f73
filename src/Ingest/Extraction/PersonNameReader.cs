using Graph.Ingest.Characters;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>What <see cref="PersonNameReader"/> read at a position.</summary>
public enum PersonNameKind
{
    /// <summary>No surname starts here.</summary>
    None,

    /// <summary>A surname and name characters, but nothing says where the name ends.</summary>
    Unbounded,

    Found,
}

/// <summary>A person's name read at a position: its kind and length.</summary>
public readonly record struct PersonNameMatch(PersonNameKind Kind, int Length);

/// <summary>
/// Reads a Chinese person's name at a position: a surname (compound first), then one or two given-name
/// characters, ending where punctuation, an enumeration mark or a word that follows names (表示, 说, 主持) comes.
/// Without such an end the name cannot be bounded and is reported as such.
/// </summary>
public sealed class PersonNameReader(OfficialLexicons lexicons)
{
    public PersonNameMatch Read(string text, int start)
    {
        if (start + 2 > text.Length)
        {
            return new PersonNameMatch(PersonNameKind.None, 0);
        }

        var surname = lexicons.CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, 2)) ? 2
            : lexicons.SingleSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, 1)) ? 1 : 0;
        if (surname == 0)
        {
            return new PersonNameMatch(PersonNameKind.None, 0);
        }

        // The longer reading first: 李明华|表示 rather than 陈群|伟表示.
        for (var given = 2; given >= 1; given--)
        {
            var end = start + surname + given;
            // 高兴地说: a word before the adverb mark 地 is not a name.
            // 高新区|的: a word ending in 区 is a zone or district, not a given name.
            if (end > text.Length || !AllHan(text, start + surname, end) || IsParticle(text[end - 1]) || text[end - 1] is '地' or '区')
            {
                continue;
            }

            if (end == text.Length || !CharClass.IsHan(text[end]) || lexicons.NameFollowers.LongestAt(text, end).Length > 0)
            {
                return new PersonNameMatch(PersonNameKind.Found, end - start);
            }
        }

        return AllHan(text, start, Math.Min(text.Length, start + surname + 1))
            ? new PersonNameMatch(PersonNameKind.Unbounded, 0)
            : new PersonNameMatch(PersonNameKind.None, 0);
    }

    /// <summary>Most characters of each part of a name written with a middle dot (阿不都热依木·吾买尔).</summary>
    private const int MaxDottedPart = 8;

    /// <summary>
    /// The length of a name written with a middle dot at <paramref name="start"/> (阿不都热依木·吾买尔介绍, 古丽·艾山说): two or three
    /// parts of Han characters joined by ·, the last ending where punctuation or a word that follows names comes; 0 when none.
    /// Read only where a title says a name comes, the parts having no surname to start them.
    /// </summary>
    public int ReadDotted(string text, int start)
    {
        var at = start;
        if (EndsHere(text, start))
        {
            return 0;
        }

        for (var part = 0; part < 3; part++)
        {
            var end = at;
            while (end < text.Length && end - at < MaxDottedPart && CharClass.IsHan(text[end]) && !(end > at && part > 0 && EndsHere(text, end)))
            {
                end++;
            }

            if (end - at < 1 || (part == 0 && end - at < 2))
            {
                return 0;
            }

            if (end < text.Length && text[end] is '·' or '•' or '・')
            {
                at = end + 1;
                continue;
            }

            return part > 0 && (end >= text.Length || EndsHere(text, end)) ? end - start : 0;
        }

        return 0;
    }

    /// <summary>
    /// The length of a Tibetan name at <paramref name="start"/> (拉萨市委书记|次仁多吉|深入…, 总经理|扎西平措|介绍, 董事长|罗布次仁|告诉): two
    /// or three parts of tibetan-name-parts.txt ending where punctuation or a word that follows names comes, the longest; 0
    /// when none. Read only where a title says a name comes.
    /// </summary>
    public int ReadTibetan(string text, int start)
    {
        var (at, best) = (start, 0);
        for (var part = 0; part < 3 && at < text.Length; part++)
        {
            var length = lexicons.TibetanNameParts.LongestAt(text, at, minLength: 2);
            if (length == 0)
            {
                break;
            }

            at += length;
            if (part > 0 && EndsHere(text, at))
            {
                best = at - start;
            }
        }

        return best;
    }

    private bool EndsHere(string text, int at) => at >= text.Length || !CharClass.IsHan(text[at]) || lexicons.NameFollowers.LongestAt(text, at).Length > 0;

    /// <summary>Words that link an appointed person to the post (任命张三|为, 聘任李四|担任).</summary>
    private static readonly string[] AppointmentLinks = ["为", "担任", "出任", "同志为", "女士为", "先生为"];

    /// <summary>
    /// The length of a name at <paramref name="start"/> that a word linking it to a post ends (任命李正昌|为…局长, 任命何勇|为):
    /// a surname and two given-name characters before one or one, the longer first; 0 when none does.
    /// </summary>
    public int ReadBeforeAppointmentLink(string text, int start)
    {
        var surname = start + 2 <= text.Length && lexicons.CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, 2)) ? 2
            : start < text.Length && lexicons.SingleSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, 1)) ? 1 : 0;
        if (surname == 0)
        {
            return 0;
        }

        for (var given = 2; given >= 1; given--)
        {
            var end = start + surname + given;
            if (end >= text.Length || !AllHan(text, start + surname, end))
            {
                continue;
            }

            foreach (var link in AppointmentLinks)
            {
                if (text.AsSpan(end).StartsWith(link, StringComparison.Ordinal))
                {
                    return end - start;
                }
            }
        }

        return 0;
    }

    /// <summary>A whole word that is a surname and one or two given-name characters (a token jieba tagged as a name).</summary>
    public bool IsName(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 4 || !AllHan(word.ToString(), 0, word.Length))
        {
            return false;
        }

        var surname = word.Length >= 3 && lexicons.CompoundSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..2]) ? 2
            : lexicons.SingleSurnames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word[..1]) ? 1 : 0;
        // 高新区, 高新区/nr: a word ending in 区 is a zone or district (与高新区签约), not a given name.
        return surname > 0 && word.Length - surname is 1 or 2 && !IsParticle(word[^1]) && word[^1] != '区';
    }

    /// <summary>A one-character follower (的, 说, 等) ends a name; it is not its last character.</summary>
    private bool IsParticle(char c)
    {
        Span<char> one = [c];
        var (length, _) = lexicons.NameFollowers.LongestAt(one, 0);
        return length == 1;
    }

    private static bool AllHan(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }

}
