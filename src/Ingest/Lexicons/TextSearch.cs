namespace Graph.Ingest.Lexicons;

/// <summary>Where a cue word stands in a sentence: every occurrence, left to right, none overlapping.</summary>
public static class TextSearch
{
    public static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
