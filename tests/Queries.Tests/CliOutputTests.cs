using System.Text.Json;
using Graph.Cli;
using Graph.Queries.Catalog;
using Graph.Queries.Output;

namespace Graph.Queries.Tests;

/// <summary>Tests that swap the process's console: they run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}

/// <summary>The queries CLI end to end on the seed store: formats, exit codes and messages.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class CliOutputTests(SeedGraphForCli seeds) : IClassFixture<SeedGraphForCli>
{
    private async Task<(int Code, string Out, string Error)> RunAsync(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var (originalOut, originalError) = (Console.Out, Console.Error);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var code = await CommandRunner.RunAsync(QueriesCli.Build(), args[0] == "list" ? args : [.. args, "--store", seeds.Path]);
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(originalOut);
            Console.SetError(originalError);
        }
    }

    public static TheoryData<string> Queries() => [.. QueryCatalog.All.Select(q => q.Name)];

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Json_is_an_array_of_objects_with_the_query_columns(string name)
    {
        var query = QueryCatalog.Find(name)!;
        var (code, output, error) = await RunAsync([name, .. BrowserFilesTests.SeedArguments[name], "--format", "json"]);
        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.NotEqual(0, json.RootElement.GetArrayLength());
        foreach (var row in json.RootElement.EnumerateArray())
        {
            Assert.Equal(query.Columns, row.EnumerateObject().Select(p => p.Name));
            var evidence = row.GetProperty("evidence");
            Assert.All(evidence.EnumerateArray(), e => Assert.EndsWith(".txt", e.GetProperty("document").GetString()));
        }
    }

    [Fact]
    public async Task Csv_has_a_header_and_quotes_as_rfc_4180_says()
    {
        var (code, output, _) = await RunAsync("customers-of", "金连接", "--format", "csv");
        Assert.Equal(0, code);
        Assert.StartsWith("supplier,customer,product,share,evidence\r\n", output);
        // The evidence sentences hold commas (ASCII, after normalisation): each such field is quoted.
        Assert.Contains(",\"", output);
        Assert.Equal(4, output.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Csv_quotes_separators_quotes_and_line_breaks()
    {
        var result = new QueryResult(["a", "evidence"],
        [
            new Row { ["a"] = "x,\"y\"\nz", ["evidence"] = new List<EvidenceRow> { new("句子,含逗号", "f.txt") } },
        ]);
        var output = new StringWriter();
        ResultWriter.WriteCsv(result, output);
        Assert.Equal("a,evidence\r\n\"x,\"\"y\"\"\nz\",\"句子,含逗号 [f.txt]\"\r\n", output.ToString());
    }

    [Fact]
    public void Tables_line_up_chinese_names()
    {
        var result = new QueryResult(["name", "evidence"], [new Row { ["name"] = "亮锐", ["evidence"] = new List<EvidenceRow>() }, new Row { ["name"] = "ab", ["evidence"] = new List<EvidenceRow>() }]);
        var output = new StringWriter();
        ResultWriter.WriteTable(result, output);
        var lines = output.ToString().Split('\n').Where(l => l.Contains('│')).ToList();
        // Every row's border sits at the same terminal column: a Chinese character takes two.
        var widths = lines.Select(l => l.Sum(c => c >= 0x3000 ? 2 : 1)).Distinct().ToList();
        Assert.Single(widths);
    }

    [Fact]
    public async Task List_shows_every_query()
    {
        var (code, output, _) = await RunAsync("list");
        Assert.Equal(0, code);
        Assert.All(QueryCatalog.All, q => Assert.Contains(q.Name, output));
    }

    [Fact]
    public async Task An_unknown_name_exits_1_with_close_names()
    {
        var (code, output, error) = await RunAsync("suppliers-of", "津上精密股份");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("no entity named 津上精密股份", error);
        Assert.Contains("close names:", error);
        Assert.Contains("津上精密", error);
    }

    [Fact]
    public async Task Limit_caps_the_rows()
    {
        var (code, output, _) = await RunAsync("search", "平湖", "--format", "json", "--limit", "2");
        Assert.Equal(0, code);
        Assert.Equal(2, JsonDocument.Parse(output).RootElement.GetArrayLength());
    }

    [Fact]
    public async Task An_out_of_range_option_is_a_usage_error()
    {
        var (code, _, error) = await RunAsync("supply-chain", "津上精密", "--up", "9");
        Assert.Equal(2, code);
        Assert.Contains("--up", error);
    }
}

/// <summary>The seeds in a store of their own for the CLI tests (the CLI opens the file by path).</summary>
public sealed class SeedGraphForCli : IAsyncLifetime
{
    private readonly SeedGraph _graph = new();

    public string Path => _graph.Path;

    public Task InitializeAsync() => _graph.InitializeAsync();

    public Task DisposeAsync() => _graph.DisposeAsync();
}
