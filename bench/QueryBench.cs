using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Store;
using Graph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Bench;

/// <summary>Latency percentiles of one query, or pooled over several.</summary>
internal sealed record Latency(int Runs, double P50Ms, double P95Ms, double P99Ms)
{
    public static Latency Of(IReadOnlyList<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToArray();
        return new Latency(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99));
    }

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
        static Dictionary<string, object> Figures(Latency l) => new()
        {
            ["p50Ms"] = Math.Round(l.P50Ms, 3), ["p95Ms"] = Math.Round(l.P95Ms, 3), ["p99Ms"] = Math.Round(l.P99Ms, 3),
        };

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
    /// <summary>The queries the issue times, each with the labels of its arguments; those the catalog lacks are left out.</summary>
    private static readonly (string Name, NodeLabel[] Arguments)[] Timed =
    [
        ("suppliers-of", [NodeLabel.Enterprise]),
        ("supply-chain", [NodeLabel.Enterprise]),
        ("enterprises-in", [NodeLabel.District]),
        ("path", [NodeLabel.Enterprise, NodeLabel.Enterprise]),
    ];

    public static async Task<QueryBenchResult> RunAsync(string storePath, int runsPerQuery, int seed, Action<string> progress, CancellationToken cancellationToken)
    {
        await using var store = await SqliteGraphStore.OpenAsync(storePath, 500, cancellationToken);
        var counts = await store.CountAsync(cancellationToken);
        using var sampler = new EntitySampler(storePath, seed);
        var byQuery = new Dictionary<string, Latency>(StringComparer.Ordinal);
        var pooled = new List<double>();
        foreach (var (name, labels) in Timed)
        {
            if (QueryCatalog.Find(name) is not { } query)
            {
                progress($"{name}: not in the catalog, skipped");
                continue;
            }

            var times = new List<double>(runsPerQuery);
            for (int run = -Math.Min(20, runsPerQuery); run < runsPerQuery; run++)
            {
                var arguments = labels.Select(sampler.Name).ToArray();
                long started = Stopwatch.GetTimestamp();
                await RunAsync(query, store, arguments, cancellationToken);
                if (run >= 0)
                {
                    times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }

            byQuery[name] = Latency.Of(times);
            pooled.AddRange(times);
            progress(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {times.Count} runs, p50 {byQuery[name].P50Ms:F2} ms, p95 {byQuery[name].P95Ms:F2} ms, p99 {byQuery[name].P99Ms:F2} ms"));
        }

        return new QueryBenchResult(counts.RelationshipTotal, pooled.Count, Latency.Of(pooled), byQuery);
    }

    private static async Task RunAsync(CannedQuery query, IGraphStore store, string[] arguments, CancellationToken cancellationToken)
    {
        try
        {
            await query.RunEmbeddedAsync(store, arguments, cancellationToken);
        }
        catch (Exception e) when (e is UnknownEntityException or AmbiguousEntityException)
        {
            // A sampled name always exists; a query may still refuse it (e.g. a place it cannot use): that is an answer too.
        }
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
            _byRow.CommandText = "SELECT name FROM entities WHERE rowid >= $row AND label = $label ORDER BY rowid LIMIT 1";
            _byRow.Parameters.Add(new SqliteParameter { ParameterName = "$row" });
            _byRow.Parameters.Add(new SqliteParameter { ParameterName = "$label" });
            _random = new Random(seed);
        }

        public string Name(NodeLabel label)
        {
            for (int attempt = 0; attempt < 1000; attempt++)
            {
                _byRow.Parameters[0].Value = _random.NextInt64(1, _maxRow + 1);
                _byRow.Parameters[1].Value = label.ToString();
                if (_byRow.ExecuteScalar() is string name)
                {
                    return name;
                }
            }

            throw new InvalidOperationException($"the store holds no {label}");
        }

        public void Dispose()
        {
            _byRow.Dispose();
            _connection.Dispose();
        }
    }
}
