using System.Collections.Concurrent;
using System.Collections.Immutable;
using Graph.Model;
using Graph.Store.Neo4j;
using Microsoft.Extensions.Logging;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>The system clock with every timer shortened by <see cref="Scale"/>, recording what was asked for, so backoff runs in milliseconds.
/// (Polly's timeout strategies keep real time; the tests choose real-time budgets for them.)</summary>
public sealed class ScaledTimeProvider(double scale = 0.01) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _requested = new();

    public double Scale { get; } = scale;

    /// <summary>Every finite timer due time requested (retry waits and timeouts alike), unscaled.</summary>
    public IReadOnlyList<TimeSpan> Requested => [.. _requested];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            _requested.Enqueue(dueTime);
        }

        return System.CreateTimer(callback, state, Shrink(dueTime), Shrink(period));
    }

    private TimeSpan Shrink(TimeSpan span) =>
        span == Timeout.InfiniteTimeSpan || span <= TimeSpan.Zero ? span : TimeSpan.FromTicks(Math.Max(1, (long)(span.Ticks * Scale)));
}

/// <summary>Collects every formatted log line and exception text, to prove credentials never reach them.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Capturing(CapturingLoggerProvider owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}

/// <summary>Options, stores and documents for the protocol tests.</summary>
public static class Fixtures
{
    public static Neo4jOptions Options(FakeQueryApiServer server, Action<Neo4jOptions>? configure = null)
    {
        var options = new Neo4jOptions
        {
            Uri = server.Uri,
            User = FakeQueryApiServer.User,
            Password = FakeQueryApiServer.Password,
            RequestTimeout = TimeSpan.FromMinutes(5),
            GiveUpAfter = TimeSpan.FromMinutes(10),
        };
        configure?.Invoke(options);
        return options;
    }

    public static Neo4jGraphStore Store(Neo4jOptions options, TimeProvider time, ILoggerProvider? logs = null, int batchSize = 500)
    {
        var factory = LoggerFactory.Create(b =>
        {
            b.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
            {
                b.AddProvider(logs);
            }
        });
        return Neo4jServiceCollectionExtensions.Create(options, batchSize, factory, time);
    }

    /// <summary>A page naming a supplier, its customer, a product and a district, with evidence.</summary>
    public static DocumentGraph Page(string sha = "aa11bb22cc33dd44ee55ff6600000000000000000000000000000000000000", string file = "page-1.txt")
    {
        var doc = new DocumentInfo(StableId.ForDocument(sha), file, sha, ["津上精密机床与浙江企业合作"]);
        Evidence Ev(int start, string sentence) => new(doc.Id, file, start, start + sentence.Length, sentence, "supply-verb", 0.9);
        var supplier = Entity.Create(NodeLabel.Enterprise, "津上精密机床（浙江）有限公司", ["津上精密", "津上"],
            [new("founded", "2003")], [Ev(0, "津上精密机床（浙江）有限公司")]);
        var customer = Entity.Create(NodeLabel.Enterprise, "浙江吉利控股集团", ["吉利"], evidence: [Ev(20, "吉利")]);
        var product = Entity.Create(NodeLabel.Product, "数控车床", evidence: [Ev(30, "数控车床")]);
        var district = Entity.Create(NodeLabel.District, "平湖市", evidence: [Ev(40, "平湖市")]);
        ImmutableArray<Relation> relations =
        [
            Relation.Create(RelationType.SUPPLIES, supplier.Id, customer.Id, [new("share", "30%"), new("id", "collides")], [Ev(0, "津上精密向吉利供应数控车床，占其采购的30%")]),
            Relation.Create(RelationType.PRODUCES, supplier.Id, product.Id, evidence: [Ev(50, "津上精密生产数控车床")]),
            Relation.Create(RelationType.LOCATED_IN, supplier.Id, district.Id, evidence: [Ev(60, "位于平湖市")]),
        ];
        return new DocumentGraph(doc, [supplier, customer, product, district], relations);
    }
}
