namespace Graph.Ingest.Cli;

/// <summary>Raw lines of a text file: split on '\n' only (a '\r' stays in its line), no final empty line after a trailing '\n'.</summary>
internal static class InputLines
{
    public static string[] Split(string text)
    {
        string[] lines = text.Split('\n');
        return lines.Length > 0 && lines[^1].Length == 0 ? lines[..^1] : lines;
    }
}
