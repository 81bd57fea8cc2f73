namespace Graph.Ingest.Characters;

/// <summary>Character classes of Chinese newspaper text, as tiny pure functions.</summary>
public static class CharClass
{
    /// <summary>A CJK ideograph (basic block and extension A).</summary>
    public static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    /// <summary>Full-width or half-width punctuation that always ends a sentence.</summary>
    public static bool IsSentenceTerminal(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';';

    /// <summary>Closing quotes and brackets that may follow a terminal and still belong to its sentence.</summary>
    public static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '"' or '\'' or '）' or ')' or '》';

    public static bool IsOpeningBracket(char c) => c is '“' or '‘' or '「' or '『' or '（' or '(' or '《' or '【' or '[';

    public static bool IsClosingBracket(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or ']';

    /// <summary>Punctuation that ends a clause: commas, semicolons, colons and sentence ends, in either width (not 、).</summary>
    public static bool IsClauseEnd(char c) => c is '，' or ',' or '；' or ';' or '：' or ':' or '。' or '！' or '!' or '？' or '?';

    /// <summary>Clause punctuation inside a sentence (commas, enumeration comma, colon).</summary>
    public static bool IsClauseMark(char c) => c is '，' or ',' or '、' or '：' or ':';

    /// <summary>Any punctuation that separates clauses or sentences, in either width.</summary>
    public static bool IsBoundary(char c) =>
        IsSentenceTerminal(c) || IsClauseMark(c) || IsOpeningBracket(c) || IsClosingBracket(c) || c is '.' or '"' or '—' or '·' or '…' || char.IsWhiteSpace(c);

    /// <summary>Characters a sentence or a heading cannot start with: a line beginning with one continues the previous line.</summary>
    public static bool CannotStartLine(char c) =>
        c is '的' or '了' or '地' or '得' or '之' or '们' or '等' or '、' or '，' or ',' or '。' or '.' or '；' or ';' or '：' or ':' or '”' or '’' or '）' or ')' or '》' or '？' or '?' or '！' or '!';

    /// <summary>Characters a heading cannot end with: a line ending in one continues on the next line.</summary>
    public static bool CannotEndLine(char c) =>
        c is '的' or '、' or '，' or ',' or '“' or '‘' or '（' or '(' or '《' or '和' or '与' or '及' or '在' or '对' or '把' or '被' or '从' or '向' or '将';

    /// <summary>The matching form of a character: full-width ASCII and the ideographic space folded to half-width.</summary>
    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF01' and <= '\uFF5E' => (char)(c - 0xFEE0),
        '\u3000' => ' ',
        _ => c,
    };

    /// <summary>The matching form of a string, same length, so offsets carry over one to one.</summary>
    public static string FoldWidth(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldWidth(source[i]);
        }
    });
}
