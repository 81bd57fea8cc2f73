using System.Text.Json;
using Graph.Queries.Exports;
using Graph.Tests.Shared;
using Xunit.Abstractions;

namespace Graph.Queries.Tests.Exports;

/// <summary>
/// The HTML export opened in a real headless Chromium over the DevTools protocol, offline: every node and edge is
/// drawn, clicking a node shows its evidence, the search box finds a name by its short form, nothing is fetched.
/// The screenshot goes to the test output (bin/…/test-output/export-html.png).
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class HtmlExportTests(SeedGraph seeds, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task The_page_draws_every_node_and_edge_and_a_click_shows_the_evidence()
    {
        var executable = Chromium.Find();
        Skip.If(executable is null, $"no Chromium at {Chromium.DefaultPath} (scripts/test.sh installs it with apt-get install chromium; it could not here)");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var ct = cancel.Token;
        var root = Assert.Single(await seeds.Store.FindByNameAsync("亮锐", ct));
        var place = Assert.Single(await seeds.Store.FindByNameAsync("平湖市", ct));
        var graph = await new SubgraphReader(seeds.Store).AroundAsync(place, 2, ct);
        Assert.Contains(root.Id, graph.Nodes.Select(n => n.Id));
        Assert.True(graph.Edges.Count >= 10, $"only {graph.Edges.Count} edges around {place.Name}");
        using var folder = new TempFolder();
        var page = folder.File("around.html");
        await new HtmlExport().WriteAsync(graph, page, ct);

        await using var browser = await Chromium.StartAsync(executable!, 1400, 900, ct);
        await browser.NavigateAsync(new Uri(page).AbsoluteUri, ct);
        await browser.WaitForAsync("document.body !== null && document.body.getAttribute('data-ready') === 'true'", TimeSpan.FromSeconds(60), ct);

        // Drawn: every element is visible and its rendered box lies inside the canvas.
        const string Inside =
            "(function (e) { var b = e.renderedBoundingBox(), c = graphView.cy; return e.visible() && b.w > 0 && b.x1 >= -1 && b.y1 >= -1 && b.x2 <= c.width() + 1 && b.y2 <= c.height() + 1; })";
        Assert.Equal(graph.Nodes.Count, (await browser.EvaluateAsync($"graphView.cy.nodes().filter({Inside}).length", ct)).GetInt32());
        Assert.Equal(graph.Edges.Count, (await browser.EvaluateAsync($"graphView.cy.edges().filter({Inside}).length", ct)).GetInt32());
        Assert.Equal(0, (await browser.EvaluateAsync("performance.getEntriesByType('resource').length", ct)).GetInt32());

        // A real click on the node's position on screen.
        var at = await browser.EvaluateAsync(
            $"(function () {{ var p = graphView.cy.getElementById({JsonSerializer.Serialize(root.Id)}).renderedPosition(); var r = document.getElementById('graph').getBoundingClientRect(); return {{ x: r.left + p.x, y: r.top + p.y }}; }})()", ct);
        await browser.ClickAsync(at.GetProperty("x").GetDouble(), at.GetProperty("y").GetDouble(), ct);
        await browser.WaitForAsync("document.querySelector('#details h2') !== null", TimeSpan.FromSeconds(10), ct);
        var details = (await browser.EvaluateAsync("document.getElementById('details').textContent", ct)).GetString()!;
        Assert.Contains(root.Name, details);
        var evidence = ExportProperties.EvidencePairs(root.Evidence);
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e =>
        {
            Assert.Contains(e.Sentence, details);
            Assert.Contains(e.Document, details);
        });

        var screenshot = Path.Combine(AppContext.BaseDirectory, "test-output", "export-html.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await File.WriteAllBytesAsync(screenshot, await browser.ScreenshotAsync(ct), ct);
        output.WriteLine($"screenshot: {screenshot}");
        Assert.True(new FileInfo(screenshot).Length > 10_000);

        // The search box: a short form finds the full name.
        await browser.EvaluateAsync("document.getElementById('search').focus()", ct);
        await browser.TypeAsync("亮锐", ct);
        await browser.WaitForAsync("document.getElementById('matches').textContent.length > 0", TimeSpan.FromSeconds(10), ct);
        Assert.Equal(1, (await browser.EvaluateAsync("graphView.cy.nodes('.match').length", ct)).GetInt32());

    }
}
