using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Queries.Catalog;
using Graph.Queries.Output;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;

namespace Graph.Queries.Tests;

/// <summary>The timeline, end to end: seeds ingested with their publication date, then "what happened in 南湖区?".</summary>
public sealed class TimelineEndToEndTests : IAsyncLifetime
{
    private static readonly DateOnly Published = new(2026, 7, 4);
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;

    private static IngestService NewIngest() =>
        new(new SourceReader(), ExtractionPipeline.CreateDefault(Published), NullLogger<IngestService>.Instance);

    public async Task InitializeAsync()
    {
        _store = await SqliteGraphStore.OpenAsync(_folder.File("graph.db"), 500, CancellationToken.None);
        await NewIngest().IngestAsync(_store, [RepoPaths.Seeds], force: false, progress: null, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private static string Participants(Row row) => row.Text("participants") ?? "";

    [Fact]
    public async Task A_district_lists_the_signing_and_the_founding_ceremony_of_the_day_before_publication_in_date_order()
    {
        var result = await new TimelineQuery().RunEmbeddedAsync(_store, "南湖区", CancellationToken.None);

        var signing = Assert.Single(result.Rows, r => (string?)r["kind"] == "signing" && Participants(r).Contains("当卓"));
        Assert.Equal("2026-07-03", signing["dateIso"]);
        Assert.Equal("昨天上午", signing["date"]);
        var founding = Assert.Single(result.Rows, r => (string?)r["kind"] == "opening" && Participants(r).Split('、').Any(p => p.StartsWith("嘉兴市数据法律服务中心")));
        Assert.Equal("2026-07-03", founding["dateIso"]);
        Assert.NotEmpty(founding.Evidence);

        var dates = result.Rows.Select(r => r.Text("dateIso")).ToList();
        var dated = dates.TakeWhile(d => d is not null).ToList();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(dates.Skip(dated.Count), d => Assert.Null(d));
    }

    [Fact]
    public async Task The_json_output_carries_the_resolved_date()
    {
        var result = await new TimelineQuery().RunEmbeddedAsync(_store, "南湖区", CancellationToken.None);
        var output = new StringWriter();
        ResultWriter.Write(result, "json", output);
        Assert.Contains("\"dateIso\": \"2026-07-03\"", output.ToString());
        Assert.Contains("(签约方)", output.ToString());
    }

    private async Task<QueryResult> Ranged(string? from, string? to)
    {
        var query = new TimelineQuery();
        var input = await QueryInput.ResolveAsync(query, _store, ["南湖区"], null, QueryInput.DefaultLimit, CancellationToken.None);
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        if (from is not null)
        {
            dates["from"] = from;
        }

        if (to is not null)
        {
            dates["to"] = to;
        }

        return await query.RunEmbeddedAsync(_store, input with { DateValues = dates }, CancellationToken.None);
    }

    [Fact]
    public async Task A_range_keeps_the_events_whose_date_overlaps_it()
    {
        var query = new TimelineQuery();
        var all = await query.RunEmbeddedAsync(_store, "南湖区", CancellationToken.None);
        var day = await Ranged("2026-07-03", "2026-07-03");
        var before = await Ranged(null, "2026-07-02");
        Assert.NotEmpty(day.Rows);
        Assert.All(day.Rows, r => Assert.True(TimelineQuery.InRange(r.Text("dateIso"), "2026-07-03", "2026-07-03")));
        Assert.DoesNotContain(before.Rows, r => r.Text("dateIso") == "2026-07-03");
        Assert.True(day.Rows.Count + before.Rows.Count <= all.Rows.Count);
    }

    [Theory]
    [InlineData("2026-07-03", "2026-07-01", "2026-07-31", true)]
    [InlineData("2026-07", "2026-07-03", null, true)]
    [InlineData("2026", null, "2025-12-31", false)]
    [InlineData("2025-12-20", "2026", null, false)]
    [InlineData(null, "2026-01-01", null, false)]
    [InlineData(null, null, null, true)]
    public void Dates_overlap_ranges_at_their_precision(string? dateIso, string? from, string? to, bool expected) =>
        Assert.Equal(expected, TimelineQuery.InRange(dateIso, from, to));

    [Fact]
    public async Task A_copy_of_a_page_with_one_more_line_adds_no_event()
    {
        var before = (await _store.CountAsync(CancellationToken.None)).Nodes.GetValueOrDefault(NodeLabel.Event);
        var copy = _folder.File("003_copy.txt");
        await File.WriteAllTextAsync(copy, await File.ReadAllTextAsync(RepoPaths.SeedFile("003")) + "\n（责任编辑 王某）\n");

        var report = await NewIngest().IngestAsync(_store, [copy], force: false, progress: null, CancellationToken.None);

        Assert.Single(report.Written);
        Assert.True(before > 0);
        Assert.Equal(before, (await _store.CountAsync(CancellationToken.None)).Nodes.GetValueOrDefault(NodeLabel.Event));
    }
}
