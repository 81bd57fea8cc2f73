namespace Graph.Model;

/// <summary>The closed set of relationship types. Cypher types come from here, never from text.</summary>
public enum RelationType
{
    SUPPLIES,
    LOCATED_IN,
    INVESTS_IN,
    MEMBER_OF,
    PART_OF,
    SUBSIDIARY_OF,
    HOLDS_POSITION,
    PRODUCES,
    PARTICIPATES_IN,
    COOPERATES_WITH,
    FINANCES,
    MENTIONED_IN,
}
