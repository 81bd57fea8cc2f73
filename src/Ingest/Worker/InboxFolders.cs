namespace Graph.Ingest.Worker;

/// <summary>
/// The inbox and its state folders: a file waits in the inbox until complete, is claimed by an atomic rename into
/// processing/, and ends in done/ (its graph committed, or a duplicate) or failed/ (with NAME.reason.txt beside it).
/// Names are never overwritten: a name already taken gets a suffix (page.txt → page_2.txt).
/// </summary>
public sealed record InboxFolders(string Root)
{
    public const string ReasonSuffix = ".reason.txt";
    public const string RejectedSuffix = ".rejected";
    public const string DuplicateSuffix = ".duplicate.txt";

    public string Processing => Path.Combine(Root, "processing");

    public string Done => Path.Combine(Root, "done");

    public string Failed => Path.Combine(Root, "failed");

    public static InboxFolders At(string path) => new(Path.GetFullPath(path));

    public InboxFolders Create()
    {
        Directory.CreateDirectory(Processing);
        Directory.CreateDirectory(Done);
        Directory.CreateDirectory(Failed);
        return this;
    }

    public bool IsStateFolder(string path) =>
        Path.GetFullPath(path) is var full && (full == Processing || full == Done || full == Failed);

    /// <summary>Names a writer uses while a file is incomplete: dot-files, *.tmp, *.partial and the like are never taken.</summary>
    public static bool IsInProgressName(string name) =>
        name.StartsWith('.') || name.EndsWith('~')
        || Path.GetExtension(name).ToLowerInvariant() is ".tmp" or ".partial" or ".part" or ".crdownload" or ".download" or ".swp" or ".filepart";

    /// <summary>A name in <paramref name="folder"/> that no file (nor its reason file) in any of <paramref name="others"/> has: page.txt, page_2.txt, …</summary>
    public static string FreeName(string name, string folder, params string[] others)
    {
        var stem = Path.GetFileNameWithoutExtension(name);
        var extension = Path.GetExtension(name);
        for (var n = 1; ; n++)
        {
            var candidate = n == 1 ? name : $"{stem}_{n}{extension}";
            if (new[] { folder }.Concat(others).All(f => !File.Exists(Path.Combine(f, candidate)) && !Directory.Exists(Path.Combine(f, candidate))))
            {
                return candidate;
            }
        }
    }

    /// <summary>Files waiting in the inbox (complete or not) and files claimed but not finished.</summary>
    public int Pending() =>
        (Directory.Exists(Root) ? Directory.EnumerateFiles(Root).Count(f => !IsInProgressName(Path.GetFileName(f))) : 0)
        + (Directory.Exists(Processing) ? Directory.EnumerateFiles(Processing).Count() : 0);

    /// <summary>Files set aside in failed/ with their reasons (a feed's rejected lines count one each).</summary>
    public IReadOnlyList<(string File, string Reason, DateTimeOffset At)> FailedFiles()
    {
        var result = new List<(string, string, DateTimeOffset)>();
        if (!Directory.Exists(Failed))
        {
            return result;
        }

        foreach (var reason in Directory.EnumerateFiles(Failed, "*" + ReasonSuffix).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(reason)[..^ReasonSuffix.Length];
            result.Add((name, File.ReadAllText(reason).Trim(), File.GetLastWriteTimeUtc(reason)));
        }

        foreach (var rejected in Directory.EnumerateFiles(Failed, "*" + RejectedSuffix).Order(StringComparer.Ordinal))
        {
            var feed = Path.GetFileName(rejected)[..^RejectedSuffix.Length];
            foreach (var line in File.ReadAllLines(rejected).Where(l => l.Length > 0))
            {
                var (where, why) = line.Split('\t', 2) is [var a, var b] ? (a, b) : (line, line);
                result.Add(($"{feed}#{where}", why, File.GetLastWriteTimeUtc(rejected)));
            }
        }

        return result;
    }

    /// <summary>Documents found to repeat one already ingested (one line each in done/*.duplicate.txt).</summary>
    public int Duplicates() =>
        Directory.Exists(Done)
            ? Directory.EnumerateFiles(Done, "*" + DuplicateSuffix).Sum(f => File.ReadAllLines(f).Count(l => l.Length > 0))
            : 0;
}
