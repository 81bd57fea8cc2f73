namespace Graph.Queries.Tests;

[Collection(ConsoleCollection.Name)]
public class QueriesCliTests
{
    [Fact]
    public void A_missing_name_is_a_parse_error()
    {
        var result = QueriesCli.Build().Parse(["suppliers-of"]);
        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void An_unknown_format_is_a_parse_error_that_names_the_choices()
    {
        var result = QueriesCli.Build().Parse(["suppliers-of", "津上", "--format", "xml"]);
        var error = Assert.Single(result.Errors);
        Assert.Contains("xml", error.Message);
    }

    [Fact]
    public async Task A_missing_store_says_how_to_make_one()
    {
        var stderr = new StringWriter();
        var original = Console.Error;
        Console.SetError(stderr);
        try
        {
            var code = await QueriesCli.Build().Parse(["suppliers-of", "津上", "--store", "/nonexistent/graph.db"]).InvokeAsync();
            Assert.Equal(1, code);
        }
        finally
        {
            Console.SetError(original);
        }

        Assert.Contains("ingest", stderr.ToString());
    }
}
