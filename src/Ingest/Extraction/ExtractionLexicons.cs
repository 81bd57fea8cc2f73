using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>The general-language lexicons the extraction rules read, loaded once from resources/extraction.</summary>
public sealed class ExtractionLexicons
{
    private static readonly Lazy<ExtractionLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction"), Places.Gazetteer.Default));

    public static ExtractionLexicons Default => LazyDefault.Value;

    public required WordList CompanyForms { get; init; }

    public required WordList TradeWords { get; init; }

    public required WordList GenericCompanyWords { get; init; }

    public required WordList PlacePrefixes { get; init; }

    /// <summary>Provinces, full and short (山东, 山东省): a county's name after one in a firm's name is the place too (山东|临清|…).</summary>
    public WordList ProvincePrefixes { get; init; } = WordList.FromWords("provinces", []);

    /// <summary>
    /// Cities and provinces whose short form is stoplisted as an everyday word (大同, 长治, 中山): they open a firm's full name
    /// all the same when the recogniser looks for where a name starts (平城区的|大同/d|某某石墨制品有限公司), never elsewhere.
    /// </summary>
    public WordList StoplistedCityStems { get; init; } = WordList.FromWords("stoplisted city stems", []);

    public required WordList NameLeadingWords { get; init; }

    public required WordList EnumerationQualifiers { get; init; }

    public required WordList Titles { get; init; }

    public required WordList SpeechVerbs { get; init; }

    /// <summary>Verbs of supplying (供应, 交付, 配套 …): what a pattern's @supply-verbs reads, and where a firm list starts.</summary>
    public required WordList SupplyVerbs { get; init; }

    /// <summary>Nouns for firms a short name may follow directly (本地企业X, 龙头企业X): firm-nouns.txt.</summary>
    public required WordList FirmNouns { get; init; }

    /// <summary>Words a firm's short name ends in (汽车, 精工, 电器 …): firm-head-words.txt.</summary>
    public required WordList FirmHeadWords { get; init; }

    /// <summary>Trades that end firms' names and phrases alike (五金, 家具, 客车 …), read as a head only under a pattern's slot: slot-firm-head-words.txt.</summary>
    public required WordList SlotFirmHeadWords { get; init; }

    /// <summary>Nouns of products and fields that never end a short name after an unknown brand (车规|芯片, 飞控|系统): slot-open-trade-blockers.txt (SlotFirms).</summary>
    public required WordList SlotOpenTradeBlockers { get; init; }

    /// <summary>Words of materials, chemistries and parts that are never a firm's brand (锂离子|电池, 负极|材料): product-brand-blockers.txt.</summary>
    public required WordList ProductBrandBlockers { get; init; }

    /// <summary>Characters jieba glues to an unknown brand after it (由鼎晟|精工, 有海岚|电器): glued-function-chars.txt.</summary>
    public required WordList GluedFunctionChars { get; init; }

    /// <summary>Head nouns that say a list before them names firms (A、B等整车企业): list-head-nouns.txt (FirmListReader).</summary>
    public required WordList ListHeadNouns { get; init; }

    /// <summary>Nouns that, before a list verb, say the list names firms (客户包括A、B): list-lead-nouns.txt.</summary>
    public required WordList ListLeadNouns { get; init; }

    /// <summary>Verbs that open a list after a lead noun (包括, 有, 如): list-verbs.txt.</summary>
    public required WordList ListVerbs { get; init; }

    /// <summary>Nouns of a list's tail that say its items are not firms (等地的企业, 等领域): list-tail-blockers.txt.</summary>
    public required WordList ListTailBlockers { get; init; }

    /// <summary>Short names that are roles, not names (公司, 发行人, 标的公司): never a batch alias: document-role-names.txt.</summary>
    public required WordList DocumentRoleNames { get; init; }

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

    /// <summary>Short forms of cities and provinces the stoplist keeps from being read as places (大同 of 大同市).</summary>
    private static WordList StoplistedCityStemsOf(Places.Gazetteer gazetteer) =>
        WordList.FromWords("stoplisted city stems", gazetteer.Divisions
            .Where(d => d.Level is Places.PlaceLevel.Province or Places.PlaceLevel.City && gazetteer.ShortForm(d) is null)
            .Select(gazetteer.ShortFormIgnoringStoplist)
            .OfType<string>()
            .Where(n => n.Length >= 2));

    /// <summary>The lexicons of <paramref name="folder"/>.</summary>
    /// <param name="gazetteer">Where the place names firms and bodies start with come from.</param>
    public static ExtractionLexicons Load(string folder, Places.Gazetteer gazetteer) => new()
    {
        CompanyForms = WordList.Load(Path.Combine(folder, "company-forms.txt")),
        TradeWords = WordList.Load(Path.Combine(folder, "trade-words.txt")),
        GenericCompanyWords = WordList.Load(Path.Combine(folder, "generic-company-words.txt")),
        PlacePrefixes = PlacePrefixesOf(gazetteer),
        ProvincePrefixes = WordList.FromWords("provinces", gazetteer.Divisions.Where(d => d.Level is Places.PlaceLevel.Province)
            .SelectMany(d => new[] { d.Name, gazetteer.ShortForm(d) }).OfType<string>().Where(n => n.Length >= 2)),
        StoplistedCityStems = StoplistedCityStemsOf(gazetteer),
        NameLeadingWords = WordList.Load(Path.Combine(folder, "name-leading-words.txt")),
        EnumerationQualifiers = WordList.Load(Path.Combine(folder, "enumeration-qualifiers.txt")),
        Titles = WordList.Load(Path.Combine(folder, "titles.txt")),
        SpeechVerbs = WordList.Load(Path.Combine(folder, "speech-verbs.txt")),
        SupplyVerbs = WordList.Load(Path.Combine(folder, "supply-verbs.txt")),
        FirmNouns = WordList.Load(Path.Combine(folder, "firm-nouns.txt")),
        FirmHeadWords = WordList.Load(Path.Combine(folder, "firm-head-words.txt")),
        SlotFirmHeadWords = WordList.Load(Path.Combine(folder, "slot-firm-head-words.txt")),
        SlotOpenTradeBlockers = WordList.Load(Path.Combine(folder, "slot-open-trade-blockers.txt")),
        ProductBrandBlockers = WordList.Load(Path.Combine(folder, "product-brand-blockers.txt")),
        GluedFunctionChars = WordList.Load(Path.Combine(folder, "glued-function-chars.txt")),
        ListHeadNouns = WordList.Load(Path.Combine(folder, "list-head-nouns.txt")),
        ListLeadNouns = WordList.Load(Path.Combine(folder, "list-lead-nouns.txt")),
        ListVerbs = WordList.Load(Path.Combine(folder, "list-verbs.txt")),
        ListTailBlockers = WordList.Load(Path.Combine(folder, "list-tail-blockers.txt")),
        DocumentRoleNames = WordList.Load(Path.Combine(folder, "document-role-names.txt")),
    };
}
