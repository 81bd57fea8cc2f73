using System.Net;
using System.Text.Json.Nodes;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.GraphStore.Tests.Neo4j;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The worker over the Neo4j store, against a loopback server that answers as the Query API does, faults included.</summary>
public sealed class WorkerNeo4jTests
{
    private static Neo4jGraphStore Store(FakeQueryApiServer server, bool explicitTransactions = true, double giveUpSeconds = 0.3) =>
        Neo4jServiceCollectionExtensions.Create(new Neo4jOptions
        {
            Uri = server.Uri,
            User = FakeQueryApiServer.User,
            Password = FakeQueryApiServer.Password,
            GiveUpAfter = TimeSpan.FromSeconds(giveUpSeconds),
            RetryFirstDelay = TimeSpan.FromMilliseconds(10),
            ExplicitTransactions = explicitTransactions,
        }, 500);

    [Fact]
    public async Task An_outage_keeps_the_file_in_processing_until_the_server_is_back_and_commits_it_exactly_once()
    {
        using var folder = new TempFolder();
        await using var clean = new FakeQueryApiServer();
        await using var faulty = new FakeQueryApiServer();
        var cleanInbox = await RunAsync(clean, folder.File("clean"));
        faulty.FailNext(Enumerable.Repeat(new Fault(HttpStatusCode.ServiceUnavailable), 20).ToArray());

        var inbox = await RunAsync(faulty, folder.File("faulty"));

        Assert.Equal(0, faulty.PendingFaults); // 20 failures: more than one attempt (GiveUpAfter 300 ms) absorbs, so the worker itself waited and retried
        Assert.Equal(Writes(clean, cleanInbox), Writes(faulty, inbox)); // the same writes, in the same order: nothing doubled, nothing lost
        Assert.True(File.Exists(Path.Combine(inbox, "done", "page.txt")));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(inbox, "processing")));
    }

    [Fact]
    public async Task A_statement_the_server_refuses_sends_the_file_to_failed_with_the_server_s_message()
    {
        using var folder = new TempFolder();
        await using var server = new FakeQueryApiServer();
        server.FailNext(new Fault(HttpStatusCode.BadRequest, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MERGEE'"));

        var inbox = await RunAsync(server, folder.File("inbox"));

        var reason = await File.ReadAllTextAsync(Path.Combine(inbox, "failed", "page.txt.reason.txt"));
        Assert.Contains("the store refused it", reason, StringComparison.Ordinal);
        Assert.Contains("Invalid input 'MERGEE'", reason, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(inbox, "done", "page.txt")));
    }

    [Fact]
    public async Task A_kill_between_a_document_s_write_and_the_merge_it_causes_commits_neither_and_a_restart_commits_both()
    {
        using var folder = new TempFolder();
        await using var server = new FakeQueryApiServer();
        // The store holds 华锐精工, a short form of the firm the page names in full: the page's write brings a merge.
        server.Answer(Neo4jStatements.LookupNames, ["key", "id", "label", "name"],
            ["华锐精工", StableId.ForEntity(NodeLabel.Enterprise, "华锐精工"), nameof(NodeLabel.Enterprise), "华锐精工"]);
        var inbox = Directory.CreateDirectory(folder.File("inbox")).FullName;
        await File.WriteAllTextAsync(Path.Combine(inbox, "page.txt"), "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。\n");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await using (var store = Store(server))
        {
            var crashing = new CrashBefore(store, nameof(IGraphStore.MergeAsync));
            var worker = InboxWorkerTests.Worker(crashing, inbox, retrySeconds: 0.05);
            worker.Folders.Create();
            await Assert.ThrowsAsync<SimulatedCrash>(() => worker.PassAsync(crashing, timeout.Token));
        }

        Assert.DoesNotContain(server.Committed, s => s.Text == Neo4jStatements.MergeDocument); // the write went with the merge
        Assert.Equal(0, server.OpenTransactions);

        await using (var store = Store(server))
        {
            await InboxWorkerTests.Worker(store, inbox, retrySeconds: 0.05).PassAsync(store, timeout.Token);
        }

        var committed = server.Committed.Select(s => s.Text).ToList();
        Assert.Contains(Neo4jStatements.MergeDocument, committed);
        Assert.Contains(Neo4jStatements.MergeNode(NodeLabel.Enterprise), committed);
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal))); // the write and the merge: one transaction
        Assert.True(File.Exists(Path.Combine(inbox, "done", "page.txt")));
    }

    private const string BatchPage = "经济新闻\n\n7月3日上午,苏州华锐精工机械有限公司与临江星河汽车有限公司签署战略合作协议。深圳市发布了新的产业政策。\n";

    /// <summary>A server whose store holds 华锐精工, a short form of the firm <see cref="BatchPage"/> names in full: its write brings a merge.</summary>
    private static FakeQueryApiServer HoldingShortName(FakeQueryApiServer server) =>
        server.Answer(Neo4jStatements.LookupNames, ["key", "id", "label", "name"],
            ["华锐精工", StableId.ForEntity(NodeLabel.Enterprise, "华锐精工"), nameof(NodeLabel.Enterprise), "华锐精工"]);

    private static IngestService Service() => new(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);

    /// <summary>The marks a run committed, as the server would answer <see cref="Neo4jStatements.Unsettled"/> after them (one row per document).</summary>
    private static FakeQueryApiServer AnswerMarks(FakeQueryApiServer server)
    {
        var marks = server.Committed.Where(s => s.Text == Neo4jStatements.MarkUnsettled).Select(s => JsonNode.Parse(s.Parameters)!).ToList();
        var first = marks[0]["first"]!.GetValue<string>();
        var merged = server.Committed.Where(s => s.Text == Neo4jStatements.Merged).SelectMany(s => JsonNode.Parse(s.Parameters)!["docs"]!.AsArray())
            .Select(d => d!.GetValue<string>()).ToHashSet();
        var rows = marks[0]["docs"]!.AsArray().Select(d => d!.GetValue<string>()).Select(doc => new JsonNode?[]
        {
            doc,
            marks.Any(m => m["unmerged"]!.AsArray().Any(u => u!.GetValue<string>() == doc)) && !merged.Contains(doc),
            doc == first ? new JsonArray([.. marks.SelectMany(m => m["districts"]!.AsArray()).Select(x => x!.DeepClone())]) : new JsonArray(),
            doc == first ? new JsonArray([.. marks.SelectMany(m => m["merged"]!.AsArray()).Select(x => x!.DeepClone())]) : new JsonArray(),
        }).ToArray();
        return server.AnswerJson(Neo4jStatements.Unsettled, ["id", "unmerged", "districts", "merged"], rows);
    }

    [Fact]
    public async Task A_batch_commits_its_unsettled_marks_with_its_documents_and_the_next_run_clears_them_in_the_unit_that_settles()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("page.txt"), BatchPage);
        await using var server = HoldingShortName(new FakeQueryApiServer());
        await using (var store = Store(server, giveUpSeconds: 60))
        {
            var crashing = new CrashBefore(store, nameof(IGraphStore.UnsettledAsync));
            await Assert.ThrowsAsync<SimulatedCrash>(() => Service().IngestAsync(crashing, [folder.File("page.txt")], force: false, progress: null, CancellationToken.None));
        }

        var committed = server.Committed.Select(s => s.Text).ToList();
        var marks = server.Committed.Where(s => s.Text == Neo4jStatements.MarkUnsettled).Select(s => JsonNode.Parse(s.Parameters)!).ToList();
        Assert.Equal(2, marks.Count); // the document (unmerged) with its Districts before its write, then the company its merge keeps before the merge
        Assert.NotEmpty(marks[0]["districts"]!.AsArray());
        Assert.Equal(marks[0]["docs"]!.ToJsonString(), marks[0]["unmerged"]!.ToJsonString());
        Assert.Equal(StableId.ForEntity(NodeLabel.Enterprise, "苏州华锐精工机械有限公司"), Assert.Single(marks[1]["merged"]!.AsArray())!.GetValue<string>());
        Assert.True(committed.IndexOf(Neo4jStatements.MarkUnsettled) < committed.IndexOf(Neo4jStatements.CompleteDocument));
        Assert.True(committed.LastIndexOf(Neo4jStatements.MarkUnsettled) < committed.IndexOf(Neo4jStatements.MergeNode(NodeLabel.Enterprise)));
        Assert.True(committed.IndexOf(Neo4jStatements.MergeNode(NodeLabel.Enterprise)) < committed.IndexOf(Neo4jStatements.Merged)); // the merges made
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal))); // documents, merge and marks: one transaction
        Assert.DoesNotContain(Neo4jStatements.Settled, committed); // killed as the settling began
        Assert.Equal(0, server.OpenTransactions);

        // The next run (here of nothing new) reads the marks the store holds, settles them and clears them, in one transaction.
        AnswerMarks(server);
        await using (var store = Store(server, giveUpSeconds: 60))
        {
            await Service().IngestAsync(store, [Directory.CreateDirectory(folder.File("empty")).FullName], force: false, progress: null, CancellationToken.None);
        }

        var settled = Assert.Single(server.Committed, s => s.Text == Neo4jStatements.Settled);
        Assert.Equal(marks[0]["docs"]!.ToJsonString(), JsonNode.Parse(settled.Parameters)!["docs"]!.ToJsonString());
        Assert.Equal(2, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Without_explicit_transactions_a_kill_before_a_merge_leaves_marks_that_make_the_next_run_redo_the_merges_and_clear_them_last()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("page.txt"), BatchPage);
        await using var server = HoldingShortName(new FakeQueryApiServer());
        await using (var store = Store(server, explicitTransactions: false, giveUpSeconds: 60))
        {
            var crashing = new CrashBefore(store, nameof(IGraphStore.MergeAsync));
            await Assert.ThrowsAsync<SimulatedCrash>(() => Service().IngestAsync(crashing, [folder.File("page.txt")], force: false, progress: null, CancellationToken.None));
        }

        // Statement by statement: the document is complete, its marks committed before it, the company the merge keeps marked
        // before the merge, which the kill prevented; the document stays unmerged.
        var committed = server.Committed.Select(s => s.Text).ToList();
        Assert.Equal(0, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.True(committed.IndexOf(Neo4jStatements.MarkUnsettled) < committed.IndexOf(Neo4jStatements.MergeDocument));
        Assert.Contains(Neo4jStatements.CompleteDocument, committed);
        Assert.Equal(2, committed.Count(s => s == Neo4jStatements.MarkUnsettled));
        Assert.DoesNotContain(Neo4jStatements.MergeNode(NodeLabel.Enterprise), committed);
        Assert.DoesNotContain(Neo4jStatements.Merged, committed);
        Assert.DoesNotContain(Neo4jStatements.Settled, committed);

        // The next run finds the unmerged document: it reads what the document mentions to merge again, and clears the marks
        // only after all its settling work, as the last statement it sends.
        AnswerMarks(server);
        var before = server.Committed.Count;
        await using (var store = Store(server, explicitTransactions: false, giveUpSeconds: 60))
        {
            await Service().IngestAsync(store, [Directory.CreateDirectory(folder.File("empty")).FullName], force: false, progress: null, CancellationToken.None);
        }

        var rerun = server.Committed.Skip(before).Select(s => s.Text).ToList();
        Assert.Equal(Neo4jStatements.Settled, rerun[^1]);
        Assert.True(rerun.IndexOf(Neo4jStatements.Unsettled) < rerun.IndexOf(Neo4jStatements.MentionsOf));
    }

    // Reads (the ledger, known names) are asked again after each failure; writes must not be.
    // The document's path differs between the two inboxes; everything else must be the same.
    private static List<CommittedStatement> Writes(FakeQueryApiServer server, string inbox) =>
        server.Committed.Where(s => new[] { "MERGE", "SET ", "DELETE", "CREATE" }.Any(w => s.Text.Contains(w, StringComparison.Ordinal)))
            .Select(s => s with { Parameters = s.Parameters.Replace(inbox, "INBOX", StringComparison.Ordinal) }).ToList();

    private static async Task<string> RunAsync(FakeQueryApiServer server, string inbox)
    {
        Directory.CreateDirectory(inbox);
        File.Copy(RepoPaths.SeedFile("004"), Path.Combine(inbox, "page.txt"));
        await using var store = Store(server);
        var worker = InboxWorkerTests.Worker(store, inbox, retrySeconds: 0.05);
        worker.Folders.Create();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await worker.PassAsync(store, timeout.Token);
        return inbox;
    }
}
