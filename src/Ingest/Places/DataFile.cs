namespace Graph.Ingest.Places;

/// <summary>A malformed line of a data file, reported with its file and line number.</summary>
public sealed class DataFileException(string file, int line, string message)
    : Exception($"{file}:{line}: {message}")
{
    public string File { get; } = file;

    public int Line { get; } = line;
}

/// <summary>Reads the small tab-separated rule files: '#' starts a comment, blank lines are skipped.</summary>
public static class DataFile
{
    /// <summary>The rows of <paramref name="path"/> with their line numbers; rows with fewer than <paramref name="minFields"/> fields fail.</summary>
    public static IEnumerable<(int Line, string[] Fields)> Read(string path, int minFields)
    {
        var name = Path.GetFileName(path);
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length < minFields || fields[0].Length == 0)
            {
                throw new DataFileException(name, number, $"expected {minFields} tab-separated fields, got '{line}'");
            }

            yield return (number, fields);
        }
    }

    /// <summary>The folder the product's place data is copied to.</summary>
    public static string PlacesFolder => Path.Combine(AppContext.BaseDirectory, "resources", "places");
}
