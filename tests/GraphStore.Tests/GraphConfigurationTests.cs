using System.Collections;
using Graph.GraphStore.Tests.Neo4j;
using Graph.Store;
using Graph.Store.Configuration;
using Graph.Store.Neo4j;
using Graph.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.GraphStore.Tests;

/// <summary>Each configuration source reaches the store: appsettings.json, Section__Key variables, NEO4J_* aliases, --Key:Sub=value.</summary>
public sealed class GraphConfigurationTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public void Settings_on_the_command_line_are_never_taken_for_arguments()
    {
        var (arguments, settings) = GraphConfiguration.SplitArgs(["ingest", "seeds", "--Store:BatchSize=10", "--store", "g.db", "--Neo4j:Uri=http://h:7474"]);

        Assert.Equal(["ingest", "seeds", "--store", "g.db"], arguments);
        Assert.Equal(["--Store:BatchSize=10", "--Neo4j:Uri=http://h:7474"], settings);
        Assert.Equal("10", GraphConfiguration.Build(settings, new Hashtable(), EmptyFolder(), EmptyFolder())["Store:BatchSize"]);
    }

    [Fact]
    public async Task Neo4j__Uri_in_the_environment_reaches_the_client()
    {
        await using var server = new FakeQueryApiServer();
        var environment = new Hashtable
        {
            ["Store__Kind"] = "neo4j", ["Neo4j__Uri"] = server.Uri, ["Neo4j__Password"] = FakeQueryApiServer.Password,
        };

        await AssertReachesAsync(server, GraphConfiguration.Build([], environment, EmptyFolder(), EmptyFolder()));
    }

    [Fact]
    public async Task Appsettings_json_beside_the_program_reaches_the_client()
    {
        await using var server = new FakeQueryApiServer();
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("appsettings.json"),
            $$$"""{"Store": {"Kind": "neo4j"}, "Neo4j": {"Uri": "{{{server.Uri}}}", "Password": "{{{FakeQueryApiServer.Password}}}"}}""");

        await AssertReachesAsync(server, GraphConfiguration.Build([], new Hashtable(), folder.Path, EmptyFolder()));
    }

    [Fact]
    public async Task A_command_line_setting_wins_over_the_environment_and_appsettings()
    {
        await using var server = new FakeQueryApiServer();
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("appsettings.json"), """{"Neo4j": {"Uri": "http://127.0.0.1:1"}}""");
        var environment = new Hashtable { ["Neo4j__Uri"] = "http://127.0.0.1:2", ["NEO4J_URI"] = "http://127.0.0.1:3", ["NEO4J_PASSWORD"] = FakeQueryApiServer.Password };

        var configuration = GraphConfiguration.Build(["--Store:Kind=neo4j", $"--Neo4j:Uri={server.Uri}"], environment, folder.Path, EmptyFolder());

        await AssertReachesAsync(server, configuration);
    }

    [Fact]
    public async Task The_NEO4J_aliases_still_work_and_a_keyed_variable_wins_over_them()
    {
        await using var server = new FakeQueryApiServer();
        var aliases = new Hashtable { ["NEO4J_URI"] = server.Uri, ["NEO4J_USERNAME"] = FakeQueryApiServer.User, ["NEO4J_PASSWORD"] = FakeQueryApiServer.Password, ["Store__Kind"] = "neo4j" };
        await AssertReachesAsync(server, GraphConfiguration.Build([], aliases, EmptyFolder(), EmptyFolder()));

        var both = new Hashtable { ["NEO4J_DATABASE"] = "alias", ["Neo4j__Database"] = "keyed" };
        Assert.Equal("keyed", GraphConfiguration.Build([], both, EmptyFolder(), EmptyFolder())["Neo4j:Database"]);
    }

    [Fact]
    public void Store__Path_sets_the_embedded_store()
    {
        using var services = GraphStoreFactory.Services(configuration: GraphConfiguration.Build([], new Hashtable { ["Store__Path"] = "/tmp/x/graph.db" }, EmptyFolder(), EmptyFolder()));
        Assert.Equal("/tmp/x/graph.db", services.GetRequiredService<IOptions<StoreOptions>>().Value.Path);
    }

    [Theory]
    [InlineData("bolt://graph.example.org:17474", "http://graph.example.org:7474")]
    [InlineData("neo4j://graph.example.org", "http://graph.example.org:7474")]
    [InlineData("bolt+s://graph.example.org", "https://graph.example.org")]
    public void A_bolt_address_is_refused_with_the_http_address_to_use(string given, string suggested)
    {
        using var services = GraphStoreFactory.Services(configuration: GraphConfiguration.Build([], new Hashtable { ["NEO4J_URI"] = given }, EmptyFolder(), EmptyFolder()));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        var line = UserErrors.Describe(error)!;
        Assert.Contains("Neo4j__Uri", line, StringComparison.Ordinal);
        Assert.Contains("NEO4J_URI", line, StringComparison.Ordinal);
        Assert.Contains("Query API", line, StringComparison.Ordinal);
        Assert.Contains(suggested, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aura_address_in_Neo4j__Uri_maps_to_https()
    {
        using var services = GraphStoreFactory.Services(configuration: GraphConfiguration.Build([], new Hashtable { ["Neo4j__Uri"] = "neo4j+s://abcd.databases.neo4j.io" }, EmptyFolder(), EmptyFolder()));
        Assert.Equal("https://abcd.databases.neo4j.io", services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Uri);
    }

    [Fact]
    public void A_bad_setting_names_itself_and_its_environment_variable()
    {
        using var services = GraphStoreFactory.Services(configuration: GraphConfiguration.Build(["--Store:BatchSize=0"], new Hashtable(), EmptyFolder(), EmptyFolder()));
        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StoreOptions>>().Value);
        Assert.Equal("Store:BatchSize must be between 1 and 100000 (environment Store__BatchSize)", UserErrors.Describe(error));
    }

    [Fact]
    public async Task A_wrong_password_is_one_line_that_names_the_settings()
    {
        await using var server = new FakeQueryApiServer();
        var environment = new Hashtable { ["Store__Kind"] = "neo4j", ["Neo4j__Uri"] = server.Uri, ["Neo4j__Password"] = "wrong" };
        await using var services = GraphStoreFactory.Services(configuration: GraphConfiguration.Build([], environment, EmptyFolder(), EmptyFolder()));

        var error = await Assert.ThrowsAsync<Neo4jException>(() => GraphStoreFactory.OpenAsync(services, Ct));

        var line = UserErrors.Describe(error)!;
        Assert.Contains("password", line, StringComparison.Ordinal);
        Assert.Contains("NEO4J_PASSWORD", line, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', line);
    }

    [Fact]
    public async Task A_query_never_writes_into_a_file_that_is_not_a_store()
    {
        using var folder = new TempFolder();
        await File.WriteAllBytesAsync(folder.File("empty.db"), []);
        await File.WriteAllTextAsync(folder.File("junk.db"), "not a database at all, just some text that is long enough");

        var empty = await Assert.ThrowsAsync<UserFacingException>(() => Sqlite(folder.File("empty.db"), mustExist: true));
        Assert.Contains("not a graph store", empty.Message, StringComparison.Ordinal);
        Assert.Equal(0, new FileInfo(folder.File("empty.db")).Length);
        var missing = await Assert.ThrowsAsync<UserFacingException>(() => Sqlite(folder.File("none.db"), mustExist: true));
        Assert.Contains("no store at", missing.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("none.db")));
        var junk = await Record.ExceptionAsync(() => Sqlite(folder.File("junk.db"), mustExist: false));
        Assert.Contains("not a SQLite database", UserErrors.Describe(junk!), StringComparison.Ordinal);
    }

    private static async Task Sqlite(string path, bool mustExist)
    {
        await using var store = await global::Graph.Store.Sqlite.SqliteGraphStore.OpenAsync(path, 10, Ct, mustExist);
    }

    private static async Task AssertReachesAsync(FakeQueryApiServer server, IConfiguration configuration)
    {
        await using var services = GraphStoreFactory.Services(configuration: configuration);
        await using var store = await GraphStoreFactory.OpenAsync(services, Ct);
        await store.CountAsync(Ct);
        Assert.Contains(server.Requests, r => r.Contains("/db/neo4j/query/v2", StringComparison.Ordinal));
    }

    private static string EmptyFolder() => Directory.CreateTempSubdirectory("graph-config-").FullName;
}

/// <summary>What the worker does with each kind of store failure.</summary>
public sealed class StoreFailuresTests
{
    [Theory]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", System.Net.HttpStatusCode.BadRequest, FailureKind.Outage)]
    [InlineData(null, System.Net.HttpStatusCode.ServiceUnavailable, FailureKind.Outage)]
    [InlineData("Neo.ClientError.Statement.SyntaxError", System.Net.HttpStatusCode.BadRequest, FailureKind.Document)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", System.Net.HttpStatusCode.BadRequest, FailureKind.Document)]
    [InlineData("Neo.ClientError.Security.Unauthorized", System.Net.HttpStatusCode.Unauthorized, FailureKind.Fatal)]
    [InlineData(null, System.Net.HttpStatusCode.Forbidden, FailureKind.Fatal)]
    [InlineData("Neo.DatabaseError.General.UnknownError", System.Net.HttpStatusCode.InternalServerError, FailureKind.Fatal)]
    public void A_failure_is_an_outage_a_document_s_fault_or_fatal(string? code, System.Net.HttpStatusCode status, FailureKind kind) =>
        Assert.Equal(kind, StoreFailures.Classify(new Neo4jException("x", code, status)));

    [Fact]
    public void A_refused_connection_and_an_open_breaker_are_outages()
    {
        Assert.Equal(FailureKind.Outage, StoreFailures.Classify(new Neo4jException("gave up", null, null, new Polly.Timeout.TimeoutRejectedException())));
        Assert.Equal(FailureKind.Outage, StoreFailures.Classify(new Neo4jException("open", null, null, new Polly.CircuitBreaker.BrokenCircuitException())));
        Assert.Equal(FailureKind.Outage, StoreFailures.Classify(new HttpRequestException("Connection refused")));
    }
}
