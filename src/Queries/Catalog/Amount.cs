using System.Globalization;

namespace Graph.Queries.Catalog;

/// <summary>
/// A money amount as the articles write it (约16亿元, 1.1亿元, 超百亿元, 8763万元) → yuan, to rank investments.
/// The Cypher files compute the same figure the same way: the digits (and point) of the text, else a 十/百/千
/// standing alone, times 亿 or 万.
/// </summary>
public static class Amount
{
    public static double? Yuan(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var digits = new string(text.Where(c => c is >= '0' and <= '9' or '.').ToArray());
        double? figure = double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : text.Contains('千') ? 1000 : text.Contains('百') ? 100 : text.Contains('十') ? 10 : null;
        return figure * (text.Contains('亿') ? 1e8 : text.Contains('万') ? 1e4 : 1);
    }
}
