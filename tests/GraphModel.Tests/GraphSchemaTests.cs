using Graph.Model;

namespace Graph.GraphModel.Tests;

public class GraphSchemaTests
{
    [Fact]
    public void Undefined_label_is_an_error_that_names_it()
    {
        var error = Assert.Throws<SchemaException>(() => GraphSchema.ParseLabel("Company"));
        Assert.Contains("'Company'", error.Message);
    }

    [Fact]
    public void Undefined_relationship_type_is_an_error_that_names_it()
    {
        var error = Assert.Throws<SchemaException>(() => GraphSchema.ParseRelation("SELLS_TO"));
        Assert.Contains("'SELLS_TO'", error.Message);
    }

    [Fact]
    public void Every_relationship_type_declares_its_endpoints()
    {
        Assert.All(GraphSchema.RelationTypes, t => Assert.True(GraphSchema.Endpoints.ContainsKey(t), t.ToString()));
    }

    [Theory]
    [InlineData(RelationType.SUPPLIES, NodeLabel.Enterprise, NodeLabel.Enterprise, true)]
    [InlineData(RelationType.HOLDS_POSITION, NodeLabel.Official, NodeLabel.District, true)]
    [InlineData(RelationType.HOLDS_POSITION, NodeLabel.Enterprise, NodeLabel.District, false)]
    [InlineData(RelationType.LOCATED_IN, NodeLabel.Enterprise, NodeLabel.Enterprise, false)]
    public void Endpoints_are_checked(RelationType type, NodeLabel from, NodeLabel to, bool allowed)
    {
        Assert.Equal(allowed, GraphSchema.Allows(type, from, to));
    }
}
