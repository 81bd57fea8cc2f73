namespace Graph.Ingest.Segmentation;

/// <summary>A dictionary or HMM model file has a line the loader cannot read; the message names the file and line.</summary>
public sealed class DictionaryFormatException(string path, int lineNumber, string problem)
    : FormatException($"{path}:{lineNumber}: {problem}")
{
    public string Path { get; } = path;

    public int LineNumber { get; } = lineNumber;
}
