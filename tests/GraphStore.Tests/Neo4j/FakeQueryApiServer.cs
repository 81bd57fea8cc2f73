using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>A scripted failure for the next matching request: an HTTP status, optionally a Neo4j code, optionally a delay first.</summary>
public sealed record Fault(HttpStatusCode Status, string? Code = null, string? Message = null, TimeSpan? Delay = null, bool ErrorsIn200 = false)
{
    /// <summary>No failure: the request it is dequeued for is answered as usual (to fail one in the middle of a transaction).</summary>
    public static readonly Fault None = new(HttpStatusCode.OK);
}

/// <summary>A statement the fake server committed, with its parameters as JSON text.</summary>
public sealed record CommittedStatement(string Text, string Parameters);

/// <summary>
/// A real loopback HTTP server answering as Neo4j's Query API documents (and, in legacy mode, as the old
/// transactional endpoint): discovery, implicit queries, explicit transactions with commit and rollback,
/// Basic auth. Faults are scripted per request; committed statements are recorded in order so tests can
/// assert that nothing was written twice or lost.
/// </summary>
public sealed class FakeQueryApiServer : IAsyncDisposable
{
    public const string User = "neo4j";
    public const string Password = "s3cret-Pa55word!";

    private readonly HttpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly ConcurrentQueue<Fault> _faults = new();
    private readonly ConcurrentDictionary<string, List<CommittedStatement>> _open = new();
    private readonly List<CommittedStatement> _committed = [];
    private readonly List<string> _requests = [];
    private readonly ConcurrentDictionary<string, (string[] Fields, JsonNode?[][] Rows)> _answers = new(StringComparer.Ordinal);
    private readonly object _gate = new();
    private int _nextTransaction;

    public FakeQueryApiServer(bool legacy = false)
    {
        Legacy = legacy;
        (_listener, Port) = LoopbackHttp.Listen();
        _loop = Task.Run(AcceptAsync);
    }

    public bool Legacy { get; }

    public int Port { get; }

    public string Uri => $"http://127.0.0.1:{Port}";

    public IReadOnlyList<CommittedStatement> Committed { get { lock (_gate) { return [.. _committed]; } } }

    /// <summary>"METHOD path" of every request received, in order.</summary>
    public IReadOnlyList<string> Requests { get { lock (_gate) { return [.. _requests]; } } }

    public int OpenTransactions => _open.Count;

    public int PendingFaults => _faults.Count;

    /// <summary>Scripts failures for the next requests that carry Cypher (discovery and rollbacks are never faulted).</summary>
    public FakeQueryApiServer FailNext(params Fault[] faults)
    {
        foreach (var fault in faults)
        {
            _faults.Enqueue(fault);
        }

        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        _listener.Close();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }

            _ = Task.Run(() => HandleSafelyAsync(context));
        }
    }

    private async Task HandleSafelyAsync(HttpListenerContext context)
    {
        try
        {
            await HandleAsync(context);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // the client gave up on a slow answer
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        var path = request.Url!.AbsolutePath.TrimEnd('/');
        lock (_gate)
        {
            _requests.Add($"{request.HttpMethod} {(path.Length == 0 ? "/" : path)}");
        }

        if (request.HttpMethod == "GET" && path.Length == 0)
        {
            var discovery = Legacy
                ? new JsonObject { ["transaction"] = $"{Uri}/db/{{databaseName}}/tx", ["neo4j_version"] = "5.18.0" }
                : new JsonObject { ["query"] = $"{Uri}/db/{{databaseName}}/query/v2", ["transaction"] = $"{Uri}/db/{{databaseName}}/tx", ["neo4j_version"] = "5.26.0" };
            await AnswerAsync(context, HttpStatusCode.OK, discovery);
            return;
        }

        if (request.Headers["Authorization"] != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{User}:{Password}")))
        {
            await AnswerAsync(context, HttpStatusCode.Unauthorized, Errors("Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
            return;
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);

        // DELETE /db/{db}/query/v2/tx/{id}: rollback
        if (request.HttpMethod == "DELETE" && segments is [_, _, "query", "v2", "tx", var rollback])
        {
            var found = _open.TryRemove(rollback, out _);
            await AnswerAsync(context, found ? HttpStatusCode.OK : HttpStatusCode.NotFound,
                found ? new JsonObject() : Errors("Neo.ClientError.Request.Invalid", $"Transaction {rollback} not found"));
            return;
        }

        var body = await new StreamReader(request.InputStream, Encoding.UTF8).ReadToEndAsync();
        if (_faults.TryDequeue(out var fault) && fault != Fault.None)
        {
            await FailAsync(context, segments, fault);
            return;
        }

        switch (segments)
        {
            case [_, _, "tx", "commit"] when Legacy:
                await LegacyCommitAsync(context, body);
                return;
            case [_, _, "query", "v2"]:
                var single = Statement(body);
                lock (_gate)
                {
                    _committed.Add(single);
                }

                await AnswerAsync(context, HttpStatusCode.Accepted, Result(single));
                return;
            case [_, _, "query", "v2", "tx"]:
                var id = $"tx{Interlocked.Increment(ref _nextTransaction)}";
                var first = Statement(body);
                _open[id] = [first];
                var begun = Result(first);
                begun["transaction"] = new JsonObject { ["id"] = id, ["expires"] = "2030-01-01T00:00:00Z" };
                context.Response.Headers["neo4j-cluster-affinity"] = "fake-affinity";
                await AnswerAsync(context, HttpStatusCode.Accepted, begun);
                return;
            case [_, _, "query", "v2", "tx", var tx, "commit"]:
                if (!_open.TryRemove(tx, out var statements))
                {
                    await AnswerAsync(context, HttpStatusCode.NotFound, Errors("Neo.ClientError.Request.Invalid", $"Transaction {tx} not found"));
                    return;
                }

                lock (_gate)
                {
                    _committed.AddRange(statements);
                }

                await AnswerAsync(context, HttpStatusCode.Accepted, new JsonObject { ["data"] = Data([], []), ["bookmarks"] = new JsonArray("FB:fake") });
                return;
            case [_, _, "query", "v2", "tx", var tx]:
                if (request.Headers["neo4j-cluster-affinity"] != "fake-affinity" || !_open.TryGetValue(tx, out var buffer))
                {
                    await AnswerAsync(context, HttpStatusCode.NotFound, Errors("Neo.ClientError.Request.Invalid", $"Transaction {tx} not found"));
                    return;
                }

                var next = Statement(body);
                buffer.Add(next);
                await AnswerAsync(context, HttpStatusCode.Accepted, Result(next));
                return;
            default:
                await AnswerAsync(context, HttpStatusCode.NotFound, Errors("Neo.ClientError.Request.Invalid", $"no endpoint {path}"));
                return;
        }
    }

    private async Task FailAsync(HttpListenerContext context, string[] segments, Fault fault)
    {
        if (fault.Delay is { } delay)
        {
            await Task.Delay(delay, _stop.Token);
        }

        // A failure carrying a Neo4j code rolls the transaction back, as the server does.
        if (fault.Code is not null && segments is [_, _, "query", "v2", "tx", var tx, ..])
        {
            _open.TryRemove(tx, out _);
        }

        var status = fault.ErrorsIn200 ? HttpStatusCode.OK : fault.Status;
        if (fault.Code is null)
        {
            context.Response.StatusCode = (int)status;
            context.Response.Close();
            return;
        }

        var errors = Errors(fault.Code, fault.Message ?? $"scripted {fault.Code}");
        if (Legacy)
        {
            errors["results"] = new JsonArray();
        }

        await AnswerAsync(context, status, errors);
    }

    private async Task LegacyCommitAsync(HttpListenerContext context, string body)
    {
        var statements = JsonNode.Parse(body)!["statements"]!.AsArray()
            .Select(s => new CommittedStatement(s!["statement"]!.GetValue<string>(), s["parameters"]?.ToJsonString() ?? "{}"))
            .ToList();
        lock (_gate)
        {
            _committed.AddRange(statements);
        }

        var results = new JsonArray(statements.Select(s =>
        {
            var result = Result(s)["data"]!;
            var rows = new JsonArray(result["values"]!.AsArray().Select(v => (JsonNode?)new JsonObject { ["row"] = v!.DeepClone() }).ToArray());
            return (JsonNode?)new JsonObject { ["columns"] = result["fields"]!.DeepClone(), ["data"] = rows };
        }).ToArray());
        await AnswerAsync(context, HttpStatusCode.OK, new JsonObject { ["results"] = results, ["errors"] = new JsonArray() });
    }

    private static CommittedStatement Statement(string body)
    {
        var json = JsonNode.Parse(body)!;
        return new CommittedStatement(json["statement"]!.GetValue<string>(), json["parameters"]?.ToJsonString() ?? "{}");
    }

    /// <summary>Scripts the rows every later statement with exactly this text answers (reads the store makes before it writes).</summary>
    public FakeQueryApiServer Answer(string statementText, string[] fields, params string[][] rows) =>
        AnswerJson(statementText, fields, [.. rows.Select(r => r.Select(v => (JsonNode?)v).ToArray())]);

    /// <summary>Scripts the rows of a read whose cells are maps or lists (a node's <c>properties(n)</c>).</summary>
    public FakeQueryApiServer AnswerJson(string statementText, string[] fields, params JsonNode?[][] rows)
    {
        _answers[statementText] = (fields, rows);
        return this;
    }

    // Scripted reads answer their rows; counting statements get a plausible answer: "written" = rows sent, other counts 0.
    private JsonObject Result(CommittedStatement statement)
    {
        if (_answers.TryGetValue(statement.Text, out var scripted))
        {
            return new JsonObject
            {
                ["data"] = new JsonObject
                {
                    ["fields"] = new JsonArray(scripted.Fields.Select(f => (JsonNode?)f).ToArray()),
                    ["values"] = new JsonArray(scripted.Rows.Select(r => (JsonNode?)new JsonArray(r.Select(v => v?.DeepClone()).ToArray())).ToArray()),
                },
                ["bookmarks"] = new JsonArray(),
            };
        }

        var parameters = JsonNode.Parse(statement.Parameters)!;
        if (statement.Text.Contains("AS written", StringComparison.Ordinal))
        {
            return new JsonObject { ["data"] = Data(["written"], [parameters["rows"]?.AsArray().Count ?? 0]), ["bookmarks"] = new JsonArray() };
        }

        if (statement.Text.Contains("AS done", StringComparison.Ordinal))
        {
            return new JsonObject { ["data"] = Data(["done"], [0]), ["bookmarks"] = new JsonArray() };
        }

        return new JsonObject { ["data"] = Data([], []), ["bookmarks"] = new JsonArray() };
    }

    private static JsonObject Data(string[] fields, int[] row) => new()
    {
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)f).ToArray()),
        ["values"] = row.Length == 0 ? new JsonArray() : new JsonArray(new JsonArray(row.Select(v => (JsonNode?)v).ToArray())),
    };

    private static JsonObject Errors(string code, string message) =>
        new() { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) };

    private static async Task AnswerAsync(HttpListenerContext context, HttpStatusCode status, JsonObject body)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
