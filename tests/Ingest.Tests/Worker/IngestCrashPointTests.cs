using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// A batch <c>ingest</c> killed anywhere, then run again on the same files, leaves the graph of one uninterrupted run. The
/// store holds an earlier run's page, which names a firm by a short name and a District under its province; the batch names
/// the firm in full (a merge, and a second reading of the earlier page) and brings the city between District and province
/// (the place hierarchy relinked). Those two steps run after the batch's documents are committed: a kill between leaves the
/// ledger calling the documents done, so only the marks of what is unsettled let the rerun finish them. On a store without
/// units every call commits on its own, so a kill also falls between a transaction's documents and its merges, or inside
/// the settling: the marks (each written before what it marks, cleared after) let the rerun redo those too.
/// </summary>
public sealed class IngestCrashPointTests(ITestOutputHelper output)
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    private const string Earlier = "1.txt";

    private static readonly (string Name, string Text)[] Files =
    [
        (Earlier, "产业新闻\n\n昨天上午,华锐精工与临江星河汽车有限公司签署战略合作协议。华锐精工将为星河汽车配套供应转向节。广东省龙岗区的制造业企业越来越多。\n"),
        ("2.txt", "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。苏州华锐精工机械有限公司位于江苏省苏州市吴中区。\n"),
        ("3.txt", "城市新闻\n\n深圳市发布了新的产业政策。\n"),
    ];

    private static readonly IngestSettings OneThread = new(Parallel: 1);

    private readonly IngestService _service = new(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);

    [Theory]
    [InlineData(1024, true)] // the batch's documents in one transaction
    [InlineData(1, true)] // one transaction per document: kills between them too
    [InlineData(1024, false)] // a store without units (Neo4j without explicit transactions): each call commits on its own
    [InlineData(1, false)]
    public async Task A_batch_killed_before_any_store_call_then_run_again_leaves_the_graph_of_an_uninterrupted_run(int documentsPerTransaction, bool units)
    {
        var settings = OneThread with { DocumentsPerTransaction = documentsPerTransaction };
        using var folder = new TempFolder();
        var (batch, before) = await EarlierStoreAsync(folder);

        var (clean, calls) = await RunAsync(folder, before, "clean", batch, crashAt: int.MaxValue, settings, units);
        var expected = WorkerCrashTests.Dump(clean, folder.Path);
        // The end-of-run work shows in the clean graph: the city between District and province, the short name merged.
        Assert.Contains(expected["relations"], r => r.Contains(" LOCATED_IN dis-", StringComparison.Ordinal) && r.Contains("\"basis\":\"gazetteer\"", StringComparison.Ordinal));
        Assert.Contains(expected["entities"], e => e.Contains(" Enterprise 华锐精工 ", StringComparison.Ordinal) && !e.EndsWith(' '));
        Assert.True(await NothingUnsettledAsync(clean));
        output.WriteLine($"an uninterrupted batch makes {calls} store calls");

        var failures = new List<string>();
        var leftUnsettled = 0;
        for (var at = 1; at <= calls; at++)
        {
            var (store, _) = await RunAsync(folder, before, $"crash-{at}", batch, at, settings, units);
            var marked = !await NothingUnsettledAsync(store);
            if (marked && units)
            {
                // Killed after the documents' transaction, before the settling one: the marks say what is left to do, and
                // the graph is not yet the uninterrupted one. (Without units, the work may be done up to the clearing.)
                leftUnsettled++;
                var killed = WorkerCrashTests.Dump(store, folder.Path);
                Assert.False(expected.Keys.All(table => expected[table].SequenceEqual(killed[table])), $"killed before call {at}: marks, yet the end-of-run work done");
            }

            await using (var again = await SqliteGraphStore.OpenAsync(store, 500, Ct))
            {
                var report = await _service.IngestAsync(again, batch, force: false, progress: null, Ct, settings);
                Assert.Equal(batch.Count, report.Skipped.Count + report.Totals.Documents); // each document written once, by one of the runs
            }

            var actual = WorkerCrashTests.Dump(store, folder.Path);
            failures.AddRange(expected.Keys.Where(table => !expected[table].SequenceEqual(actual[table]))
                .Select(table => $"killed before call {at}: {table} differ: missing [{string.Join("; ", expected[table].Except(actual[table]))}], extra [{string.Join("; ", actual[table].Except(expected[table]))}]"));
            if (!await NothingUnsettledAsync(store))
            {
                failures.Add($"killed before call {at}: the rerun left marks");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(leftUnsettled > 1 || !units, $"only {leftUnsettled} kills fell between the documents and the end of the run");
    }

    [Fact]
    public async Task The_worker_settles_at_start_what_a_killed_batch_left()
    {
        using var folder = new TempFolder();
        var (batch, before) = await EarlierStoreAsync(folder);

        var (clean, _) = await RunAsync(folder, before, "clean", batch, crashAt: int.MaxValue);
        var path = folder.File("killed.db");
        File.Copy(before, path);
        await using (var crashing = new CrashBefore(await SqliteGraphStore.OpenAsync(path, 500, Ct), nameof(IGraphStore.UnsettledAsync)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _service.IngestAsync(crashing, batch, force: false, progress: null, Ct, OneThread));
        }

        Assert.False(await NothingUnsettledAsync(path));
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        // The worker owns the store it opens (and disposes it when it stops).
        var worker = InboxWorkerTests.Worker(await SqliteGraphStore.OpenAsync(path, 500, Ct), inbox);
        await worker.StartAsync(Ct);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(5); // a guard against a hung worker, not a speed limit
        while (!await NothingUnsettledAsync(path) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, Ct);
        }

        await worker.StopAsync(Ct);

        Assert.True(await NothingUnsettledAsync(path));
        var expected = WorkerCrashTests.Dump(clean, folder.Path);
        var actual = WorkerCrashTests.Dump(path, folder.Path);
        Assert.All(expected.Keys, table => Assert.Equal(expected[table], actual[table]));
    }

    /// <summary>The batch into a copy of <paramref name="before"/>, killed before store call <paramref name="crashAt"/>; returns the store and the calls made.</summary>
    /// <summary>Writes the pages into <paramref name="folder"/> and a store holding the earlier one; returns the batch's files and that store.</summary>
    private async Task<(List<string> Batch, string Before)> EarlierStoreAsync(TempFolder folder)
    {
        foreach (var (file, text) in Files)
        {
            await File.WriteAllTextAsync(folder.File(file), text, Ct);
        }

        var before = folder.File("before.db");
        await using (var store = await SqliteGraphStore.OpenAsync(before, 500, Ct))
        {
            await _service.IngestAsync(store, [folder.File(Earlier)], force: false, progress: null, Ct, OneThread);
        }

        return ([.. Files.Select(f => folder.File(f.Name)).Where(f => Path.GetFileName(f) != Earlier)], before);
    }

    private async Task<(string Store, int Calls)> RunAsync(TempFolder folder, string before, string name, IReadOnlyList<string> batch, int crashAt,
        IngestSettings? settings = null, bool units = true)
    {
        var path = folder.File(name + ".db");
        File.Copy(before, path);
        IGraphStore store = await SqliteGraphStore.OpenAsync(path, 500, Ct);
        await using var crashing = new CrashingStore(units ? store : new WithoutUnits(store), crashAt);
        try
        {
            await _service.IngestAsync(crashing, batch, force: false, progress: null, Ct, settings ?? OneThread);
        }
        catch (OperationCanceledException) when (crashing.Crashed)
        {
        }

        if (crashAt == int.MaxValue)
        {
            output.WriteLine(string.Join(", ", crashing.Methods.Select((m, i) => $"{i + 1} {m}")));
        }

        return (path, crashing.Calls);
    }

    private static async Task<bool> NothingUnsettledAsync(string path)
    {
        await using var store = await SqliteGraphStore.OpenAsync(path, 500, Ct, mustExist: true);
        return (await store.UnsettledAsync(Ct)).IsEmpty;
    }
}
