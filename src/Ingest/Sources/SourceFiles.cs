namespace Graph.Ingest.Sources;

/// <summary>
/// The file system as the readers see it: the one seam over opening files and listing folders, so tests can make a
/// file or a folder unreadable (they run as root, where permissions do not bite).
/// </summary>
public class SourceFiles
{
    public static readonly SourceFiles Real = new();

    /// <summary>Opens a file for reading, sharing it with a writer that may still hold it.</summary>
    public virtual Stream OpenRead(string path) =>
        new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, FileOptions.SequentialScan);

    /// <summary>The entries (files and folders) directly inside a folder.</summary>
    public virtual IEnumerable<string> Entries(string folder) => Directory.EnumerateFileSystemEntries(folder);
}
