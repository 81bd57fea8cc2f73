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

    [Theory]
    // a county's or city's name after the province is the place too: the brand is what follows it
    [InlineData("山东临清澜拓轴承有限公司", "临清", "澜拓", "轴承")]
    [InlineData("浙江永康骁锐五金有限公司", "永康", "骁锐", "五金")]
    [InlineData("江苏昆山岚昱电子有限公司", "昆山", "岚昱", "电子")]
    [InlineData("广东顺德澄朗电器有限公司", "顺德", "澄朗", "电器")]
    [InlineData("河北任丘沧骏机械有限公司", "任丘", "沧骏", "机械")]
    public void A_second_place_after_the_province_is_no_part_of_the_brand(string full, string place, string brand, string trade)
    {
        var name = CompanyName.Parse(full, Lexicons)!;
        Assert.Equal((place, brand, trade), (name.Place, name.Brand, string.Concat(name.TradeWords)));
        Assert.Contains(brand + trade, name.ShortForms(Lexicons));
    }

    [Theory]
    // …not when no brand and trade are left after it (君山催化剂: 催化剂 is no brand; 吉利汽车: 汽车 is a trade word), nor after a city
    [InlineData("湖南君山催化剂有限公司", "君山催化剂")]
    [InlineData("河南吉利汽车有限公司", "吉利")]
    [InlineData("浙江海宁皮城股份有限公司", "海宁皮城")]
    [InlineData("衡阳珠晖绝缘材料有限公司", "珠晖绝缘")]
    public void A_place_word_with_nothing_after_it_but_a_word_stays_in_the_brand(string full, string brand) =>
        Assert.Equal(brand, CompanyName.Parse(full, Lexicons)!.Brand);

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
