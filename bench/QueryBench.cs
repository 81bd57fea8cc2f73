using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Queries.Output;
using Graph.Store;
using Graph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Bench;

/// <summary>Latency percentiles of one query, or pooled over several.</summary>
internal sealed record Latency(int Runs, double P50Ms, double P95Ms, double P99Ms)
{
    /// <summary>The same percentiles of the CPU time the query's thread used (Linux), which a loaded machine does not stretch; null elsewhere.</summary>
    public Latency? Cpu { get; init; }

    public static Latency Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

    public static Latency Of(IReadOnlyList<double> milliseconds, IReadOnlyList<double> cpuMilliseconds) =>
        Of(milliseconds) with { Cpu = cpuMilliseconds.Count == 0 || cpuMilliseconds.Any(double.IsNaN) ? null : Of(cpuMilliseconds) };

    /// <summary>Nearest rank.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>What <c>bench queries</c> measured on one store.</summary>
internal sealed record QueryBenchResult(int Relationships, int Queries, Latency Pooled, IReadOnlyDictionary<string, Latency> ByQuery)
{
    /// <summary>The last line of <c>bench queries</c>.</summary>
    public string ToJson()
    {
        static Dictionary<string, object> Figures(Latency l)
        {
            var figures = new Dictionary<string, object> { ["p50Ms"] = Math.Round(l.P50Ms, 3), ["p95Ms"] = Math.Round(l.P95Ms, 3), ["p99Ms"] = Math.Round(l.P99Ms, 3) };
            if (l.Cpu is { } cpu)
            {
                figures["cpuP50Ms"] = Math.Round(cpu.P50Ms, 3);
                figures["cpuP95Ms"] = Math.Round(cpu.P95Ms, 3);
                figures["cpuP99Ms"] = Math.Round(cpu.P99Ms, 3);
            }

            return figures;
        }

        var json = new Dictionary<string, object> { ["relationships"] = Relationships, ["queries"] = Queries };
        foreach (var (key, value) in Figures(Pooled))
        {
            json[key] = value;
        }

        json["byQuery"] = ByQuery.ToDictionary(q => q.Key, q => Figures(q.Value));
        return JsonSerializer.Serialize(json);
    }
}

/// <summary>
/// Canned query latency on one embedded store, in process: each query of the catalog the benchmark times, asked about
/// random entities of the store (drawn by a seeded random row id, so no list of the store's names is held), after a
/// warm-up, each call timed alone.
/// </summary>
internal static class QueryBench
{
    /// <summary>
    /// The analyst's desk, each query with how its arguments are drawn: a random entity of one of the labels (a
    /// label drawn per run when several fit), or, for <c>search</c>, a piece of a random entity's name.
    /// </summary>
    private static readonly (string Name, Func<EntitySampler, string[]> Arguments)[] Timed =
    [
        ("suppliers-of", s => [s.Name(NodeLabel.Enterprise)]),
        ("customers-of", s => [s.Name(NodeLabel.Enterprise)]),
        ("supply-chain", s => [s.Name(NodeLabel.Enterprise)]),
        ("cluster-members", s => [s.Name(NodeLabel.Cluster)]),
        ("enterprises-in", s => [s.Name(NodeLabel.District)]),
        ("investments-in", s => [s.Name(NodeLabel.District, NodeLabel.Enterprise)]),
        ("officials-of", s => [s.Name(NodeLabel.Organization, NodeLabel.Enterprise, NodeLabel.District)]),
        ("profile", s => [s.Name()]),
        ("peers", s => [s.Name(NodeLabel.Enterprise)]),
        ("chain-gaps", s => [s.Name(NodeLabel.Cluster, NodeLabel.District)]),
        ("path", s => [s.Name(NodeLabel.Enterprise), s.Name(NodeLabel.Enterprise)]),
        ("search", s => [s.Part(s.Name())]),
        ("timeline", s => [s.Name(NodeLabel.Enterprise, NodeLabel.District)]),
    ];

    /// <summary>The queries <c>bench all</c> puts in its table (the four); <c>bench queries</c> times them all.</summary>
    public static readonly string[] Canned = ["suppliers-of", "supply-chain", "enterprises-in", "path"];

    public static async Task<QueryBenchResult> RunAsync(string storePath, int runsPerQuery, int seed, Action<string> progress, CancellationToken cancellationToken,
        IReadOnlyCollection<string>? only = null, string? answersPath = null)
    {
        // Read-only: a benchmark neither creates a store nor upgrades an older one (an older store is read through its own indexes).
        await using var store = await SqliteGraphStore.OpenAsync(storePath, 500, cancellationToken, mustExist: true);
        var counts = await store.CountAsync(cancellationToken);
        using var sampler = new EntitySampler(storePath, seed);
        await using var answers = answersPath is null ? null : new StreamWriter(answersPath);
        var byQuery = new Dictionary<string, Latency>(StringComparer.Ordinal);
        var pooled = new List<double>();
        var pooledCpu = new List<double>();
        foreach (var (name, draw) in Timed.Where(t => only is null || only.Contains(t.Name)))
        {
            if (QueryCatalog.Find(name) is not { } query)
            {
                progress($"{name}: not in the catalog, skipped");
                continue;
            }

            var times = new List<double>(runsPerQuery);
            var cpu = new List<double>(runsPerQuery);
            for (int run = -Math.Min(20, runsPerQuery); run < runsPerQuery; run++)
            {
                var arguments = draw(sampler);
                double cpuStarted = ThreadCpu.Milliseconds();
                long started = Stopwatch.GetTimestamp();
                var answer = await RunAsync(query, store, arguments, cancellationToken);
                if (run >= 0)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    cpu.Add(ThreadCpu.Milliseconds() - cpuStarted);
                }

                if (answers is not null)
                {
                    await Answer(answers, name, arguments, answer);
                }
            }

            byQuery[name] = Latency.Of(times, cpu);
            pooled.AddRange(times);
            pooledCpu.AddRange(cpu);
            var l = byQuery[name];
            progress(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {times.Count} runs, p50 {l.P50Ms:F2} ms, p95 {l.P95Ms:F2} ms, p99 {l.P99Ms:F2} ms; CPU p50 {l.Cpu?.P50Ms:F2} ms, p95 {l.Cpu?.P95Ms:F2} ms"));
        }

        return new QueryBenchResult(counts.RelationshipTotal, pooled.Count, Latency.Of(pooled, pooledCpu), byQuery);
    }

    private static async Task<object> RunAsync(CannedQuery query, IGraphStore store, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            return await query.RunEmbeddedAsync(store, arguments, cancellationToken);
        }
        catch (Exception e) when (e is UnknownEntityException or AmbiguousEntityException)
        {
            // A sampled name always exists; a query may still refuse it (e.g. a place it cannot use): that is an answer too.
            return e.Message;
        }
    }

    /// <summary>One line of <c>--answers</c>: the query, its arguments and its rows as <c>--format json</c> writes them (or the refusal).</summary>
    private static async Task Answer(StreamWriter answers, string name, string[] arguments, object answer)
    {
        var rows = new StringWriter();
        if (answer is QueryResult result)
        {
            ResultWriter.WriteJson(result, rows);
        }
        else
        {
            rows.Write(JsonSerializer.Serialize(answer));
        }

        var line = new System.Text.Json.Nodes.JsonObject
        {
            ["query"] = name,
            ["arguments"] = new System.Text.Json.Nodes.JsonArray([.. arguments.Select(a => (System.Text.Json.Nodes.JsonNode?)a)]),
            ["answer"] = System.Text.Json.Nodes.JsonNode.Parse(rows.ToString()),
        };
        await answers.WriteLineAsync(line.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    /// <summary>Names of random entities of a label, by random row id over the entities table (no list held).</summary>
    private sealed class EntitySampler : IDisposable
    {
        private readonly SqliteConnection _connection;
        private readonly SqliteCommand _byRow;
        private readonly long _maxRow;
        private readonly Random _random;

        public EntitySampler(string path, int seed)
        {
            _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            _connection.Open();
            using (var max = _connection.CreateCommand())
            {
                max.CommandText = "SELECT coalesce(max(rowid), 0) FROM entities";
                _maxRow = (long)max.ExecuteScalar()!;
            }

            _byRow = _connection.CreateCommand();
            _byRow.CommandText = "SELECT name FROM entities WHERE rowid >= $row AND ($label IS NULL OR label = $label) AND redirect_to IS NULL ORDER BY rowid LIMIT 1";
            _byRow.Parameters.Add(new SqliteParameter { ParameterName = "$row" });
            _byRow.Parameters.Add(new SqliteParameter { ParameterName = "$label" });
            _random = new Random(seed);
        }

        /// <summary>The name of a random entity of one of <paramref name="labels"/> (drawn first), or of any label when none is given.</summary>
        public string Name(params NodeLabel[] labels)
        {
            var label = labels.Length == 0 ? null : labels[_random.Next(labels.Length)].ToString();
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                _byRow.Parameters[0].Value = _random.NextInt64(1, _maxRow + 1);
                _byRow.Parameters[1].Value = (object?)label ?? DBNull.Value;
                if (_byRow.ExecuteScalar() is string name)
                {
                    return name;
                }
            }

            throw new InvalidOperationException($"the store holds no {label}");
        }

        /// <summary>What a user types to search: the name's first two to four characters, or (one time in three) two from its middle.</summary>
        public string Part(string name)
        {
            if (name.Length <= 2)
            {
                return name;
            }

            int length = Math.Min(name.Length, _random.Next(2, 5));
            return _random.Next(3) == 0 ? name.Substring(_random.Next(name.Length - 1), 2) : name[..length];
        }

        public void Dispose()
        {
            _byRow.Dispose();
            _connection.Dispose();
        }
    }
}
