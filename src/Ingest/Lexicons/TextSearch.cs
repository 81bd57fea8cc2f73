namespace Graph.Ingest.Lexicons;

/// <summary>Where cue words stand in a sentence.</summary>
public static class TextSearch
{
    /// <summary>Every occurrence of <paramref name="word"/>, left to right, none overlapping.</summary>
    public static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }

    /// <summary>The text holds one of <paramref name="words"/> somewhere (ordinal).</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
