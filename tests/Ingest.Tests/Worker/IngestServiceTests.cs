using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Model;
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
}
