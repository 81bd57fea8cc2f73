using System.Net;
using Graph.GraphStore.Tests.Neo4j;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The worker over the Neo4j store, against a loopback server that answers as the Query API does, faults included.</summary>
public sealed class WorkerNeo4jTests
{
    private static Neo4jGraphStore Store(FakeQueryApiServer server) =>
        Neo4jServiceCollectionExtensions.Create(new Neo4jOptions
        {
            Uri = server.Uri,
            User = FakeQueryApiServer.User,
            Password = FakeQueryApiServer.Password,
            GiveUpAfter = TimeSpan.FromMilliseconds(300),
            RetryFirstDelay = TimeSpan.FromMilliseconds(10),
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
