using System.ComponentModel.DataAnnotations;

namespace Graph.Store.Neo4j;

/// <summary>
/// Where and how to reach Neo4j over HTTP. Bound from the "Neo4j" section; the NEO4J_* environment
/// variables (see <see cref="Neo4jEnvironment"/>) fill the same keys.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    /// <summary>HTTP(S) address of the server, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    [Required, RegularExpression("^https?://.+", ErrorMessage = "Neo4j:Uri must be an http:// or https:// address (neo4j:// and neo4j+s:// are mapped from NEO4J_URI)")]
    public string Uri { get; set; } = "http://localhost:7474";

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "Neo4j:Database must be a Neo4j database name")]
    public string Database { get; set; } = "neo4j";

    [Required]
    public string User { get; set; } = "neo4j";

    /// <summary>Empty only for a server with authentication disabled. Never logged.</summary>
    public string Password { get; set; } = "";

    /// <summary>auto (ask the server at GET /), query (Query API, 5.19+) or legacy (transactional endpoint, before 5.19).</summary>
    [Required, RegularExpression("^(auto|query|legacy)$", ErrorMessage = "Neo4j:Api must be auto, query or legacy")]
    public string Api { get; set; } = "auto";

    /// <summary>Write a document's statements in one explicit transaction; false for clusters without transaction affinity.</summary>
    public bool ExplicitTransactions { get; set; } = true;

    /// <summary>Longest wait for one HTTP answer before the attempt counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before the first retry; later waits grow by <see cref="RetryBackoffFactor"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(1.0, 10.0)]
    public double RetryBackoffFactor { get; set; } = 2.0;

    /// <summary>Cap on each single wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Randomise each wait by up to this fraction either way, so writers do not retry in lockstep.</summary>
    [Range(0.0, 1.0)]
    public double RetryJitter { get; set; } = 0.25;

    /// <summary>Give up on one batch (a document's transaction or one statement) after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Upper bound on retries of one batch, whatever the time left.</summary>
    [Range(0, 10_000)]
    public int MaxRetries { get; set; } = 100;

    /// <summary>The breaker opens when this fraction of calls in the sampling window failed transiently...</summary>
    [Range(0.01, 1.0)]
    public double BreakerFailureRatio { get; set; } = 0.9;

    /// <summary>...and at least this many calls were made in it, so a short burst never opens it.</summary>
    [Range(2, 100_000)]
    public int BreakerMinimumThroughput { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open breaker fails calls at once before letting one through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00")]
    public TimeSpan BreakerBreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The server address without any user info, safe to print.</summary>
    public Uri BaseAddress
    {
        get
        {
            var builder = new UriBuilder(Uri) { UserName = "", Password = "" };
            if (!builder.Path.EndsWith('/'))
            {
                builder.Path += "/";
            }

            return builder.Uri;
        }
    }
}
