using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Graph.Store.Neo4j;

/// <summary>
/// The Polly pipeline around one batch: an overall deadline, then retries with capped exponential backoff
/// and jitter on transient failures only, a breaker for sustained failure, and a per-request timeout.
/// Every wait goes through the given <see cref="TimeProvider"/>.
/// </summary>
internal static class Neo4jResilience
{
    public static ResiliencePipeline Build(Neo4jOptions options, TimeProvider timeProvider, ILogger logger)
    {
        var transient = new PredicateBuilder().Handle<Exception>(Neo4jFailures.IsTransient);
        var builder = new ResiliencePipelineBuilder { TimeProvider = timeProvider, Name = "neo4j" };
        builder.AddTimeout(options.GiveUpAfter);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = transient,
                MaxRetryAttempts = options.MaxRetries,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Backoff(options, args.AttemptNumber, Random.Shared.NextDouble())),
                OnRetry = args =>
                {
                    // The first failure is said at once; the later ones only with -v, and the final error counts them.
                    if (args.AttemptNumber == 0)
                    {
                        Log.FirstFailure(logger, options.BaseAddress, Describe(args.Outcome.Exception), options.GiveUpAfter.TotalSeconds);
                    }

                    Log.Retrying(logger, args.AttemptNumber + 1, Describe(args.Outcome.Exception), (long)args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            ShouldHandle = transient,
            FailureRatio = options.BreakerFailureRatio,
            MinimumThroughput = options.BreakerMinimumThroughput,
            SamplingDuration = options.BreakerSamplingDuration,
            BreakDuration = options.BreakerBreakDuration,
            OnOpened = args =>
            {
                Log.CircuitOpened(logger, args.BreakDuration.TotalSeconds, Describe(args.Outcome.Exception));
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                Log.CircuitClosed(logger);
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(options.RequestTimeout);
        return builder.Build();
    }

    /// <summary>first × factor^attempt, jittered by ±RetryJitter, never above RetryMaxDelay. <paramref name="unit"/> is in [0, 1).</summary>
    public static TimeSpan Backoff(Neo4jOptions options, int attempt, double unit)
    {
        var exponential = options.RetryFirstDelay.TotalMilliseconds * Math.Pow(options.RetryBackoffFactor, attempt);
        var capped = Math.Min(exponential, options.RetryMaxDelay.TotalMilliseconds);
        var jittered = capped * (1 + (options.RetryJitter * ((2 * unit) - 1)));
        return TimeSpan.FromMilliseconds(Math.Clamp(jittered, 0, options.RetryMaxDelay.TotalMilliseconds));
    }

    private static string Describe(Exception? exception) => exception switch
    {
        null => "no exception",
        Neo4jException e => e.Message,
        TimeoutRejectedException => "request timed out",
        _ => $"{exception.GetType().Name}: {exception.Message}",
    };
}
