namespace Graph.Ingest.Places;

/// <summary>
/// A place of the catalogue: an administrative division (NBS code), a region (code R:name) or a foreign
/// place (code F:name). <see cref="ParentCode"/> is the direct parent, null at the top.
/// </summary>
public sealed record Division(string Code, string Name, PlaceLevel Level, string? ParentCode, string Rule)
{
    public bool IsAdministrative => Level.Depth() > 0;
}

/// <summary>A name under which a place can be found in text.</summary>
/// <param name="IsShort">The name is a short form (平湖 for 平湖市), which needs more context to be trusted.</param>
/// <param name="Rule">The rule that produced the name (official-name, short-city, region-domestic, …).</param>
public sealed record PlaceName(Division Division, bool IsShort, string Rule);
