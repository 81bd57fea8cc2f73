using Graph.Ingest.Places;

namespace Graph.Bench.Corpus;

/// <summary>A county of the gazetteer with its city and province, and the short forms articles use.</summary>
internal sealed record Place(string Province, string City, string CityShort, string County, string CountyShort)
{
    /// <summary>区委书记 / 县委书记 / 市委书记: the party secretary's title after the county's name.</summary>
    public string SecretaryTitle => "委书记";

    /// <summary>区长 / 县长 / 市长.</summary>
    public string HeadTitle => County[^1] + "长";
}

/// <summary>A person: surname and given name.</summary>
internal sealed record Person(string Name);

/// <summary>A generated firm: place + brand + trade + form, its people and the firms it supplies.</summary>
internal sealed record Firm(int Index, Place Place, Industry Industry, string Brand, string Trade, string FullName, string ShortName,
    Person Chairman, Person Manager, int[] Customers);

/// <summary>
/// The generated world an archive reports on: counties of the gazetteer, their officials, and firms that appear as
/// articles are written (firm i exists from article 2(i - 40) on), each firm made from its index alone.
/// </summary>
internal sealed class World
{
    public const int FirstFirms = 40;

    private readonly int _seed;
    private readonly Place[] _places;

    public World(int seed, Gazetteer gazetteer)
    {
        _seed = seed;
        var counties = gazetteer.Divisions
            .Where(d => d.Level == PlaceLevel.County && d.Name.Length >= 3 && d.Name[^1] is '县' or '区' or '市' && !d.Name.Contains("市辖"))
            .Select(d => (County: d, City: gazetteer.Parent(d.Code)))
            .Where(p => p.City is { Level: PlaceLevel.City } city && city.Name.EndsWith('市') && city.Name.Length >= 3)
            .Select(p => (p.County, City: p.City!, Province: gazetteer.Parent(p.City!.Code)))
            .Where(p => p.Province is { Level: PlaceLevel.Province } province && province.Name.EndsWith('省'))
            .Select(p => new Place(p.Province!.Name, p.City.Name, gazetteer.ShortForm(p.City) ?? p.City.Name,
                p.County.Name, gazetteer.ShortForm(p.County) ?? p.County.Name))
            .Where(p => p.CityShort.Length >= 2 && p.CountyShort.Length >= 2)
            .OrderBy(p => p.County, StringComparer.Ordinal).ThenBy(p => p.City, StringComparer.Ordinal)
            .ToList();
        // The archive of one region: 240 counties drawn once per seed.
        var rng = new Rng(seed, 0, 0);
        _places = [.. Enumerable.Range(0, Math.Min(240, counties.Count)).Select(_ => counties[rng.Next(counties.Count)]).Distinct()];
    }

    /// <summary>How many firms exist when article <paramref name="article"/> is written.</summary>
    public static int FirmsAt(int article) => FirstFirms + (article / 2);

    public Place PlaceOf(int index) => _places[index % _places.Length];

    public int PlaceCount => _places.Length;

    /// <summary>The county's party secretary and head (the same in every article about the county).</summary>
    public (Person Secretary, Person Head) Officials(Place place)
    {
        var rng = new Rng(_seed, 3, Array.IndexOf(_places, place));
        return (MakePerson(rng), MakePerson(rng));
    }

    public Firm Firm(int index)
    {
        var rng = new Rng(_seed, 1, index);
        var place = rng.Pick(_places);
        var industry = rng.Pick(Vocabulary.Industries);
        string brand = string.Concat(rng.Pick(Vocabulary.BrandChars), rng.Pick(Vocabulary.BrandChars));
        string trade = rng.Pick(industry.Trades);
        string form = rng.Pick(Vocabulary.Forms);
        string prefix = rng.Chance(0.6) ? place.CityShort : place.CountyShort;
        // Suppliers sell to older firms, mostly the oldest (the large makers every chain ends at).
        int[] customers = index < 8 ? [] : [.. Enumerable.Range(0, rng.Chance(0.5) ? 2 : 1).Select(_ => (int)(index * Math.Pow(rng.NextDouble(), 2))).Distinct()];
        return new Firm(index, place, industry, brand, trade, prefix + brand + trade + form, brand + trade,
            MakePerson(rng), MakePerson(rng), customers);
    }

    public static Person MakePerson(Rng rng)
    {
        string given = rng.Chance(0.7)
            ? string.Concat(rng.Pick(Vocabulary.GivenChars), rng.Pick(Vocabulary.GivenChars))
            : rng.Pick(Vocabulary.GivenChars).ToString();
        return new Person(rng.Pick(Vocabulary.Surnames) + given);
    }
}
