using Graph.Model;

namespace Graph.GraphModel.Tests;

public class StableIdTests
{
    [Fact]
    public void Same_label_and_name_give_the_same_id()
    {
        Assert.Equal(StableId.ForEntity(NodeLabel.Enterprise, "嘉兴亮锐精密机械股份有限公司"),
            StableId.ForEntity(NodeLabel.Enterprise, "嘉兴亮锐精密机械股份有限公司"));
    }

    [Fact]
    public void Full_width_and_half_width_brackets_give_the_same_id()
    {
        Assert.Equal(StableId.ForEntity(NodeLabel.Enterprise, "津上精密机床（浙江）有限公司"),
            StableId.ForEntity(NodeLabel.Enterprise, "津上精密机床(浙江)有限公司"));
    }

    [Fact]
    public void Same_name_under_another_label_is_another_entity()
    {
        Assert.NotEqual(StableId.ForEntity(NodeLabel.District, "南湖"), StableId.ForEntity(NodeLabel.Enterprise, "南湖"));
    }

    [Fact]
    public void Relation_id_depends_on_direction()
    {
        Assert.NotEqual(StableId.ForRelation(RelationType.SUPPLIES, "a", "b"), StableId.ForRelation(RelationType.SUPPLIES, "b", "a"));
    }

    [Theory]
    [InlineData("津上精密机床（浙江）有限公司", "津上精密机床(浙江)有限公司")]
    [InlineData("Smiths  Group", "SmithsGroup")]
    [InlineData("６０％", "60%")]
    public void Name_key_folds_width_and_drops_white_space(string name, string key)
    {
        Assert.Equal(key, NameKey.Normalize(name));
    }
}
