namespace Graph.Ingest.Places;

/// <summary>What kind of place a District is; <c>ToAttribute</c> gives the value of its <c>level</c> attribute.</summary>
public enum PlaceLevel
{
    Province,
    City,
    County,
    Town,
    Village,
    Zone,
    Region,
    Country,
}

public static class PlaceLevels
{
    public static string ToAttribute(this PlaceLevel level) => level.ToString().ToLowerInvariant();

    /// <summary>Depth in the administrative tree (province 1 … village 5); 0 for places outside it.</summary>
    public static int Depth(this PlaceLevel level) => level switch
    {
        PlaceLevel.Province => 1,
        PlaceLevel.City => 2,
        PlaceLevel.County => 3,
        PlaceLevel.Town => 4,
        PlaceLevel.Village => 5,
        _ => 0,
    };

    public static PlaceLevel Parse(string value, string file, int line) => value switch
    {
        "province" => PlaceLevel.Province,
        "city" => PlaceLevel.City,
        "county" => PlaceLevel.County,
        "town" => PlaceLevel.Town,
        "village" => PlaceLevel.Village,
        "zone" => PlaceLevel.Zone,
        "region" => PlaceLevel.Region,
        "country" => PlaceLevel.Country,
        _ => throw new DataFileException(file, line, $"unknown place level '{value}'"),
    };
}
