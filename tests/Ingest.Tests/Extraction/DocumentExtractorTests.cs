using System.Collections.Immutable;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Tests.Extraction;

public class DocumentExtractorTests
{
    /// <summary>A rule that states one relation between the first two enterprises it is told about.</summary>
    private sealed class FixedRelationRule(RelationType type, NodeLabel toLabel, double confidence) : IExtractionRule
    {
        public void Apply(ArticleScope scope) =>
            scope.Relations.Add(new RelationCandidate(type, new EntityKey(NodeLabel.Enterprise, "甲"), new EntityKey(toLabel, "乙"),
                ImmutableSortedDictionary<string, string>.Empty, scope.Sentences[0], 0, 1, "test.fixed", confidence));
    }

    private static ExtractedDocument Run(IExtractionRule rule)
    {
        var document = new PageNormalizer().Normalize(SourceDocument.FromText("t.txt", "标题\n\n甲公司与乙公司签约。\n"));
        var resolver = AliasResolver.Build([], ExtractionLexicons.Default);
        return new DocumentExtractor(new PlaceExtractor(), [rule]).Extract(document, resolver);
    }

    [Fact]
    public void A_relation_the_schema_does_not_allow_is_dropped_with_the_reason()
    {
        var extracted = Run(new FixedRelationRule(RelationType.LOCATED_IN, NodeLabel.Enterprise, 0.9));
        Assert.Empty(extracted.Relations);
        Assert.Contains(extracted.Dropped, d => d.Reason.StartsWith("out of schema", StringComparison.Ordinal) && d.Rule == "test.fixed");
    }

    [Fact]
    public void A_low_confidence_relation_is_dropped_with_the_reason()
    {
        var extracted = Run(new FixedRelationRule(RelationType.SUPPLIES, NodeLabel.Enterprise, 0.3));
        Assert.Empty(extracted.Relations);
        Assert.Contains(extracted.Dropped, d => d.Reason.StartsWith("low confidence", StringComparison.Ordinal));
    }

    [Fact]
    public void An_allowed_confident_relation_is_kept()
    {
        Assert.Single(Run(new FixedRelationRule(RelationType.SUPPLIES, NodeLabel.Enterprise, 0.9)).Relations);
    }
}

public class OfficialTitleTests
{
    [Fact]
    public void An_official_entity_carries_the_title_it_was_named_with()
    {
        // seeds/003
        var graph = ExtractionPipeline.CreateDefault()
            .Run([SourceDocument.FromText("t.txt", "南湖新闻\n\n南湖区委书记陈群伟表示,要把项目建设作为头等大事。\n")]).Graphs.Single();
        var official = Assert.Single(graph.Entities, e => e.Label == NodeLabel.Official);
        Assert.Equal("陈群伟", official.Name);
        Assert.Contains("书记", official.Attributes["title"]);
    }
}

public class ProductRuleTests
{
    [Fact]
    public void A_firm_that_makes_a_list_of_products_produces_each()
    {
        // The product list of a seeds/001 sentence, said by a firm named in full.
        var relations = ExtractionPipeline.CreateDefault()
            .Run([SourceDocument.FromText("t.txt", "汽车零部件\n\n浙江远航汽车部件有限公司生产智能座椅骨架、零重力座椅零部件、智能座舱系统等,为多家知名车企配套。\n")])
            .Documents.Single().Relations;
        var products = relations.Where(r => r.Type == RelationType.PRODUCES).Select(r => r.To.Name).ToHashSet();
        Assert.Contains("智能座椅骨架", products);
        Assert.Contains("智能座舱系统", products);
        Assert.All(relations.Where(r => r.Type == RelationType.PRODUCES), r => Assert.Equal(NodeLabel.Product, r.To.Label));
    }
}

public class DescriptionsAreNotNamesTests
{
    private static IReadOnlyList<Mention> Mentions(string text) =>
        ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText("t.txt", "新闻\n\n" + text + "\n")]).Documents.Single().Mentions;

    [Fact]
    public void A_venue_is_no_organisation()
    {
        // seeds/002
        Assert.DoesNotContain(Mentions("比赛从桐乡市全民健身中心出发,途经桐乡市文化中心。"), m => m.Label == NodeLabel.Organization);
    }

    [Fact]
    public void A_project_described_by_its_rank_is_no_project_name()
    {
        Assert.DoesNotContain(Mentions("该企业签约落地了全国首个工业具身智能项目,总投资5亿元。"), m => m.Label == NodeLabel.Project && m.Surface.Contains("首个"));
    }
}
