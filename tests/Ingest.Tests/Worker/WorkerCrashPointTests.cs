using Graph.Model;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// Exactly once through crashes, deterministically: the worker's pass over an inbox is killed before each of its store
/// calls in turn (a write, a merge, an event's re-keying, a lookup, ...), restarted on the same store, and must leave the
/// graph of one clean pass. The second file names in full a firm the first named by a short name, so its write brings a
/// merge, the re-keying of the undated signing the first file told, and a second reading of the first file.
/// </summary>
public sealed class WorkerCrashPointTests(ITestOutputHelper output)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly (string Name, string Text)[] Files =
    [
        ("1.txt", "产业新闻\n\n昨天上午,华锐精工与临江星河汽车有限公司签署战略合作协议。\n"),
        ("2.txt", "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。苏州华锐精工机械有限公司位于江苏省苏州市吴中区。\n"),
    ];

    [Fact]
    public async Task A_kill_before_any_store_call_of_a_pass_then_a_restart_leaves_the_graph_of_a_clean_pass()
    {
        using var folder = new TempFolder();
        var (cleanInbox, cleanStore, calls) = await PassAsync(folder, "clean", crashAt: int.MaxValue);
        var expected = WorkerCrashTests.Dump(cleanStore, cleanInbox);
        // The pass merges the short name into the full one (a redirect) and holds the two signings.
        Assert.Contains(expected["entities"], e => e.Contains(" Enterprise 华锐精工 ", StringComparison.Ordinal) && !e.EndsWith(' '));
        Assert.Equal(2, expected["entities"].Count(e => e.StartsWith(StableId.EventPrefix, StringComparison.Ordinal)));
        output.WriteLine($"a clean pass makes {calls} store calls");

        var failures = new List<string>();
        for (var at = 1; at <= calls; at++)
        {
            var (inbox, store, _) = await PassAsync(folder, $"crash-{at}", at);
            var actual = WorkerCrashTests.Dump(store, inbox);
            failures.AddRange(expected.Keys.Where(table => !expected[table].SequenceEqual(actual[table]))
                .Select(table => $"killed before call {at}: {table} differ: missing [{string.Join("; ", expected[table].Except(actual[table]))}], extra [{string.Join("; ", actual[table].Except(expected[table]))}]"));
            if (!WorkerCrashTests.Listing(cleanInbox).SequenceEqual(WorkerCrashTests.Listing(inbox)))
            {
                failures.Add($"killed before call {at}: the inbox differs: {string.Join(", ", WorkerCrashTests.Listing(inbox))}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>
    /// One pass over a new inbox of <see cref="Files"/>, killed before store call <paramref name="crashAt"/>, then (when it
    /// was killed) a restart: a new store handle and worker on the same files. Returns the inbox, the store and the calls the
    /// first pass made.
    /// </summary>
    private static async Task<(string Inbox, string Store, int Calls)> PassAsync(TempFolder folder, string name, int crashAt)
    {
        var inbox = Directory.CreateDirectory(folder.File(name)).FullName;
        foreach (var (file, text) in Files)
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, file), text, Ct);
        }

        var path = folder.File(name + ".db");
        int calls;
        bool crashed;
        await using (var crashing = new CrashingStore(await SqliteGraphStore.OpenAsync(path, 500, Ct), crashAt))
        {
            var worker = InboxWorkerTests.Worker(crashing, inbox);
            worker.Folders.Create();
            try
            {
                await worker.PassAsync(crashing, Ct);
            }
            catch (SimulatedCrash)
            {
            }

            (calls, crashed) = (crashing.Calls, crashing.Crashed);
        }

        if (crashed)
        {
            await using var store = await SqliteGraphStore.OpenAsync(path, 500, Ct);
            await InboxWorkerTests.Worker(store, inbox).PassAsync(store, Ct);
        }

        return (inbox, path, calls);
    }
}
