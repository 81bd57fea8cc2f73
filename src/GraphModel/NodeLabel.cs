namespace Graph.Model;

/// <summary>The closed set of node labels. Cypher labels come from here, never from text.</summary>
public enum NodeLabel
{
    Enterprise,
    Cluster,
    District,
    Official,
    Organization,
    Project,
    Event,
    Product,
    Document,
}
