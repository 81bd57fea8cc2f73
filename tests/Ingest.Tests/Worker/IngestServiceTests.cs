using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
using Graph.Store;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Worker;

public sealed class IngestServiceTests
{
    [Fact]
    public async Task A_short_name_in_a_later_batch_resolves_to_the_company_an_earlier_batch_named_in_full()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("first.txt"), "机床产业\n\n在平湖经济技术开发区的津上精密机床(浙江)有限公司,厂房高挂这样的红色横幅。\n");
        await File.WriteAllTextAsync(folder.File("second.txt"),
            "配套企业\n\n这几天,嘉兴亮锐精密机械股份有限公司开工了新项目。“现在我们的产能,60%供应给津上精密,剩余40%则供应给其他客户。”\n");
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);

        await service.IngestAsync(store, [folder.File("first.txt")], force: false, progress: null, CancellationToken.None);
        await service.IngestAsync(store, [folder.File("second.txt")], force: false, progress: null, CancellationToken.None);

        var customer = Assert.Single(await store.FindByNameAsync("津上精密机床(浙江)有限公司", CancellationToken.None));
        var supply = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, null, customer.Id, CancellationToken.None));
        Assert.Equal("60%", supply.Attributes["share"]);
        Assert.Contains("津上精密", (await store.EntitiesAsync([customer.Id], CancellationToken.None))[customer.Id].Aliases);
    }

    [Fact]
    public async Task A_firm_met_first_by_its_short_name_becomes_one_with_its_full_name_and_the_day_gives_the_batch_graph()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("day1.txt"), "汽车零部件\n\n华锐精工将为星河汽车配套供应转向节。\n");
        await File.WriteAllTextAsync(folder.File("day2.txt"),
            "企业走访\n\n苏州华锐精工机械有限公司近日扩建厂房。星河汽车科技(常州)有限公司是华锐精工最大的客户。\n");
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        await using var daily = await SqliteGraphStore.OpenAsync(folder.File("daily.db"), 500, CancellationToken.None);
        await using var batch = await SqliteGraphStore.OpenAsync(folder.File("batch.db"), 500, CancellationToken.None);

        await service.IngestAsync(daily, [folder.File("day1.txt")], force: false, progress: null, CancellationToken.None);
        var firstMet = Assert.Single(await daily.FindByNameAsync("华锐精工", CancellationToken.None));
        Assert.Equal("华锐精工", firstMet.Name);
        await service.IngestAsync(daily, [folder.File("day2.txt")], force: false, progress: null, CancellationToken.None);
        await service.IngestAsync(batch, [folder.File("day1.txt"), folder.File("day2.txt")], force: false, progress: null, CancellationToken.None);

        var full = Assert.Single(await daily.FindByNameAsync("华锐精工", CancellationToken.None));
        Assert.Equal("苏州华锐精工机械有限公司", full.Name);
        Assert.Equal(full.Id, (await daily.EntitiesAsync([firstMet.Id], CancellationToken.None))[firstMet.Id].Id); // the old id redirects
        Assert.Single(await daily.RelationsAsync(RelationType.SUPPLIES, firstMet.Id, null, CancellationToken.None));
        static async Task<string[]> Facts(IGraphStore store)
        {
            var held = await store.ToInterchangeAsync(CancellationToken.None);
            var names = held.Entities.ToDictionary(e => e.Id, e => e.Name);
            return [.. held.Entities.Select(e => $"{e.Type} {e.Name}").Concat(held.Relations.Select(r => $"{r.Type} {names[r.From]} {names[r.To]}")).Distinct().Order()];
        }

        Assert.Equal(await Facts(batch), await Facts(daily));
    }

    [Fact]
    public async Task A_brand_with_one_trade_word_met_first_becomes_one_with_the_full_name_written_later()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(folder.File("day1.txt"), "新能源\n\n星澜科技将在临安区投资20亿元。\n");
        await File.WriteAllTextAsync(folder.File("day2.txt"), "企业走访\n\n浙江星澜能源科技有限公司是一家新能源企业。\n");
        var service = new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance);
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 500, CancellationToken.None);

        await service.IngestAsync(store, [folder.File("day1.txt")], force: false, progress: null, CancellationToken.None);
        var firstMet = Assert.Single(await store.FindByNameAsync("星澜科技", CancellationToken.None));
        await service.IngestAsync(store, [folder.File("day2.txt")], force: false, progress: null, CancellationToken.None);

        var full = Assert.Single(await store.FindByNameAsync("星澜科技", CancellationToken.None));
        Assert.Equal("浙江星澜能源科技有限公司", full.Name);
        Assert.Equal(full.Id, (await store.EntitiesAsync([firstMet.Id], CancellationToken.None))[firstMet.Id].Id);
        Assert.Single(await store.RelationsAsync(RelationType.INVESTS_IN, full.Id, null, CancellationToken.None));
    }
}
