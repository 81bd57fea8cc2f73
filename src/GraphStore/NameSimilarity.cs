namespace Graph.Store;

/// <summary>Character-bigram Dice similarity of two name keys: enough to suggest close names.</summary>
public static class NameSimilarity
{
    public static double Score(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }

        if (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal))
        {
            return 0.5 + (0.5 * Math.Min(a.Length, b.Length) / Math.Max(a.Length, b.Length));
        }

        var left = Bigrams(a);
        var right = Bigrams(b);
        var shared = left.Count(right.Contains);
        return 2.0 * shared / (left.Count + right.Count);
    }

    private static HashSet<string> Bigrams(string s) =>
        s.Length == 1 ? [s] : Enumerable.Range(0, s.Length - 1).Select(i => s.Substring(i, 2)).ToHashSet();
}
