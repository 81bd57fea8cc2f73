using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Net;
using Graph.Store;
using Graph.Store.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Graph.GraphStore.Tests.Neo4j;

/// <summary>Environment mapping, options validation, error classification and backoff arithmetic.</summary>
public sealed class Neo4jConfigurationTests
{
    [Theory]
    [InlineData("neo4j+s://abcd1234.databases.neo4j.io", "https://abcd1234.databases.neo4j.io")]
    [InlineData("neo4j+ssc://abcd1234.databases.neo4j.io:7687", "https://abcd1234.databases.neo4j.io")]
    [InlineData("neo4j://graph.internal", "neo4j://graph.internal")]
    [InlineData("bolt://localhost:7687", "bolt://localhost:7687")]
    [InlineData("http://localhost:7474", "http://localhost:7474")]
    [InlineData("https://neo4j.example.org:7473", "https://neo4j.example.org:7473")]
    public void Aura_uris_map_to_https_and_bolt_addresses_are_left_for_validation_to_refuse(string given, string expected) =>
        Assert.Equal(expected, Neo4jEnvironment.ToHttpAddress(given));

    [Fact]
    public void An_aura_credentials_file_works_as_it_is()
    {
        var environment = new Hashtable
        {
            ["NEO4J_URI"] = "neo4j+s://abcd1234.databases.neo4j.io",
            ["NEO4J_USERNAME"] = "neo4j",
            ["NEO4J_PASSWORD"] = "aura-secret",
            ["AURA_INSTANCEID"] = "abcd1234",
        };

        var options = Bind(Neo4jEnvironment.ToConfiguration(environment));

        Assert.Equal("https://abcd1234.databases.neo4j.io", options.Uri);
        Assert.Equal("neo4j", options.User);
        Assert.Equal("aura-secret", options.Password);
        Assert.Equal("neo4j", options.Database);
    }

    [Fact]
    public void Neo4j_user_wins_over_neo4j_username_and_the_database_can_be_chosen()
    {
        var environment = new Hashtable { ["NEO4J_USER"] = "writer", ["NEO4J_USERNAME"] = "other", ["NEO4J_DATABASE"] = "graph" };

        var options = Bind(Neo4jEnvironment.ToConfiguration(environment));

        Assert.Equal("writer", options.User);
        Assert.Equal("graph", options.Database);
        Assert.Equal("http://localhost:7474", options.Uri);
    }

    [Fact]
    public void Invalid_options_fail_at_start_with_the_key_named()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Neo4j:Uri"] = "bolt://localhost:7687",
                ["Neo4j:Api"] = "graphql",
            }).Build())
            .AddLogging()
            .AddNeo4jGraphStore()
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("Neo4j:Uri", error.Message, StringComparison.Ordinal);
        Assert.Contains("Neo4j:Api", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_container_resolves_the_store_from_configuration()
    {
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Store:Kind"] = "neo4j",
                ["Store:BatchSize"] = "50",
                ["Neo4j:Uri"] = "https://neo4j.example.org",
            }).Build())
            .AddLogging()
            .AddNeo4jGraphStore()
            .BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<Neo4jGraphStore>());
        Assert.Equal(new Uri("https://neo4j.example.org/"), services.GetRequiredService<IOptions<Neo4jOptions>>().Value.BaseAddress);
    }

    [Fact]
    public void Credentials_written_into_the_uri_never_reach_the_printable_address()
    {
        var options = new Neo4jOptions { Uri = "http://neo4j:hunter2@localhost:7474" };
        Assert.DoesNotContain("hunter2", options.BaseAddress.ToString(), StringComparison.Ordinal);
        Assert.Throws<ValidationException>(() => Neo4jServiceCollectionExtensions.Create(new Neo4jOptions { Uri = "neo4j://x" }, 10));
    }

    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", true)]
    [InlineData("Neo.TransientError.Transaction.LockAcquisitionTimeout", true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", false)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", false)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", false)]
    public void The_neo4j_code_decides_whatever_the_status(string code, bool transient)
    {
        Assert.Equal(transient, Neo4jFailures.IsTransient(new Neo4jException("x", code, HttpStatusCode.ServiceUnavailable)));
        Assert.Equal(transient, Neo4jFailures.IsTransient(new Neo4jException("x", code, HttpStatusCode.BadRequest)));
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.BadRequest, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    public void Without_a_code_the_http_status_decides(HttpStatusCode status, bool transient) =>
        Assert.Equal(transient, Neo4jFailures.IsTransient(new Neo4jException("x", null, status)));

    [Fact]
    public void Timeouts_and_refused_connections_are_transient_and_cancellation_is_not()
    {
        Assert.True(Neo4jFailures.IsTransient(new TimeoutRejectedException()));
        Assert.True(Neo4jFailures.IsTransient(new HttpRequestException("Connection refused", new System.Net.Sockets.SocketException(111))));
        Assert.False(Neo4jFailures.IsTransient(new OperationCanceledException()));
    }

    [Fact]
    public void Backoff_starts_at_200_ms_doubles_and_is_capped_at_5_s()
    {
        var options = new Neo4jOptions();
        var nominal = Enumerable.Range(0, 8).Select(i => Neo4jResilience.Backoff(options, i, 0.5).TotalMilliseconds).ToList();
        Assert.Equal([200, 400, 800, 1600, 3200, 5000, 5000, 5000], nominal);
        Assert.Equal(150, Neo4jResilience.Backoff(options, 0, 0).TotalMilliseconds, 6);
        Assert.Equal(5000, Neo4jResilience.Backoff(options, 10, 0.999).TotalMilliseconds, 6);
        Assert.Equal(TimeSpan.FromSeconds(60), options.GiveUpAfter);
    }

    private static Neo4jOptions Bind(IReadOnlyDictionary<string, string?> values)
    {
        var options = new Neo4jOptions();
        new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(Neo4jOptions.Section).Bind(options);
        return options;
    }
}
