using System.Collections.Frozen;
using Graph.Ingest.Characters;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>A span of sentence text recognised as the name of a public body or institution.</summary>
public readonly record struct OrganizationSpan(int Start, int End, string Name, string Rule);

/// <summary>
/// Finds names of public bodies and institutions (…局, …委, …协会, …研究院, …中心, …银行) in a sentence: each form
/// of organization-suffixes.txt, then back over the characters a name is made of to where the name starts —
/// a place, a stop word, punctuation or a span the caller marks as taken (an enterprise name). A name that
/// starts where the previous one ends continues it (市委|组织部, 某某银行|杭州分行).
/// </summary>
public sealed class OrganizationNameRecognizer(OfficialLexicons lexicons, ExtractionLexicons common)
{
    public const string SuffixRule = "organization.suffix";
    public const string NationalRule = "organization.national";

    /// <summary>First characters of places and last characters of leading words: most positions fail these at once.</summary>
    private readonly FrozenSet<char> _placeFirstChars = common.PlacePrefixes.Words.Select(w => w[0]).ToFrozenSet();
    private readonly FrozenSet<char> _leadingLastChars = lexicons.OrganizationLeadingWords.Words.Select(w => w[^1]).ToFrozenSet();

    /// <summary>Most characters between the start of a name and its form.</summary>
    private const int MaxBody = 16;

    /// <summary>Characters that end a name going backwards.</summary>
    private static bool IsStopChar(char c) => c is '的' or '是' or '在' or '及' or '等' or '了' or '向' or '对' or '与'
        or '将' or '把' or '被' or '让' or '给' or '说' or '从' or '由' or '到' or '于' or '为' or '以' or '即' or '年' or '届' or '次';

    private static bool IsNameChar(char c) =>
        CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '·';

    /// <param name="taken">Spans of the sentence already named (enterprises): a name does not run into them.</param>
    /// <param name="dropped">Receives candidates that were found and rejected, with the reason.</param>
    public IReadOnlyList<OrganizationSpan> Find(string text, IReadOnlyList<(int Start, int End)> taken, Action<string, string>? dropped = null)
    {
        var result = new List<OrganizationSpan>();
        Find(text, taken, result, dropped);
        return result;
    }

    /// <summary>As <see cref="Find(string, IReadOnlyList{ValueTuple{int, int}}, Action{string, string}?)"/>, into <paramref name="result"/>
    /// (empty on entry): a caller reading sentence after sentence reuses one list.</summary>
    public void Find(string text, IReadOnlyList<(int Start, int End)> taken, List<OrganizationSpan> result, Action<string, string>? dropped = null)
    {
        var previousEnd = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var (nationalLength, national) = lexicons.NationalOrganizations.LongestAt(text, i);
            var (formLength, form) = lexicons.OrganizationForms.LongestAt(text, i);
            if (nationalLength > 0 && nationalLength >= formLength && !Inside(taken, i))
            {
                result.Add(new OrganizationSpan(i, i + nationalLength, national!, NationalRule));
                previousEnd = i + nationalLength;
                i += nationalLength - 1;
                continue;
            }

            if (formLength == 0)
            {
                continue;
            }

            if (LongerFormInside(text, i, formLength))
            {
                // 某某工|人大|学: the form that reaches further (大学) is the one that ends the name.
                continue;
            }

            i += formLength - 1;
            if (form!.IsBlocker || Inside(taken, i) || StartsTitle(text, i - formLength + 1, form, previousEnd))
            {
                continue;
            }

            var formStart = i - formLength + 1;
            var end = i + 1;
            var floor = Math.Max(Math.Max(0, formStart - MaxBody), previousEnd);
            foreach (var (_, takenEnd) in taken)
            {
                if (takenEnd <= formStart && takenEnd > floor)
                {
                    floor = takenEnd;
                }
            }

            var (start, continues) = StartOfName(text, formStart, floor);
            continues &= result.Count > 0 && result[^1].End == start;
            if (start == formStart && !continues)
            {
                continue;
            }

            var name = text[start..end];
            if (continues)
            {
                start = result[^1].Start;
                name = text[start..end];
                result.RemoveAt(result.Count - 1);
            }
            else if (IsGeneric(text, start, formStart))
            {
                dropped?.Invoke(name, "generic reference, not a name");
                continue;
            }
            else if (form.NeedsHead && !HasHead(text, start, formStart))
            {
                dropped?.Invoke(name, $"'{form.Text}' needs a place or level at the start of the name");
                continue;
            }

            result.Add(new OrganizationSpan(start, end, name, SuffixRule));
            previousEnd = end;
        }
    }

    /// <summary>
    /// The form is the first character of its body's own title (招商局|局长, 工信厅|厅长, 协会|会长, 副|局长): a title that
    /// starts right where the previous name ended, or after a modifier only (副, 常务副), and reaches past the form;
    /// or a title-first form anywhere (某投资区|党工委书记).
    /// </summary>
    /// <summary>Words that stand before a title, not a body (新任|局长, 时任|厅长): what they lead into is the title.</summary>
    private static readonly string[] TitleLeadIns = ["新任", "现任", "前任", "继任", "首任"];

    /// <summary>A title modifier or lead-in word (新任, 时任, 原) ends right at <paramref name="at"/>.</summary>
    private bool AfterTitleLeadIn(string text, int at)
    {
        foreach (var word in TitleLeadIns)
        {
            if (at >= word.Length && text.AsSpan(at - word.Length, word.Length).SequenceEqual(word))
            {
                return true;
            }
        }

        for (var s = Math.Max(0, at - 2); s < at; s++)
        {
            if (lexicons.TitleModifiers.LongestAt(text, s).Length == at - s)
            {
                return true;
            }
        }

        return false;
    }

    private bool StartsTitle(string text, int formStart, OrganizationForm form, int previousEnd)
    {
        var formLength = form.Text.Length;
        var (title, _) = lexicons.Titles.LongestAt(text, formStart);
        if (title > formLength && (form.TitleFirst || previousEnd == formStart || formStart == 0 || !IsNameChar(text[formStart - 1])
            || AfterTitleLeadIn(text, formStart)))
        {
            return true;
        }

        // 、副局长: a title that starts a little before the form, with nothing of a name before it.
        for (var s = Math.Max(0, formStart - 3); s < formStart; s++)
        {
            var (withModifier, _) = lexicons.Titles.LongestAt(text, s);
            if (s + withModifier > formStart + formLength && (s == 0 || !IsNameChar(text[s - 1]) || s == previousEnd))
            {
                return true;
            }
        }

        return false;
    }

    /// <returns>Where the name starts, and whether it runs back into the name before it.</returns>
    private (int Start, bool Continues) StartOfName(string text, int formStart, int floor)
    {
        var runStart = NameBoundary.RunStart(text, formStart, floor, IsNameChar,
            (t, at) => IsStopChar(t[at - 1]) || (t[at - 1] == '和' && StartsWithHead(t, at, formStart))
                || LeadingWordEndsBefore(t, at, floor, formStart));

        if (runStart == floor && floor > 0 && IsNameChar(text[floor - 1]))
        {
            return (runStart, true);
        }

        // Words such as 召开/全市 that lead into a name are not part of it.
        for (var stripped = true; stripped && runStart < formStart;)
        {
            stripped = false;
            foreach (var words in (ReadOnlySpan<Lexicons.WordList>)[common.NameLeadingWords, lexicons.OrganizationLeadingWords])
            {
                for (var length = Math.Min(words.MaxLength, formStart - runStart); length >= 1; length--)
                {
                    if (words.Contains(text.AsSpan(runStart, length)))
                    {
                        runStart += length;
                        stripped = true;
                        break;
                    }
                }
            }
        }

        // Within the run, a name that opens with a place starts there (召开西湖区委 → 西湖区委), unless the run
        // starts a clause with a short head of its own (、浙大|宁波智能技术研究院).
        var atBoundary = runStart == 0 || !IsNameChar(text[runStart - 1]) || IsStopChar(text[runStart - 1]);
        if (PlaceAt(text, runStart, formStart) > 0)
        {
            return (runStart, false);
        }

        // 、市自然资源局, 县商务局: a name that opens with a level of its own (the city's, the county's body) holds no place
        // further in (资源 of 自然资源 is also a county).
        if (atBoundary && runStart + 2 < formStart && IsLevel(text[runStart]) && !IsLevel(text[runStart + 1]))
        {
            return (runStart, false);
        }

        for (var p = atBoundary ? runStart + 3 : runStart + 1; p < formStart - 1; p++)
        {
            if (PlaceAt(text, p, formStart) > 0)
            {
                return (p, false);
            }
        }

        return (runStart, false);
    }

    /// <summary>
    /// A word of organization-leading-words.txt (围绕, 组建) ends right before <paramref name="at"/>. The general
    /// name-leading words are only stripped off the front: some of them (服务) occur inside names of bodies.
    /// A leading word right before the form, with more of the name before it, is the name's own word
    /// (某某规划建设|指挥部), not a verb before the name (组建|联合会).
    /// </summary>
    private bool LeadingWordEndsBefore(string text, int at, int floor, int formStart)
    {
        if (at == 0 || !_leadingLastChars.Contains(text[at - 1]))
        {
            return false;
        }

        var words = lexicons.OrganizationLeadingWords;
        for (var length = Math.Min(words.MaxLength, at - floor); length >= 2; length--)
        {
            if (words.Contains(text.AsSpan(at - length, length)))
            {
                var before = at - length - 1;
                return at < formStart || before < floor || !IsNameChar(text[before]) || IsStopChar(text[before]);
            }
        }

        return false;
    }

    private bool LongerFormInside(string text, int start, int length)
    {
        for (var p = start + 1; p < start + length; p++)
        {
            var (inner, form) = lexicons.OrganizationForms.LongestAt(text, p);
            if (inner > 0 && !form!.IsBlocker && p + inner > start + length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>'和' inside a run ends it only when a new name starts after it (市委和市政府), not in 天和律师事务所.</summary>
    private bool StartsWithHead(string text, int start, int formStart) =>
        start < formStart && (HasHead(text, start, formStart) || PlaceAt(text, start, formStart) > 0);

    private bool HasHead(string text, int start, int formStart)
    {
        var heads = lexicons.OrganizationHeads;
        for (var length = Math.Min(heads.MaxLength, formStart - start); length >= 1; length--)
        {
            if (heads.Contains(text.AsSpan(start, length)))
            {
                return true;
            }
        }

        // A place counts with its level (杭州市, 西湖区): a bare short form (同心) is too often an ordinary word.
        var place = PlaceAt(text, start, formStart);
        return place > 0 && (IsLevel(text[start + place - 1]) || (start + place < formStart && IsLevel(text[start + place])));
    }

    private static bool IsLevel(char c) => c is '省' or '市' or '区' or '县' or '镇' or '乡' or '旗';

    private bool IsGeneric(string text, int start, int formStart)
    {
        var generic = lexicons.GenericOrganizationWords;
        for (var length = Math.Min(generic.MaxLength, formStart - start); length >= 1; length--)
        {
            if (generic.Contains(text.AsSpan(start, length)))
            {
                return true;
            }
        }

        return false;
    }

    private int PlaceAt(string text, int start, int limit)
    {
        if (!_placeFirstChars.Contains(text[start]))
        {
            return 0;
        }

        var places = common.PlacePrefixes;
        for (var length = Math.Min(places.MaxLength, limit - start); length >= 2; length--)
        {
            if (places.Contains(text.AsSpan(start, length)))
            {
                return length;
            }
        }

        return 0;
    }

    private static bool Inside(IReadOnlyList<(int Start, int End)> taken, int at)
    {
        foreach (var (start, end) in taken)
        {
            if (start <= at && at < end)
            {
                return true;
            }
        }

        return false;
    }
}
