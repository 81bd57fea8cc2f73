using Graph.Store;

namespace Graph.Ingest.Tests.Worker;

/// <summary>What a kill looks like to the code that was running: it stops, and nothing may catch it and go on.</summary>
public sealed class SimulatedCrash(string where) : OperationCanceledException($"simulated crash before {where}");

/// <summary>
/// A store that dies before its <paramref name="crashAt"/>-th call (counting every call, reads and writes, from 1): what
/// a SIGKILL between two store calls leaves, deterministically. A unit (<see cref="IGraphStore.AtomicallyAsync"/>) that
/// the crash interrupts is rolled back by the inner store, as a killed process's open transaction is.
/// </summary>
public sealed class CrashingStore(IGraphStore inner, int crashAt) : StoreDecorator(inner)
{
    private int _calls;
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _methods = new();

    /// <summary>The calls made so far (the one that crashed included).</summary>
    public int Calls => _calls;

    /// <summary>The methods called, in order (to say where each crash point falls).</summary>
    public IReadOnlyList<string> Methods => [.. _methods];

    public bool Crashed { get; private set; }

    protected override void Before(string method)
    {
        var call = Interlocked.Increment(ref _calls);
        _methods.Enqueue(method);
        if (call >= crashAt)
        {
            Crashed = true;
            throw new SimulatedCrash($"store call {call}");
        }
    }
}

/// <summary>A store that dies before the first call of <paramref name="method"/> (a method of <see cref="IGraphStore"/>).</summary>
public sealed class CrashBefore(IGraphStore inner, string method) : StoreDecorator(inner)
{
    protected override void Before(string called)
    {
        if (called == method)
        {
            throw new SimulatedCrash(method);
        }
    }
}

/// <summary>
/// A store without units: <see cref="IGraphStore.AtomicallyAsync"/> runs the work as it is, so each call commits on its own
/// (as Neo4j without explicit transactions, or on the legacy endpoint, does).
/// </summary>
public sealed class WithoutUnits(IGraphStore inner) : StoreDecorator(inner)
{
    public override Task<T> AtomicallyAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken) => work(cancellationToken);
}
