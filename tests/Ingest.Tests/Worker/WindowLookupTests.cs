using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Worker;

/// <summary>
/// A window's name lookups (on the read connection) leave out every entity this run created, so the graph does not depend
/// on how far the writer has got when a window looks up: the two extreme orders are forced here, deterministically, into a
/// store that held names before the run (where the lookups run at all).
/// </summary>
public sealed class WindowLookupTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    // How long one side waits for the other: a guard against a deadlock, not a speed test (a loaded machine is slow).
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(10);

    // The first run's article (so the store holds names), then two windows of one document: the first names a firm in full,
    // the second by its short name only (invented names).
    private const string Held = "产业新闻\n\n东岭重工集团有限公司在临江市投资建设新厂。\n";
    private const string Full = "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。\n";
    private const string Short = "行业动态\n\n华锐精工向西岸动力科技有限公司供应数控机床。\n";

    [Fact]
    public async Task A_window_that_looks_up_after_the_writer_committed_the_window_before_it_gives_the_graph_of_one_that_looked_up_first()
    {
        using var folder = new TempFolder();
        var (early, _) = await IngestAsync(folder, "early", writeFirst: false);
        var (late, found) = await IngestAsync(folder, "late", writeFirst: true);

        // The late lookup did find the firm the first window created (the store answers with it): only the exclusion keeps it out.
        Assert.Contains("苏州华锐精工机械有限公司", found);
        Assert.NotEmpty(early["entities"]);
        foreach (var table in early.Keys)
        {
            Assert.Equal(early[table], late[table]);
        }
    }

    /// <summary>
    /// Ingests <see cref="Held"/>, then <see cref="Full"/> and <see cref="Short"/> in windows of one document on one thread,
    /// with the second window's lookup after the first window's commit (<paramref name="writeFirst"/>) or the first commit
    /// after the second window's lookup. Returns the store's rows and the names the second window's lookup was answered.
    /// </summary>
    private static async Task<(Dictionary<string, List<string>> Rows, List<string> Found)> IngestAsync(TempFolder folder, string name, bool writeFirst)
    {
        var inbox = Directory.CreateDirectory(folder.File(name)).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "0-held.txt"), Held, Ct);
        await File.WriteAllTextAsync(Path.Combine(inbox, "1-full.txt"), Full, Ct);
        await File.WriteAllTextAsync(Path.Combine(inbox, "2-short.txt"), Short, Ct);
        var path = Path.Combine(inbox, "g.db");
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(new DateOnly(2026, 7, 4)), NullLogger<IngestService>.Instance);
        var settings = new IngestSettings(Parallel: 1, Window: 1, DocumentsPerTransaction: 1);
        await using (var store = await SqliteGraphStore.OpenAsync(path, 500, Ct))
        {
            await service.IngestAsync(store, [Path.Combine(inbox, "0-held.txt")], force: false, null, Ct, settings);
        }

        var gated = new OrderedStore(await SqliteGraphStore.OpenAsync(path, 500, Ct), writeFirst);
        await using (gated)
        {
            await service.IngestAsync(gated, [Path.Combine(inbox, "1-full.txt"), Path.Combine(inbox, "2-short.txt")], force: false, null, Ct, settings);
        }

        return (WorkerCrashTests.Dump(path, inbox), gated.SecondLookup);
    }

    /// <summary>
    /// Orders the writer's first unit (the first window's documents) and the read connection's second name lookup (the
    /// second window's): the lookup waits for the unit's commit, or the unit for the lookup's answer.
    /// </summary>
    private sealed class OrderedStore(IGraphStore inner, bool writeFirst) : StoreDecorator(inner)
    {
        private readonly TaskCompletionSource _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _lookedUp = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _units;
        private int _lookups;

        public List<string> SecondLookup { get; } = [];

        private bool WriteFirst => writeFirst;

        public override async Task<IGraphStore?> OpenReaderAsync(CancellationToken cancellationToken) =>
            await base.OpenReaderAsync(cancellationToken) is { } reader ? new Reader(reader, this) : null;

        protected override async Task<T> AroundAsync<T>(string method, Func<Task<T>> call)
        {
            if (method != nameof(AtomicallyAsync) || Interlocked.Increment(ref _units) != 1)
            {
                return await call();
            }

            if (!writeFirst)
            {
                await _lookedUp.Task.WaitAsync(Guard);
            }

            var result = await call();
            _committed.TrySetResult();
            return result;
        }

        private sealed class Reader(IGraphStore reader, OrderedStore order) : StoreDecorator(reader)
        {
            protected override async Task<T> AroundAsync<T>(string method, Func<Task<T>> call)
            {
                if (method != nameof(LookupNamesAsync) || Interlocked.Increment(ref order._lookups) != 2)
                {
                    return await call();
                }

                if (order.WriteFirst)
                {
                    await order._committed.Task.WaitAsync(Guard);
                }

                var result = await call();
                order.SecondLookup.AddRange(((IReadOnlyList<NameMatch>)result!).Select(m => m.Name));
                order._lookedUp.TrySetResult();
                return result;
            }
        }
    }
}
