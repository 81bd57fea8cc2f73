using Graph.Model;

namespace Graph.Store.Neo4j;

/// <summary>Evidence as Neo4j keeps it (one JSON string per sentence on a node or relationship), for readers of raw Cypher answers.</summary>
public static class Neo4jEvidence
{
    public static Evidence Read(string json) => Neo4jProperties.Deserialize(json);
}
