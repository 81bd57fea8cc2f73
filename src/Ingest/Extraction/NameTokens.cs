using Graph.Ingest.Segmentation;
using CharClass = Graph.Ingest.Characters.CharClass;

namespace Graph.Ingest.Extraction;

/// <summary>
/// What a jieba token says about a name around it: function words (prepositions, conjunctions, particles,
/// pronouns, adverbs) never stand inside a name, verbs end one only when a name is left after them, and a
/// proper token (a word jieba does not know, a person's or a foreign name, an abbreviation) is what makes
/// a run of words a name rather than a phrase.
/// </summary>
public static class NameTokens
{
    /// <summary>Function words: a name never holds one (与, 的, 由, 正, 该, 都).</summary>
    public static bool IsFunction(in Token token) => token.Tag is "p" or "c" or "u" or "uj" or "ul" or "ud" or "uv" or "uz" or "ug"
        or "r" or "d" or "y" or "e" or "o";

    /// <summary>Verbs: a name may hold one (云帆投资控股), so one ends a name only when what follows is a name by itself.</summary>
    public static bool IsVerb(in Token token) => token.Tag is "v" or "vd" or "vi";

    /// <summary>A token that can only be a name: unknown to the dictionary, a person's, foreign or organisation name, an abbreviation, Latin letters.</summary>
    public static bool IsProper(in Token token) => token.Tag is "x" or "nr" or "nrt" or "nrfg" or "nz" or "nt" or "eng" or "j"
        && token.Text.Any(char.IsLetter);

    private static readonly System.Buffers.SearchValues<char> StopChars = System.Buffers.SearchValues.Create("的是在与及等了向对将把被让给说从由到于和为以即");

    /// <summary>Function words of one character: a name rarely holds one.</summary>
    public static bool IsStopChar(char c) => StopChars.Contains(c);

    /// <summary>
    /// Where a name may start inside a word jieba guessed from single characters (为星途, 以中集, 强及): after the last
    /// stop character in it; 0 for any other token.
    /// </summary>
    public static int NameStartInGuess(in Token token)
    {
        if (token.Tag != "x")
        {
            return 0;
        }

        var stop = token.Text.AsSpan().LastIndexOfAny(StopChars);
        // 星河汽车|用岚越/x|电子有限公司: the verb 用 glued before an unknown brand opens no name.
        return stop < 0 && token.Text.Length >= 3 && GluedLeadVerbs.Contains(token.Text[0]) ? 1 : stop + 1;
    }

    /// <summary>Verbs of one character jieba glues before a brand it does not know (用岚越, 用岳川): not part of the name.</summary>
    private const string GluedLeadVerbs = "用";

    /// <summary>Characters a name token is made of: Han, Latin letters, digits and the joiners of foreign names.</summary>
    public static bool IsNameText(string text)
    {
        foreach (var c in text)
        {
            if (!(CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c) || c is '-' or '·' or '&' or ' '))
            {
                return false;
            }
        }

        return text.Length > 0;
    }
}
