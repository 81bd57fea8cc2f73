using System.Diagnostics;
using System.Text;
using Graph.Tests.Shared;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// Exactly once through crashes: a real worker process is killed with SIGKILL at random moments, restarted each time,
/// and its final graph must equal that of one clean run over the same inbox.
/// </summary>
public sealed class WorkerCrashTests(ITestOutputHelper output)
{
    private const int Kills = 12;

    // Files pending when a killed worker is restarted: more than one restart's start-up and forty milliseconds can drain.
    private const int Fed = 16;

    [Fact]
    public async Task Killing_the_worker_at_random_moments_leaves_the_same_graph_as_a_clean_run()
    {
        using var folder = new TempFolder();
        var (clean, crashed) = (folder.File("clean"), folder.File("crashed"));
        var (cleanStaged, crashedStaged) = (await Corpus(folder.File("clean-staged")), await Corpus(folder.File("crashed-staged")));

        Feed(cleanStaged, clean, int.MaxValue);
        await RunUntilDoneAsync(clean, folder.File("clean.db"));

        var random = new Random(11);
        var pendingAtKill = new List<int>();
        for (var kill = 0; kill < Kills; kill++)
        {
            // The corpus is fed in name order (the order the worker takes files in), so that files are always pending however
            // fast the worker drains the inbox between two kills; the clean run took the same files in the same order.
            Feed(crashedStaged, crashed, Fed);
            // Below normal priority: on a loaded machine this test's polling still runs soon after a file is done, rather than
            // after the worker has raced through the inbox (kills that find nothing pending test nothing).
            using var worker = Start(crashed, folder.File("crashed.db"), ProcessPriorityClass.BelowNormal);

            // Once this run has finished a file (so the kill lands in the middle of the work, not in start-up), a random moment later.
            var before = Pending(crashed);
            var waited = Stopwatch.StartNew();
            while (Pending(crashed) == before && before > 0 && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(5);
            }

            await Task.Delay(random.Next(40));
            pendingAtKill.Add(Pending(crashed));
            worker.Kill(); // SIGKILL: no chance to finish, roll back or move anything
            await worker.WaitForExitAsync();
        }

        Feed(crashedStaged, crashed, int.MaxValue);
        await RunUntilDoneAsync(crashed, folder.File("crashed.db"));
        output.WriteLine($"{Kills} kills; files pending at each kill: {string.Join(", ", pendingAtKill)}");

        Assert.True(pendingAtKill.Count(p => p > 0) >= 10, "at least ten kills must land while work is pending: " + string.Join(", ", pendingAtKill));
        Assert.Equal(0, Pending(crashed));
        var expected = Dump(folder.File("clean.db"), clean);
        var actual = Dump(folder.File("crashed.db"), crashed);
        Assert.NotEmpty(expected["entities"]);
        foreach (var table in expected.Keys)
        {
            Assert.Equal(expected[table], actual[table]);
        }

        Assert.Equal(Listing(clean), Listing(crashed));
    }

    /// <summary>
    /// Moves staged files into the inbox in name order until <paramref name="pending"/> files wait there (in the inbox or in
    /// processing/), or every file when there are fewer. Files fed later sort after every file fed before them.
    /// </summary>
    private static void Feed(string staged, string inbox, int pending)
    {
        Directory.CreateDirectory(inbox);
        foreach (var file in Directory.EnumerateFiles(staged).Order(StringComparer.Ordinal).ToList())
        {
            if (Pending(inbox) >= pending)
            {
                return;
            }

            File.Move(file, Path.Combine(inbox, Path.GetFileName(file)));
        }
    }

    /// <summary>The seeds in sixteen variants each (a distinct last line, so distinct documents), a GB18030 and a UTF-16 copy, and bad files, staged in a folder of their own.</summary>
    private static async Task<string> Corpus(string inbox)
    {
        Directory.CreateDirectory(inbox);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt"))
        {
            var text = await File.ReadAllTextAsync(seed);
            for (var variant = 1; variant <= 16; variant++)
            {
                await File.WriteAllTextAsync(Path.Combine(inbox, $"{Path.GetFileNameWithoutExtension(seed)}-{variant}.txt"), text + $"\n（第{variant}版）\n");
            }
        }

        var page = await File.ReadAllTextAsync(RepoPaths.SeedFile("004"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "copy-gb18030.txt"), Encoding.GetEncoding("GB18030").GetBytes(page + "\n（第1版）\n"));
        await File.WriteAllBytesAsync(Path.Combine(inbox, "copy-utf16.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(page + "\n（第2版）\n")]);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "binary.txt"), [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10]);
        await File.WriteAllBytesAsync(Path.Combine(inbox, "invalid.txt"), [0xE6, 0x88, 0x41, 0xFF, 0xFE, 0x41]);
        await File.WriteAllTextAsync(Path.Combine(inbox, "english.txt"), "Only English here, no Chinese at all.\n");
        return inbox;
    }

    private static Process Start(string inbox, string store, ProcessPriorityClass priority = ProcessPriorityClass.Normal)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Graph.Ingest.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "run", "--inbox", inbox, "--store", store, "--Inbox:SettleSeconds=0", "--Inbox:PollSeconds=0.1" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        if (priority != ProcessPriorityClass.Normal)
        {
            try
            {
                process.PriorityClass = priority;
            }
            catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
            {
                // not allowed here: the kills land as the machine lets them, and the assertion below says if too few did
            }
        }

        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task RunUntilDoneAsync(string inbox, string store)
    {
        using var worker = Start(inbox, store);
        var deadline = Stopwatch.StartNew();
        while (Pending(inbox) > 0 || !Directory.Exists(Path.Combine(inbox, "processing")))
        {
            Assert.False(worker.HasExited, "the worker stopped by itself");
            // A guard against a hung worker, not a speed test: a shared machine under load takes minutes for what takes seconds alone.
            Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(15), "the worker did not finish the inbox in 15 minutes");
            await Task.Delay(200);
        }

        worker.Kill();
        await worker.WaitForExitAsync();
    }

    private static int Pending(string inbox) =>
        Directory.EnumerateFiles(inbox).Count()
        + (Directory.Exists(Path.Combine(inbox, "processing")) ? Directory.EnumerateFiles(Path.Combine(inbox, "processing")).Count() : 0);

    /// <summary>Every file in done/ and failed/ with its content (reasons, duplicates), relative to the inbox.</summary>
    internal static List<string> Listing(string inbox) =>
        Directory.EnumerateFiles(inbox, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(inbox, f) + (f.EndsWith(".txt.txt", StringComparison.Ordinal) || f.Contains(".reason.", StringComparison.Ordinal) || f.Contains(".duplicate.", StringComparison.Ordinal)
                ? " " + File.ReadAllText(f).Replace(inbox, "", StringComparison.Ordinal) : ""))
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static Dictionary<string, List<string>> Dump(string store, string inbox)
    {
        var queries = new Dictionary<string, string>
        {
            ["documents"] = "SELECT id || ' ' || file_name || ' ' || replace(coalesce(path, ''), $inbox, '') || ' ' || sha256 || ' ' || coalesce(byte_sha256, '') || ' ' || coalesce(encoding, '') FROM documents",
            ["entities"] = "SELECT id || ' ' || label || ' ' || name || ' ' || attrs || ' ' || coalesce(redirect_to, '') FROM entities",
            ["name_keys"] = "SELECT key || ' ' || entity_id || ' ' || document_id FROM name_keys",
            ["aliases"] = "SELECT entity_id || ' ' || alias || ' ' || document_id FROM aliases",
            ["relations"] = "SELECT id || ' ' || type || ' ' || from_id || ' ' || to_id || ' ' || attrs FROM relations",
            ["evidence"] = "SELECT owner_id || ' ' || document_id || ' ' || start || ' ' || end || ' ' || rule || ' ' || confidence FROM evidence",
        };
        using var connection = new SqliteConnection($"Data Source={store};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var result = new Dictionary<string, List<string>>();
        foreach (var (table, sql) in queries)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$inbox", inbox);
            using var reader = command.ExecuteReader();
            var rows = new List<string>();
            while (reader.Read())
            {
                rows.Add(reader.GetString(0));
            }

            rows.Sort(StringComparer.Ordinal);
            result[table] = rows;
        }

        return result;
    }
}
