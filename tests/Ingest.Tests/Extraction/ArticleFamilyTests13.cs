using Graph.Model;

namespace Graph.Ingest.Tests.Extraction;

/// <summary>
/// Families of misses that eval/fresh-articles-13 (eight more invented articles, written before the changes) showed. Every
/// firm and person name is invented (places are real); each row is one way of saying it, negatives included.
/// </summary>
public class ArticleFamilyTests13 : ArticleFamily<ArticleFamilyTests13>
{
    [Theory]
    // 买自 / 购买自 (bought from) say what 购自 and 来自 say: the customer's goods come from the firm after it
    [InlineData("临江汀石化工有限公司的包装桶主要买自江阴甄编塑料制品有限公司。", "江阴甄编塑料制品有限公司>临江汀石化工有限公司")]
    [InlineData("临江汀石化工有限公司的包装桶大多买自江阴甄编塑料制品有限公司。", "江阴甄编塑料制品有限公司>临江汀石化工有限公司")]
    [InlineData("宁远恒塑包装有限公司的聚乙烯一直买自本地的宁远汀石化工有限公司。", "宁远汀石化工有限公司>宁远恒塑包装有限公司")]
    [InlineData("星河恒骁座椅有限公司的发泡材料主要买自同在高新区的星河湛泓聚氨酯有限公司。", "星河湛泓聚氨酯有限公司>星河恒骁座椅有限公司")]
    [InlineData("临江筑城建材有限公司的钢筋购买自本地的临江峪峰钢铁有限公司。", "临江峪峰钢铁有限公司>临江筑城建材有限公司")]
    [InlineData("宁远恒塑包装有限公司的色母粒主要买自宁波丽澄色母有限公司。", "宁波丽澄色母有限公司>宁远恒塑包装有限公司")]
    // …and no supply from a place, from unnamed sellers, or from a former supplier
    [InlineData("星河砚麦面业有限公司的小麦全部买自周边的种粮大户。", "")]
    [InlineData("临江峪峰钢铁有限公司的焦炭过去买自山西，如今改由本地供应。", "")]
    [InlineData("宁远恒塑包装有限公司的聚乙烯过去买自宁远汀石化工有限公司，今年改从进口。", "")]
    [InlineData("星河砚麦面业有限公司的设备买自德国，包装袋则由星河穗纸包装有限公司供应。", "星河穗纸包装有限公司>星河砚麦面业有限公司")]
    public void Goods_bought_from_a_firm_are_its_supply(string text, string expected) =>
        Assert.Equal(Split(expected), Facts(text, RelationType.SUPPLIES));

    [Theory]
    // 所需 / 所用的 before the goods of a clause that follows the customer's: the goods are the customer's, the firm after
    // 来自 / 买自 supplies it
    [InlineData("星河恒骁座椅有限公司坐落在开发区，所需面料主要买自本地的星河锦澄纺织有限公司。", "星河锦澄纺织有限公司>星河恒骁座椅有限公司")]
    [InlineData("宁远恒塑包装有限公司新上了一条生产线，所需聚乙烯来自宁远汀石化工有限公司。", "宁远汀石化工有限公司>宁远恒塑包装有限公司")]
    [InlineData("临江筑城建材有限公司专做商品混凝土，所需水泥全部来自临江峪峰水泥有限公司。", "临江峪峰水泥有限公司>临江筑城建材有限公司")]
    [InlineData("星河恒骁座椅有限公司专做汽车座椅，所用的面料大多来自星河锦澄纺织有限公司。", "星河锦澄纺织有限公司>星河恒骁座椅有限公司")]
    [InlineData("宁远恒塑包装有限公司去年扩产，所需的纸箱主要来自宁远穗纸包装有限公司。", "宁远穗纸包装有限公司>宁远恒塑包装有限公司")]
    // …and no supply of money, people or goods from unnamed sellers
    [InlineData("星河砚麦面业有限公司专做挂面，所需小麦大多来自周边的种粮大户。", "")]
    [InlineData("星河恒骁座椅有限公司专做汽车座椅，所需资金主要来自星河湛泓投资有限公司。", "")]
    [InlineData("星河恒骁座椅有限公司专做汽车座椅，所需人才大多来自星河职业技术学院。", "")]
    public void Goods_the_customer_needs_come_from_the_supplier(string text, string expected) =>
        Assert.Equal(Split(expected), Facts(text, RelationType.SUPPLIES));

    [Theory]
    // a clause of the customer's goods whose maker or sender is the firm after 是 (则是A专门调配的, 都是A按周送来的): the customer
    // is the topic the sentence opens with
    [InlineData("星河恒骁座椅有限公司所用的发泡胶，则是同在高新区的星河湛泓聚氨酯有限公司专门调配的。", "星河湛泓聚氨酯有限公司>星河恒骁座椅有限公司")]
    [InlineData("临江筑城建材有限公司的水泥，都是本地的临江峪峰水泥有限公司按周送来的。", "临江峪峰水泥有限公司>临江筑城建材有限公司")]
    [InlineData("宁远恒塑包装有限公司的聚乙烯，全是宁远汀石化工有限公司生产的。", "宁远汀石化工有限公司>宁远恒塑包装有限公司")]
    [InlineData("星河恒骁座椅有限公司生产座椅，面料则是绍兴的绍兴锦澄纺织有限公司织造的。", "绍兴锦澄纺织有限公司>星河恒骁座椅有限公司")]
    [InlineData("临江汀石化工有限公司的包装桶，是江阴甄编塑料制品有限公司按月送来的。", "江阴甄编塑料制品有限公司>临江汀石化工有限公司")]
    // …and no supply of a building, a know-how, an order placed, or from a former supplier
    [InlineData("星河恒骁座椅有限公司的新厂房，是星河筑岚建设有限公司建造的。", "")]
    [InlineData("星河恒骁座椅有限公司的这项技术，是星河湛泓聚氨酯有限公司研发的。", "")]
    [InlineData("星河恒骁座椅有限公司的第一笔订单，是星河锦澄纺织有限公司下的。", "")]
    [InlineData("星河恒骁座椅有限公司的发泡胶，过去是星河湛泓聚氨酯有限公司供应的。", "")]
    public void Goods_made_or_sent_by_a_firm_are_its_supply(string text, string expected) =>
        Assert.Equal(Split(expected), Facts(text, RelationType.SUPPLIES));
}
