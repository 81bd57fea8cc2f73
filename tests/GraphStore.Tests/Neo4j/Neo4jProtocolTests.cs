using System.Net;
using Graph.Model;
using Graph.Store.Neo4j;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>The client against a real loopback server that answers as the Query API documents, with scripted faults.</summary>
public sealed class Neo4jProtocolTests
{
    private static readonly Fault Unavailable = new(HttpStatusCode.ServiceUnavailable);

    private static Fault Deadlock(HttpStatusCode status = HttpStatusCode.BadRequest) =>
        new(status, Neo4jErrorCodes.DeadlockDetected, "ForsetiClient[42] can't acquire ExclusiveLock{owner=ForsetiClient[7]}: deadlock");

    // A bound on every test, so a hung client fails the test instead of the run.
    private static CancellationToken Ct => new CancellationTokenSource(TimeSpan.FromSeconds(60)).Token;

    [Fact]
    public async Task Writes_a_document_in_one_explicit_transaction_of_unwind_batches()
    {
        await using var server = new FakeQueryApiServer();
        var store = Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider());
        var page = Fixtures.Page();

        var result = await store.WriteAsync(page, Ct);

        var plan = Neo4jWritePlan.For(page, 500);
        Assert.Equal(plan.Statements.Select(s => s.Text), server.Committed.Select(c => c.Text));
        Assert.Equal(1, server.Requests.Count(r => r == "POST /db/neo4j/query/v2/tx"));
        Assert.Equal(1, server.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Equal(0, server.OpenTransactions);
        Assert.All(server.Committed.Where(c => c.Text.Contains("MERGE (n:", StringComparison.Ordinal) || c.Text.Contains("MERGE (a)-", StringComparison.Ordinal)),
            c => Assert.StartsWith("UNWIND $rows AS row", c.Text, StringComparison.Ordinal));
        Assert.Equal(Neo4jStatements.CompleteDocument, server.Committed[^1].Text);
        Assert.Equal(2, result.Nodes[NodeLabel.Enterprise]);
        Assert.Equal(1, result.Relationships[RelationType.SUPPLIES]);
    }

    [Fact]
    public async Task A_unit_is_one_transaction_across_calls_and_runs_again_whole_when_one_of_its_statements_fails_transiently()
    {
        var page = Fixtures.Page();
        static Task<bool> UnitAsync(Neo4jGraphStore store, DocumentGraph page) => store.AtomicallyAsync(async token =>
        {
            await store.WriteAsync(page, token);
            await store.MergeAsync(StableId.ForEntity(NodeLabel.Enterprise, "甲"), StableId.ForEntity(NodeLabel.Enterprise, "乙"), token);
            return true;
        }, Ct);
        await using var clean = new FakeQueryApiServer();
        await UnitAsync(Fixtures.Store(Fixtures.Options(clean), new ScaledTimeProvider()), page);

        await using var faulty = new FakeQueryApiServer();
        // The first attempt fails on its sixth statement (503, no code: the client rolls back), the second on its third (a
        // deadlock: the server rolls back); the third commits.
        faulty.FailNext([.. Enumerable.Repeat(Fault.None, 5), Unavailable, Fault.None, Fault.None, Deadlock()]);
        await UnitAsync(Fixtures.Store(Fixtures.Options(faulty), new ScaledTimeProvider()), page);

        Assert.Equal(0, faulty.PendingFaults);
        Assert.Contains(clean.Committed, c => c.Text == Neo4jStatements.MergeNode(NodeLabel.Enterprise));
        Assert.Equal(clean.Committed, faulty.Committed); // the document and the merge once each: nothing of a failed attempt kept
        Assert.Equal(1, clean.Requests.Count(r => r == "POST /db/neo4j/query/v2/tx")); // the write and the merge in one transaction
        Assert.Equal(3, faulty.Requests.Count(r => r == "POST /db/neo4j/query/v2/tx"));
        Assert.Equal(1, faulty.Requests.Count(r => r.EndsWith("/commit", StringComparison.Ordinal)));
        Assert.Equal(1, faulty.Requests.Count(r => r.StartsWith("DELETE ", StringComparison.Ordinal)));
        Assert.Equal(0, faulty.OpenTransactions);
    }

    [Fact]
    public async Task Writes_exactly_the_same_statements_when_the_server_answers_503_three_times_then_reports_two_deadlocks()
    {
        var page = Fixtures.Page();
        await using var clean = new FakeQueryApiServer();
        await Fixtures.Store(Fixtures.Options(clean), new ScaledTimeProvider()).WriteAsync(page, Ct);

        await using var faulty = new FakeQueryApiServer();
        faulty.FailNext(Unavailable, Unavailable, Unavailable, Deadlock(), Deadlock(HttpStatusCode.InternalServerError));
        var time = new ScaledTimeProvider();
        var logs = new CapturingLoggerProvider();
        await Fixtures.Store(Fixtures.Options(faulty), time, logs).WriteAsync(page, Ct);

        Assert.Equal(0, faulty.PendingFaults);
        Assert.Equal(clean.Committed, faulty.Committed); // same texts, same parameters, same order: nothing doubled, nothing lost
        Assert.Equal(0, faulty.OpenTransactions);
        Assert.Equal(5, logs.Lines.Count(l => l.Contains("retrying in", StringComparison.Ordinal)));
        Assert.Equal(1, logs.Lines.Count(l => l.Contains("retrying with backoff", StringComparison.Ordinal))); // the first failure, said at once

        // Waits grow ×2 from 200 ms within ±25 % jitter: 200, 400, 800, 1600, 3200.
        var waits = time.Requested.Where(t => t < TimeSpan.FromSeconds(10)).ToList();
        Assert.Equal(5, waits.Count);
        for (var i = 0; i < waits.Count; i++)
        {
            var nominal = 200 * Math.Pow(2, i);
            Assert.InRange(waits[i].TotalMilliseconds, nominal * 0.75 - 1, nominal * 1.25 + 1);
        }
    }

    [Theory]
    [InlineData(HttpStatusCode.OK)]
    [InlineData(HttpStatusCode.Accepted)]
    [InlineData(HttpStatusCode.BadRequest)]
    [InlineData(HttpStatusCode.Conflict)]
    [InlineData(HttpStatusCode.InternalServerError)]
    public async Task A_deadlock_is_retried_whatever_the_http_status(HttpStatusCode status)
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(Deadlock(status));
        var page = Fixtures.Page();

        await Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(page, Ct);

        Assert.Equal(Neo4jWritePlan.For(page, 500).Statements.Count, server.Committed.Count);
        Assert.Equal(2, server.Requests.Count(r => r == "POST /db/neo4j/query/v2/tx"));
    }

    [Fact]
    public async Task A_statement_error_is_reported_with_the_servers_message_and_not_retried()
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(new Fault(HttpStatusCode.BadRequest, Neo4jErrorCodes.SyntaxError, "Invalid input 'MERGEE': expected 'MERGE' (line 1, column 1 (offset: 0))"));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(Fixtures.Page(), Ct));

        Assert.Equal(Neo4jErrorCodes.SyntaxError, error.Code);
        Assert.Contains("Invalid input 'MERGEE'", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsTransient);
        Assert.Empty(server.Committed);
        Assert.Equal(1, server.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Unauthorized_is_not_retried_and_the_password_appears_in_no_message_or_log()
    {
        await using var server = new FakeQueryApiServer();
        var logs = new CapturingLoggerProvider();
        const string wrong = "wr0ng-Passw0rd-never-shown";
        var store = Fixtures.Store(Fixtures.Options(server, o => o.Password = wrong), new ScaledTimeProvider(), logs);

        var error = await Assert.ThrowsAsync<Neo4jException>(() => store.WriteAsync(Fixtures.Page(), Ct));

        Assert.Equal(HttpStatusCode.Unauthorized, error.Status);
        Assert.Equal(Neo4jErrorCodes.Unauthorized, error.Code);
        Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, server.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)));
        Assert.DoesNotContain(wrong, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(logs.Lines, l => l.Contains(wrong, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forbidden_without_a_neo4j_code_is_not_retried()
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(new Fault(HttpStatusCode.Forbidden));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).HasDocumentAsync("abc", Ct));

        Assert.Equal(HttpStatusCode.Forbidden, error.Status);
        Assert.Equal(1, server.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_slow_answer_times_out_and_the_batch_is_retried_once_committed()
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(new Fault(HttpStatusCode.OK, Delay: TimeSpan.FromSeconds(30)));
        var logs = new CapturingLoggerProvider();
        var store = Fixtures.Store(Fixtures.Options(server, o => o.RequestTimeout = TimeSpan.FromMilliseconds(500)), new ScaledTimeProvider(), logs);
        var page = Fixtures.Page();

        await store.WriteAsync(page, Ct);

        Assert.Equal(Neo4jWritePlan.For(page, 500).Statements.Count, server.Committed.Count);
        Assert.Contains(logs.Lines, l => l.Contains("request timed out", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Neo4jErrorCodes.TransactionTerminated)]
    [InlineData(Neo4jErrorCodes.LockClientStopped)]
    public async Task Terminated_transactions_are_not_retried(string code)
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(new Fault(HttpStatusCode.BadRequest, code, "The transaction has been terminated."));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(Fixtures.Page(), Ct));

        Assert.Equal(code, error.Code);
        Assert.Empty(server.Committed);
    }

    [Fact]
    public async Task Gives_up_on_a_batch_after_the_configured_time_with_the_last_failure()
    {
        await using var server = new FakeQueryApiServer();
        server.FailNext(Enumerable.Repeat(Unavailable, 200).ToArray());
        var options = Fixtures.Options(server, o => o.GiveUpAfter = TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(options, new ScaledTimeProvider()).WriteAsync(Fixtures.Page(), Ct));

        Assert.True(error.Message.Contains("gave up", StringComparison.Ordinal), error.Message);
        Assert.Contains("503", error.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.Status);
        Assert.Empty(server.Committed);
    }

    [Fact]
    public async Task A_burst_of_five_failures_does_not_open_the_circuit_but_sustained_failure_does()
    {
        await using var burst = new FakeQueryApiServer();
        burst.FailNext(Enumerable.Repeat(Unavailable, 5).ToArray());
        await Fixtures.Store(Fixtures.Options(burst), new ScaledTimeProvider()).HasDocumentAsync("abc", Ct);
        Assert.Equal(0, burst.PendingFaults);

        await using var sustained = new FakeQueryApiServer();
        sustained.FailNext(Enumerable.Repeat(Unavailable, 200).ToArray());
        var options = Fixtures.Options(sustained, o =>
        {
            o.BreakerMinimumThroughput = 10;
            o.BreakerFailureRatio = 0.5;
            o.RetryMaxDelay = TimeSpan.FromMilliseconds(200);
        });

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(options, new ScaledTimeProvider()).HasDocumentAsync("abc", Ct));

        Assert.Contains("circuit is open", error.Message, StringComparison.Ordinal);
        Assert.InRange(sustained.Requests.Count(r => r.StartsWith("POST", StringComparison.Ordinal)), 10, 12);
    }

    [Fact]
    public async Task A_refused_connection_is_retried_then_reported_clearly()
    {
        int port;
        await using (var closed = new FakeQueryApiServer())
        {
            port = closed.Port;
        }

        var options = new Neo4jOptions { Uri = $"http://127.0.0.1:{port}", Password = "x", Api = "query", GiveUpAfter = TimeSpan.FromSeconds(1) };
        var logs = new CapturingLoggerProvider();

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(options, new ScaledTimeProvider(), logs).HasDocumentAsync("abc", Ct));

        Assert.Contains("connection failed", error.Message, StringComparison.Ordinal);
        Assert.Contains(logs.Lines, l => l.Contains("retrying", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_explicit_transactions_each_statement_is_retried_alone_and_the_ledger_mark_comes_last()
    {
        var page = Fixtures.Page();
        await using var clean = new FakeQueryApiServer();
        await Fixtures.Store(Fixtures.Options(clean, o => o.ExplicitTransactions = false), new ScaledTimeProvider()).WriteAsync(page, Ct);

        await using var faulty = new FakeQueryApiServer();
        faulty.FailNext(Unavailable, Deadlock());
        await Fixtures.Store(Fixtures.Options(faulty, o => o.ExplicitTransactions = false), new ScaledTimeProvider()).WriteAsync(page, Ct);

        Assert.Equal(clean.Committed, faulty.Committed);
        Assert.Equal(Neo4jStatements.CompleteDocument, faulty.Committed[^1].Text);
        Assert.DoesNotContain(faulty.Requests, r => r.Contains("/tx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_the_legacy_endpoint_a_document_is_one_atomic_request()
    {
        await using var server = new FakeQueryApiServer(legacy: true);
        var page = Fixtures.Page();

        await Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(page, Ct);

        Assert.Equal(Neo4jWritePlan.For(page, 500).Statements.Select(s => s.Text), server.Committed.Select(c => c.Text));
        Assert.Equal(["GET /", "POST /db/neo4j/tx/commit"], server.Requests);
    }

    [Fact]
    public async Task On_the_legacy_endpoint_errors_inside_a_200_answer_fail_the_batch()
    {
        await using var server = new FakeQueryApiServer(legacy: true);
        server.FailNext(new Fault(HttpStatusCode.OK, Neo4jErrorCodes.SyntaxError, "Invalid input 'X'", ErrorsIn200: true));

        var error = await Assert.ThrowsAsync<Neo4jException>(() =>
            Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(Fixtures.Page(), Ct));

        Assert.Equal(Neo4jErrorCodes.SyntaxError, error.Code);
        Assert.Equal(HttpStatusCode.OK, error.Status);
        Assert.Contains("Invalid input 'X'", error.Message, StringComparison.Ordinal);
        Assert.Empty(server.Committed);
    }

    [Fact]
    public async Task On_the_legacy_endpoint_a_deadlock_inside_a_200_answer_is_retried()
    {
        await using var server = new FakeQueryApiServer(legacy: true);
        server.FailNext(Deadlock(HttpStatusCode.OK) with { ErrorsIn200 = true });
        var page = Fixtures.Page();

        await Fixtures.Store(Fixtures.Options(server), new ScaledTimeProvider()).WriteAsync(page, Ct);

        Assert.Equal(Neo4jWritePlan.For(page, 500).Statements.Count, server.Committed.Count);
        Assert.Equal(2, server.Requests.Count(r => r == "POST /db/neo4j/tx/commit"));
    }
}
