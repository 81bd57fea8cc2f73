using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>The general-language lexicons the extraction rules read, loaded once from resources/extraction.</summary>
public sealed class ExtractionLexicons
{
    private static readonly Lazy<ExtractionLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction")));

    public static ExtractionLexicons Default => LazyDefault.Value;

    public required WordList CompanyForms { get; init; }

    public required WordList TradeWords { get; init; }

    public required WordList GenericCompanyWords { get; init; }

    public required WordList PlacePrefixes { get; init; }

    public required WordList NameLeadingWords { get; init; }

    public required WordList EnumerationQualifiers { get; init; }

    public required WordList Titles { get; init; }

    public required WordList SpeechVerbs { get; init; }

    public required IReadOnlyList<SupplyCue> SupplyCues { get; init; }

    /// <summary>
    /// Names a company name may open with (嘉兴|远航|精密机械|股份有限公司): provinces, cities and counties of the
    /// gazetteer, full and short.
    /// </summary>
    private static WordList PlacePrefixesOf(Places.Gazetteer gazetteer) =>
        WordList.FromWords("gazetteer place names", gazetteer.Divisions
            .Where(d => d.Level is Places.PlaceLevel.Province or Places.PlaceLevel.City or Places.PlaceLevel.County)
            .SelectMany(d => new[] { d.Name, gazetteer.ShortForm(d) })
            .OfType<string>()
            .Where(n => n.Length >= 2));

    public static ExtractionLexicons Load(string folder) => new()
    {
        CompanyForms = WordList.Load(Path.Combine(folder, "company-forms.txt")),
        TradeWords = WordList.Load(Path.Combine(folder, "trade-words.txt")),
        GenericCompanyWords = WordList.Load(Path.Combine(folder, "generic-company-words.txt")),
        PlacePrefixes = PlacePrefixesOf(Places.Gazetteer.Default),
        NameLeadingWords = WordList.Load(Path.Combine(folder, "name-leading-words.txt")),
        EnumerationQualifiers = WordList.Load(Path.Combine(folder, "enumeration-qualifiers.txt")),
        Titles = WordList.Load(Path.Combine(folder, "titles.txt")),
        SpeechVerbs = WordList.Load(Path.Combine(folder, "speech-verbs.txt")),
        SupplyCues = SupplyCue.Load(Path.Combine(folder, "supply-cues.txt")),
    };
}

/// <summary>How a supply cue relates supplier, customer and product around it.</summary>
public enum SupplyCueKind
{
    ToCustomer,
    ForCustomer,
    SoleCustomer,
    ShareIn,
}

/// <summary>One line of supply-cues.txt: a named rule, its kind and its cue words.</summary>
public sealed record SupplyCue(string Rule, SupplyCueKind Kind, IReadOnlyList<string> Words)
{
    public static IReadOnlyList<SupplyCue> Load(string path) =>
        ResourceLines.Read(path).Select(line =>
        {
            var fields = line.Fields;
            if (fields.Length != 3)
            {
                throw line.Error("expected rule-name <TAB> kind <TAB> cue|cue");
            }

            var kind = fields[1] switch
            {
                "to-customer" => SupplyCueKind.ToCustomer,
                "for-customer" => SupplyCueKind.ForCustomer,
                "sole-customer" => SupplyCueKind.SoleCustomer,
                "share-in" => SupplyCueKind.ShareIn,
                _ => throw line.Error($"unknown cue kind '{fields[1]}'"),
            };
            return new SupplyCue(fields[0], kind,
                fields[2].Split('|', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).ToArray());
        }).ToArray();
}
