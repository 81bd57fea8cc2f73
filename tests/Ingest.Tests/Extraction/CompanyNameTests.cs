using Graph.Ingest.Extraction;

namespace Graph.Ingest.Tests.Extraction;

public class CompanyNameTests
{
    private static readonly ExtractionLexicons Lexicons = ExtractionLexicons.Default;

    [Theory]
    [InlineData("嘉兴亮锐精密机械股份有限公司", "嘉兴", "亮锐", "精密机械", "股份有限公司")]
    [InlineData("津上精密机床(浙江)有限公司", "浙江", "津上", "精密机床", "有限公司")]
    [InlineData("浙江当卓能源科技有限公司", "浙江", "当卓", "能源科技", "有限公司")]
    [InlineData("浙江金连接科技股份有限公司", "浙江", "金连接", "科技", "股份有限公司")]
    [InlineData("平湖陈达仓储办公股份有限公司", "平湖", "陈达", "仓储办公", "股份有限公司")]
    public void Full_name_splits_into_place_brand_trade_and_form(string full, string place, string brand, string trade, string form)
    {
        var name = CompanyName.Parse(full, Lexicons);
        Assert.NotNull(name);
        Assert.Equal(place, name.Place);
        Assert.Equal(brand, name.Brand);
        Assert.Equal(trade, string.Concat(name.TradeWords));
        Assert.Equal(form, name.Form);
    }

    [Fact]
    public void Short_forms_include_the_forms_articles_use()
    {
        var forms = CompanyName.Parse("津上精密机床(浙江)有限公司", Lexicons)!.ShortForms(Lexicons);
        Assert.Contains("津上精密", forms);
        Assert.Contains("津上精密机床", forms);
        Assert.Contains("津上", forms);
    }

    [Theory]
    [InlineData("浙江星澜能源科技有限公司", "星澜科技")]
    [InlineData("浙江星澜能源科技有限公司", "星澜能源")]
    [InlineData("苏州禾木精工股份有限公司", "禾木股份")]
    [InlineData("安徽云岫新材料科技集团有限公司", "云岫科技")]
    public void The_brand_with_one_trade_word_or_its_form_is_a_short_form(string full, string form) =>
        Assert.Contains(form, CompanyName.Parse(full, Lexicons)!.ShortForms(Lexicons));

    [Fact]
    public void A_brand_that_is_a_place_is_not_an_alias()
    {
        // 浙江南湖数据发展集团有限公司: 南湖 is a district, so the bare brand must not stand for the company.
        var forms = CompanyName.Parse("浙江南湖数据发展集团有限公司", Lexicons)!.ShortForms(Lexicons);
        Assert.DoesNotContain("南湖", forms);
    }

    [Fact]
    public void A_branch_is_named_by_its_parent()
    {
        var name = CompanyName.Parse("安波福电气系统有限公司嘉兴分公司", Lexicons);
        Assert.NotNull(name);
        Assert.Equal("安波福", name.Brand);
        Assert.Equal("安波福电气系统有限公司", name.Parent);
    }

    [Theory]
    [InlineData("全资子公司")]
    [InlineData("该公司")]
    [InlineData("科技型材料公司")]
    public void Generic_phrases_are_not_company_names(string text)
    {
        Assert.Null(CompanyName.Parse(text, Lexicons));
    }
}
