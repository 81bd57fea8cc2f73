namespace Graph.Queries.Exports;

/// <summary>One export format: writes a subgraph to a file (or, for <see cref="WritesFolder"/>, into a folder).</summary>
public abstract class GraphExport
{
    /// <summary>The name <c>--format</c> takes.</summary>
    public abstract string Name { get; }

    /// <summary>True when <c>--out</c> is a folder the export fills with several files.</summary>
    public virtual bool WritesFolder => false;

    /// <summary>Writes <paramref name="graph"/> to <paramref name="path"/>; returns the files written.</summary>
    public abstract Task<IReadOnlyList<string>> WriteAsync(Subgraph graph, string path, CancellationToken cancellationToken);

    /// <summary>Every format, by name.</summary>
    public static IReadOnlyList<GraphExport> All { get; } =
        [new GraphMlExport(), new InterchangeExport(), new Neo4jAdminCsvExport(), new CypherScriptExport(), new HtmlExport()];

    public static GraphExport Find(string name) => All.Single(f => f.Name == name);

    /// <summary>Creates the folder a file goes into.</summary>
    protected static void EnsureFolderOf(string file)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }
    }
}
