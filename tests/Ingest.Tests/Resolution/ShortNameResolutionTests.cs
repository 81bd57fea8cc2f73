using Graph.Ingest.Extraction;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;
using Graph.Model;

namespace Graph.Ingest.Tests.Resolution;

/// <summary>Short names and full names of one firm are one entity (invented names).</summary>
public class ShortNameResolutionTests
{
    private static readonly ExtractionLexicons Lexicons = ExtractionLexicons.Default;

    [Fact]
    public void A_brand_and_company_form_named_as_a_full_name_is_the_longer_company()
    {
        var names = new[] { "浙江禾木汽车配件股份有限公司", "禾木公司" }.Select(n => CompanyName.Parse(n, Lexicons)!).ToList();
        var resolver = AliasResolver.Build(names, Lexicons);
        Assert.Equal("浙江禾木汽车配件股份有限公司", resolver.Resolve("禾木公司"));
        Assert.Equal("浙江禾木汽车配件股份有限公司", resolver.Resolve("禾木"));
        Assert.Empty(resolver.Ambiguous);
    }

    [Fact]
    public void Two_companies_of_one_brand_leave_the_brand_ambiguous()
    {
        var names = new[] { "浙江禾木汽车配件股份有限公司", "江苏禾木电子有限公司" }.Select(n => CompanyName.Parse(n, Lexicons)!).ToList();
        var resolver = AliasResolver.Build(names, Lexicons);
        Assert.Null(resolver.Resolve("禾木"));
        Assert.Contains("禾木", resolver.Ambiguous.Keys);
    }

    [Fact]
    public void The_brand_with_one_trade_word_of_the_full_name_is_one_firm_in_an_article()
    {
        var document = ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt",
            "标题\n\n星澜科技再次加码投资临江区。浙江星澜能源科技有限公司是一家新能源企业。\n")]).Documents.Single();
        var firms = document.Mentions.Where(m => m.Label == NodeLabel.Enterprise).Select(m => m.Key).Distinct().ToList();
        Assert.Equal(["浙江星澜能源科技有限公司"], firms);
    }
}
