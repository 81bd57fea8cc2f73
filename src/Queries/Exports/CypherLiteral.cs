using System.Globalization;
using System.Text;

namespace Graph.Queries.Exports;

/// <summary>
/// Values written into a Cypher script as literals: the one place text is escaped for Cypher. Strings are
/// single-quoted with backslash escapes (quote, backslash, control characters as \uXXXX); property keys are
/// backtick-quoted with backticks doubled. Labels and types never come through here: they come from the schema's enums.
/// </summary>
public static class CypherLiteral
{
    public static string String(string value)
    {
        var text = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': text.Append(@"\\"); break;
                case '\'': text.Append(@"\'"); break;
                case '\n': text.Append(@"\n"); break;
                case '\r': text.Append(@"\r"); break;
                case '\t': text.Append(@"\t"); break;
                default:
                    if (char.IsControl(c))
                    {
                        text.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
                    }
                    else
                    {
                        text.Append(c);
                    }

                    break;
            }
        }

        return text.Append('\'').ToString();
    }

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    public static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : throw new ArgumentOutOfRangeException(nameof(value), "not a finite number");

    /// <summary>A property key as an identifier: backticks always, a backtick inside doubled.</summary>
    public static string Key(string key) => "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    /// <summary>Any exported property value.</summary>
    public static string Of(ExportProperty property) => property.Value switch
    {
        IEnumerable<string> list => List(list),
        double number => Number(number),
        var value => String(value.ToString() ?? ""),
    };
}
