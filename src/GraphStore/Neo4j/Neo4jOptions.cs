using System.ComponentModel.DataAnnotations;
using Graph.Store.Configuration;

namespace Graph.Store.Neo4j;

/// <summary>
/// Where and how to reach Neo4j over HTTP. Bound from the "Neo4j" section; the NEO4J_* environment
/// variables (see <see cref="Neo4jEnvironment"/>) fill the same keys.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Neo4j";

    private const string RangeMessage = "Neo4j:{0} must be between {1} and {2} (environment Neo4j__{0})";

    /// <summary>HTTP(S) address of the server, e.g. http://localhost:7474 or https://xxxx.databases.neo4j.io.</summary>
    [Required(ErrorMessage = "Neo4j:Uri is empty: set Neo4j__Uri or NEO4J_URI to http://host:7474")]
    public string Uri { get; set; } = "http://localhost:7474";

    [Required, RegularExpression("^[A-Za-z][A-Za-z0-9.\\-]{0,62}$", ErrorMessage = "Neo4j:Database must be a Neo4j database name (letters, digits, '.', '-'): set Neo4j__Database or NEO4J_DATABASE")]
    public string Database { get; set; } = "neo4j";

    [Required(ErrorMessage = "Neo4j:User is empty: set Neo4j__User or NEO4J_USER")]
    public string User { get; set; } = "neo4j";

    /// <summary>Empty only for a server with authentication disabled. Never logged.</summary>
    public string Password { get; set; } = "";

    /// <summary>auto (ask the server at GET /), query (Query API, 5.19+) or legacy (transactional endpoint, before 5.19).</summary>
    [Required, RegularExpression("^(auto|query|legacy)$", ErrorMessage = "Neo4j:Api must be auto, query or legacy (environment Neo4j__Api)")]
    public string Api { get; set; } = "auto";

    /// <summary>Write a document's statements in one explicit transaction; false for clusters without transaction affinity.</summary>
    public bool ExplicitTransactions { get; set; } = true;

    /// <summary>Longest wait for one HTTP answer before the attempt counts as failed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = RangeMessage)]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Wait before the first retry; later waits grow by <see cref="RetryBackoffFactor"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = RangeMessage)]
    public TimeSpan RetryFirstDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    [Range(1.0, 10.0, ErrorMessage = RangeMessage)]
    public double RetryBackoffFactor { get; set; } = 2.0;

    /// <summary>Cap on each single wait.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = RangeMessage)]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Randomise each wait by up to this fraction either way, so writers do not retry in lockstep.</summary>
    [Range(0.0, 1.0, ErrorMessage = RangeMessage)]
    public double RetryJitter { get; set; } = 0.25;

    /// <summary>Give up on one batch (a document's transaction or one statement) after this long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00", ErrorMessage = RangeMessage)]
    public TimeSpan GiveUpAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Upper bound on retries of one batch, whatever the time left.</summary>
    [Range(0, 10_000, ErrorMessage = RangeMessage)]
    public int MaxRetries { get; set; } = 100;

    /// <summary>The breaker opens when this fraction of calls in the sampling window failed transiently...</summary>
    [Range(0.01, 1.0, ErrorMessage = RangeMessage)]
    public double BreakerFailureRatio { get; set; } = 0.9;

    /// <summary>...and at least this many calls were made in it, so a short burst never opens it.</summary>
    [Range(2, 100_000, ErrorMessage = RangeMessage)]
    public int BreakerMinimumThroughput { get; set; } = 30;

    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00", ErrorMessage = RangeMessage)]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How long an open breaker fails calls at once before letting one through.</summary>
    [Range(typeof(TimeSpan), "00:00:00.5", "01:00:00", ErrorMessage = RangeMessage)]
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

    /// <summary>The address must be HTTP(S): this store speaks the Query API, not Bolt; the message says which URL to use.</summary>
    public IEnumerable<ValidationResult> ValidateUri()
    {
        var setting = GraphConfiguration.Describe("Neo4j:Uri");
        if (!System.Uri.TryCreate(Uri, UriKind.Absolute, out var parsed) || parsed.Host.Length == 0)
        {
            yield return new ValidationResult($"{setting} is '{Uri}', which is not an address: give the HTTP address of the server, e.g. http://localhost:7474", [nameof(Uri)]);
        }
        else if (parsed.Scheme is "bolt" or "bolt+s" or "bolt+ssc" or "neo4j" or "neo4j+ssc")
        {
            var secure = parsed.Scheme.Contains('+', StringComparison.Ordinal);
            var http = secure ? $"https://{parsed.Host}" : $"http://{parsed.Host}:7474";
            yield return new ValidationResult(
                $"{setting} is '{parsed.Scheme}://{parsed.Host}{(parsed.IsDefaultPort ? "" : ":" + parsed.Port)}', a Bolt address: this store speaks Neo4j's HTTP Query API, "
                + $"so give the server's HTTP address instead, e.g. {http} (Browser's port, 7474 by default; neo4j+s:// Aura addresses are mapped to https:// by themselves)",
                [nameof(Uri)]);
        }
        else if (parsed.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult($"{setting} is '{Uri}': the scheme must be http or https, e.g. http://localhost:7474", [nameof(Uri)]);
        }
    }
}

/// <summary>Checks <see cref="Neo4jOptions.Uri"/> beside the data annotations, so both kinds of mistake are reported together.</summary>
public sealed class Neo4jUriValidator : Microsoft.Extensions.Options.IValidateOptions<Neo4jOptions>
{
    public Microsoft.Extensions.Options.ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var problems = options.ValidateUri().Select(r => r.ErrorMessage!).ToList();
        return problems.Count == 0 ? Microsoft.Extensions.Options.ValidateOptionsResult.Success : Microsoft.Extensions.Options.ValidateOptionsResult.Fail(problems);
    }
}
