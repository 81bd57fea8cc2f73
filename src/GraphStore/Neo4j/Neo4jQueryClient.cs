using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Graph.Store.Neo4j.Protocol;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Graph.Store.Neo4j;

/// <summary>
/// Runs Cypher over Neo4j's HTTP Query API (<c>/db/{db}/query/v2</c>), or over the deprecated transactional
/// endpoint on servers older than 5.19. A batch runs in one explicit transaction when configured, and the
/// whole batch is retried through the resilience pipeline on transient failures.
/// </summary>
public sealed class Neo4jQueryClient
{
    private const string AffinityHeader = "neo4j-cluster-affinity";
    private const string QueryApi = "query";
    private const string LegacyApi = "legacy";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    private readonly HttpClient _http;
    private readonly Neo4jOptions _options;
    private readonly ILogger _logger;
    private readonly ResiliencePipeline _pipeline;
    private readonly TimeProvider _timeProvider;
    private readonly AuthenticationHeaderValue? _authorization;
    private readonly string _database;
    private readonly SemaphoreSlim _discovery = new(1, 1);
    private string? _api;

    public Neo4jQueryClient(HttpClient http, IOptions<Neo4jOptions> options, TimeProvider timeProvider, ILogger<Neo4jQueryClient> logger)
    {
        _http = http;
        _options = options.Value;
        _logger = logger;
        _timeProvider = timeProvider;
        _http.BaseAddress ??= _options.BaseAddress;
        _http.Timeout = Timeout.InfiniteTimeSpan; // the pipeline times each attempt, through the injected clock
        _pipeline = Neo4jResilience.Build(_options, timeProvider, logger);
        _database = Uri.EscapeDataString(_options.Database);
        _api = _options.Api == "auto" ? null : _options.Api;
        if (_options.Password.Length > 0)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_options.User}:{_options.Password}"));
            _authorization = new AuthenticationHeaderValue("Basic", token);
        }
    }

    /// <summary>Runs one statement in its own (implicit) transaction, retried as a unit; inside a unit, in the unit's transaction.</summary>
    public Task<Neo4jResult> RunAsync(Neo4jStatement statement, CancellationToken cancellationToken) =>
        _unit is { } unit
            ? RunInUnitAsync(unit, statement, cancellationToken)
            : ExecuteAsync(async token =>
                await ApiAsync(token) == LegacyApi
                    ? (await LegacyAsync([statement], token))[0]
                    : await QueryAsync(statement, token),
                cancellationToken);

    /// <summary>The explicit transaction a unit holds open across requests: opened by the unit's first statement.</summary>
    private sealed class OpenUnit
    {
        public string? Id { get; set; }

        public string? Affinity { get; set; }
    }

    // The unit in progress. The store is used one call at a time (the ingest's writer gate), as one transaction must be.
    private OpenUnit? _unit;

    /// <summary>
    /// Runs <paramref name="work"/> with every statement it sends, reads included, in one explicit transaction held open
    /// across requests (the Query API's <c>/tx</c>), committed when the work is done and rolled back when it fails: a
    /// crash in between leaves nothing of it. A transient failure rolls back and runs the whole work again (backoff as
    /// for a batch, within GiveUpAfter). Without explicit transactions, or on the legacy endpoint, the work runs as it is.
    /// A unit inside a unit is part of it.
    /// </summary>
    public async Task<T> InOneTransactionAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if (_unit is not null || !_options.ExplicitTransactions || await ExecuteAsync(ApiAsync, cancellationToken) == LegacyApi)
        {
            return await work(cancellationToken);
        }

        var started = _timeProvider.GetTimestamp();
        for (var attempt = 0; ; attempt++)
        {
            var unit = _unit = new OpenUnit();
            try
            {
                var result = await work(cancellationToken);
                if (unit.Id is { } id)
                {
                    await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}/commit", null, unit.Affinity, cancellationToken);
                }

                return result;
            }
            catch (Exception failure)
            {
                _unit = null;
                if (unit.Id is { } open)
                {
                    await RollbackAsync(open, unit.Affinity, failure);
                }

                var elapsed = _timeProvider.GetElapsedTime(started);
                if (!Neo4jFailures.IsTransient(failure) || cancellationToken.IsCancellationRequested)
                {
                    throw;
                }

                if (attempt >= _options.MaxRetries || elapsed >= _options.GiveUpAfter)
                {
                    throw new Neo4jException($"Neo4j at {_options.BaseAddress}: gave up after {attempt + 1} attempt(s) in {elapsed.TotalSeconds:0.#} s; last failure: {Describe(failure)}",
                        (failure as Neo4jException)?.Code, (failure as Neo4jException)?.Status, failure);
                }

                var delay = Neo4jResilience.Backoff(_options, attempt, Random.Shared.NextDouble());
                Log.Retrying(_logger, attempt + 1, Describe(failure), (long)delay.TotalMilliseconds);
                await Task.Delay(delay, _timeProvider, cancellationToken);
            }
            finally
            {
                _unit = null;
            }
        }
    }

    /// <summary>One statement in the unit's transaction (opening it with the first): no retry here, the unit is retried whole.</summary>
    private async Task<Neo4jResult> RunInUnitAsync(OpenUnit unit, Neo4jStatement statement, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_options.RequestTimeout, _timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            if (unit.Id is null)
            {
                var (begin, affinity) = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx", Body(statement), null, linked.Token);
                unit.Id = begin.Transaction?.Id ?? throw new Neo4jException("Neo4j opened no transaction (the answer has no transaction id)", null, null);
                unit.Affinity = affinity;
                return ToResult(begin);
            }

            var (answer, _) = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(unit.Id)}", Body(statement), unit.Affinity, linked.Token);
            return ToResult(answer);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutRejectedException($"no answer within the request timeout ({_options.RequestTimeout.TotalSeconds:0.#} s)");
        }
    }

    /// <summary>
    /// Runs statements that belong together: atomically in one explicit transaction (retried whole) when
    /// <see cref="Neo4jOptions.ExplicitTransactions"/> is on, otherwise one idempotent statement per request, in order.
    /// </summary>
    public async Task<IReadOnlyList<Neo4jResult>> RunBatchAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        if (statements.Count == 0)
        {
            return [];
        }

        if (_unit is not null || !_options.ExplicitTransactions)
        {
            var results = new List<Neo4jResult>(statements.Count);
            foreach (var statement in statements)
            {
                results.Add(await RunAsync(statement, cancellationToken));
            }

            return results;
        }

        return await ExecuteAsync(async token =>
                await ApiAsync(token) == LegacyApi
                    ? await LegacyAsync(statements, token)
                    : await TransactionAsync(statements, token),
            cancellationToken);
    }

    private async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        Exception? last = null;
        var attempts = 0;
        var started = _timeProvider.GetTimestamp();
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (state, token) =>
                {
                    state.Attempt();
                    try
                    {
                        return await state.Work(token);
                    }
                    catch (Exception e)
                    {
                        state.Failed(e);
                        throw;
                    }
                },
                // A cancelled request says less than the failure before it (the deadline cut it short).
                new AttemptState<T>(work, () => attempts++, e => last = e is OperationCanceledException && last is not null ? last : e),
                cancellationToken);
        }
        catch (Exception e) when (e is TimeoutRejectedException or BrokenCircuitException
                                  || (e is HttpRequestException && !cancellationToken.IsCancellationRequested))
        {
            var elapsed = _timeProvider.GetElapsedTime(started);
            var why = e is BrokenCircuitException ? "the circuit is open after sustained failures" : $"gave up after {attempts} attempt(s) in {elapsed.TotalSeconds:0.#} s";
            var lastFailure = last is null ? "" : $"; last failure: {Describe(last)}";
            var neo4j = last as Neo4jException;
            throw new Neo4jException($"Neo4j at {_options.BaseAddress}: {why}{lastFailure}", neo4j?.Code, neo4j?.Status, e);
        }
    }

    private sealed record AttemptState<T>(Func<CancellationToken, Task<T>> Work, Action Attempt, Action<Exception> Failed);

    private static string Describe(Exception e) => e switch
    {
        Neo4jException n => n.Message,
        OperationCanceledException or TimeoutRejectedException => "no answer within the request timeout",
        HttpRequestException h => $"connection failed: {h.Message}",
        _ => e.Message,
    };

    private async Task<string> ApiAsync(CancellationToken cancellationToken)
    {
        if (_api is { } known)
        {
            return known;
        }

        await _discovery.WaitAsync(cancellationToken);
        try
        {
            if (_api is null)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, "");
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                using var response = await _http.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    throw Neo4jFailures.FromAnswer(response.StatusCode, Parse<QueryResponse>(body)?.Errors, body);
                }

                var discovery = Parse<DiscoveryResponse>(body);
                _api = discovery?.Query is not null ? QueryApi : LegacyApi;
                Log.ApiSelected(_logger, _options.BaseAddress, discovery?.Version ?? "unknown", _api);
            }

            return _api;
        }
        finally
        {
            _discovery.Release();
        }
    }

    private async Task<Neo4jResult> QueryAsync(Neo4jStatement statement, CancellationToken cancellationToken)
    {
        var (answer, _) = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2", Body(statement), null, cancellationToken);
        return ToResult(answer);
    }

    private async Task<IReadOnlyList<Neo4jResult>> TransactionAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var results = new List<Neo4jResult>(statements.Count);
        var (begin, affinity) = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx", Body(statements[0]), null, cancellationToken);
        var id = begin.Transaction?.Id
                 ?? throw new Neo4jException("Neo4j opened no transaction (the answer has no transaction id)", null, null);
        results.Add(ToResult(begin));
        try
        {
            foreach (var statement in statements.Skip(1))
            {
                var (answer, _) = await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}", Body(statement), affinity, cancellationToken);
                results.Add(ToResult(answer));
            }

            await SendAsync(HttpMethod.Post, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}/commit", null, affinity, cancellationToken);
            return results;
        }
        catch (Exception failure)
        {
            await RollbackAsync(id, affinity, failure);
            throw;
        }
    }

    // Best effort: the server rolls back on statement errors by itself, and expires abandoned transactions anyway.
    private async Task RollbackAsync(string id, string? affinity, Exception failure)
    {
        if (failure is Neo4jException { Code: not null })
        {
            return;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await SendAsync(HttpMethod.Delete, $"db/{_database}/query/v2/tx/{Uri.EscapeDataString(id)}", null, affinity, timeout.Token);
        }
        catch (Exception e) when (e is Neo4jException or HttpRequestException or OperationCanceledException)
        {
            Log.RollbackFailed(_logger, id, Describe(e));
        }
    }

    private async Task<IReadOnlyList<Neo4jResult>> LegacyAsync(IReadOnlyList<Neo4jStatement> statements, CancellationToken cancellationToken)
    {
        var body = new LegacyRequest(statements.Select(s => new LegacyStatement(s.Text, s.Parameters, true)).ToList());
        using var request = Request(HttpMethod.Post, $"db/{_database}/tx/commit", body, null);
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = Parse<LegacyResponse>(text);

        // The transactional endpoint answers 200 even when a statement failed: its errors array decides.
        if (!response.IsSuccessStatusCode || answer is null || answer.Errors is { Count: > 0 })
        {
            throw Neo4jFailures.FromAnswer(response.StatusCode, answer?.Errors, text);
        }

        return (answer.Results ?? [])
            .Select(r => new Neo4jResult(r.Columns, r.Data.Select(d => d.Row).ToList(), null))
            .ToList();
    }

    private async Task<(QueryResponse Answer, string? Affinity)> SendAsync(HttpMethod method, string path, QueryRequest? body, string? affinity, CancellationToken cancellationToken)
    {
        using var request = Request(method, path, body, affinity);
        using var response = await _http.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = Parse<QueryResponse>(text);
        if (!response.IsSuccessStatusCode || answer?.Errors is { Count: > 0 })
        {
            throw Neo4jFailures.FromAnswer(response.StatusCode, answer?.Errors, text);
        }

        var returnedAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : affinity;
        return (answer ?? new QueryResponse(null, null, null, null, null), returnedAffinity);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, object? body, string? affinity)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = _authorization;
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (affinity is not null)
        {
            request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);
        }

        if (body is not null)
        {
            request.Content = new StringContent(JsonSerializer.Serialize(body, Json), Encoding.UTF8, "application/json");
        }

        return request;
    }

    private static QueryRequest Body(Neo4jStatement statement) => new(statement.Text, statement.Parameters, true);

    private static Neo4jResult ToResult(QueryResponse answer) =>
        answer.Data is null ? Neo4jResult.Empty : new Neo4jResult(answer.Data.Fields, answer.Data.Values, answer.Counters);

    private static T? Parse<T>(string text) where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Json);
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML error page: the HTTP status decides
        }
    }
}
