using System.Diagnostics;
using System.Text.Json;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Cli;

/// <summary>What a user can get wrong is one line on stderr and exit 1 (2 for usage only); the stack trace only with -v.</summary>
public sealed class CommandErrorTests
{
    public static TheoryData<string[], int, string> Mistakes() => new()
    {
        { ["segment", "/no/such/file.txt"], 1, "no such file: /no/such/file.txt" },
        { ["articles", "/no/such/file.txt"], 1, "no such file" },
        { ["ingest", "/no/such/folder", "--store", "{tmp}/g.db"], 1, "/no/such/folder: no such file or folder" },
        { ["ingest", "{seeds}", "--store", "{tmp}/junk.db"], 1, "not a SQLite database" },
        { ["retract", "nothing.txt", "--store", "{tmp}/g.db"], 1, "no document 'nothing.txt'" },
        { ["status", "--store", "{tmp}/none.db"], 1, "no store at" },
        { ["ingest", "{seeds}", "--neo4j", "--Neo4j:Uri=bolt://localhost:17474"], 1, "a Bolt address" },
        { ["status", "--neo4j", "--Neo4j:Uri=http://127.0.0.1:9", "--Neo4j:GiveUpAfter=00:00:01"], 1, "Is Neo4j running?" },
        { ["ingest", "{seeds}", "--Store:BatchSize=0", "--store", "{tmp}/g.db"], 1, "Store:BatchSize must be between 1 and 100000 (environment Store__BatchSize)" },
        { ["no-such-command"], 2, "usage error" },
        { ["ingest"], 2, "usage error" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task A_mistake_is_one_line_and_an_exit_code(string[] args, int exitCode, string message)
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("junk.db"), "this is not a database, only text that is long enough to be read");

        var (code, stdout, stderr) = await RunAsync(args.Select(a => a.Replace("{tmp}", folder.Path).Replace("{seeds}", RepoPaths.Seeds)).ToArray());

        Assert.Equal(exitCode, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_v_the_stack_trace_follows_the_line()
    {
        var (code, _, stderr) = await RunAsync(["status", "--store", "/no/such/dir/none.db", "-v"]);
        Assert.Equal(1, code);
        Assert.Contains("error: no store at", stderr, StringComparison.Ordinal);
        Assert.Contains("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_as_json_is_exactly_one_object_with_the_documented_keys()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        Directory.CreateDirectory(Path.Combine(inbox, "failed"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "failed", "bad.txt"), "x");
        await File.WriteAllTextAsync(Path.Combine(inbox, "failed", "bad.txt.reason.txt"), "empty file (0 bytes)\n");
        await File.WriteAllTextAsync(Path.Combine(inbox, "waiting.txt"), "嘉兴");
        Assert.Equal(0, (await RunAsync(["ingest", RepoPaths.SeedFile("004"), "--store", folder.File("g.db")])).Code);

        var (code, stdout, _) = await RunAsync(["status", "--store", folder.File("g.db"), "--inbox", inbox, "--format", "json"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["documents", "pending", "failed", "duplicates", "entities", "relationships", "unsettled", "lastError", "failedFiles"],
            json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, json.RootElement.GetProperty("documents").GetInt32());
        Assert.Equal(0, json.RootElement.GetProperty("unsettled").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("pending").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("failed").GetInt32());
        Assert.True(json.RootElement.GetProperty("entities").GetInt32() > 0);
        Assert.Equal("bad.txt", json.RootElement.GetProperty("lastError").GetProperty("file").GetString());
        Assert.Equal("empty file (0 bytes)", json.RootElement.GetProperty("failedFiles")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Status_counts_the_documents_whose_end_of_run_work_a_stopped_run_left_and_reads_a_store_older_than_the_marks()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        Assert.Equal(0, (await RunAsync(["ingest", RepoPaths.SeedFile("004"), "--store", path])).Code);
        await using (var store = await Graph.Store.Sqlite.SqliteGraphStore.OpenAsync(path, 500, CancellationToken.None))
        {
            // What a run killed after its documents' transaction leaves: a document to settle, another whose merges wait too.
            await store.MarkUnsettledAsync(new Graph.Store.Unsettled(["doc-a"], ["dis-x"], []) { Unmerged = ["doc-a", "doc-b"] }, CancellationToken.None);
        }

        var (code, stdout, _) = await RunAsync(["status", "--store", path, "--format", "json"]);
        Assert.Equal(0, code);
        using (var json = JsonDocument.Parse(stdout))
        {
            Assert.Equal(2, json.RootElement.GetProperty("unsettled").GetInt32());
        }

        var (tableCode, table, _) = await RunAsync(["status", "--store", path]);
        Assert.Equal(0, tableCode);
        Assert.Contains("the next `ingest` or worker start finishes it", table, StringComparison.Ordinal);

        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE unsettled";
            await drop.ExecuteNonQueryAsync();
        }

        var (oldCode, old, stderr) = await RunAsync(["status", "--store", path, "--format", "json"]);
        Assert.True(oldCode == 0, stderr);
        using var oldJson = JsonDocument.Parse(old);
        Assert.Equal(0, oldJson.RootElement.GetProperty("unsettled").GetInt32());
    }

    internal static async Task<(int Code, string Stdout, string Stderr)> RunAsync(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Graph.Ingest.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var name in new[] { "NEO4J_URI", "NEO4J_PASSWORD", "Neo4j__Uri", "Store__Path" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>retry-failed puts the failed files back where the worker takes them.</summary>
public sealed class RetryFailedTests
{
    [Fact]
    public async Task Failed_files_go_back_to_the_inbox_without_their_reasons_and_without_overwriting()
    {
        using var folder = new TempFolder();
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        Directory.CreateDirectory(Path.Combine(inbox, "failed"));
        await File.WriteAllTextAsync(Path.Combine(inbox, "failed", "a.txt"), "failed copy");
        await File.WriteAllTextAsync(Path.Combine(inbox, "failed", "a.txt.reason.txt"), "unreadable");
        await File.WriteAllTextAsync(Path.Combine(inbox, "a.txt"), "a new file of the same name");

        var (code, stdout, _) = await CommandErrorTests.RunAsync(["retry-failed", "--inbox", inbox]);

        Assert.Equal(0, code);
        Assert.Contains("1 file(s) moved back", stdout, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(inbox, "failed")));
        Assert.Equal("a new file of the same name", await File.ReadAllTextAsync(Path.Combine(inbox, "a.txt")));
        Assert.Equal("failed copy", await File.ReadAllTextAsync(Path.Combine(inbox, "a_2.txt")));
    }
}
