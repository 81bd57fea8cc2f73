using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>
/// The words around events, loaded once from resources/extraction/events/event-words.txt: roles, plans, sources, places.
/// The triggers are the event patterns' (resources/extraction/patterns/events.pat).
/// </summary>
public sealed class EventLexicons
{
    /// <summary>The kinds of event, as the interchange format and the queries name them.</summary>
    public static readonly string[] Kinds = ["signing", "groundbreaking", "production-start", "opening", "meeting", "list", "land-deal", "fair"];

    private static readonly Lazy<EventLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction", "events")));

    public static EventLexicons Default => LazyDefault.Value;

    /// <summary>Role word → role.</summary>
    public required SurfaceTrie<string> Roles { get; init; }

    public required WordList Planned { get; init; }

    public required WordList Forecast { get; init; }

    public required WordList NotAfter { get; init; }

    public required WordList Sources { get; init; }

    public required WordList Refer { get; init; }

    public required WordList PlaceCues { get; init; }

    public required WordList NameStops { get; init; }

    public static EventLexicons Load(string folder)
    {
        var words = ResourceLines.Read(Path.Combine(folder, "event-words.txt")).Select(line =>
        {
            var fields = line.Fields;
            return fields.Length == 2 && (fields[0].StartsWith("role:", StringComparison.Ordinal) || fields[0] is "planned" or "forecast" or "not-after" or "source" or "refer" or "place-cue" or "name-stop")
                ? (Kind: fields[0], Word: fields[1])
                : throw line.Error("expected role:NAME|planned|forecast|not-after|source|refer|place-cue|name-stop <TAB> word");
        }).ToList();
        var roles = new SurfaceTrie<string>();
        foreach (var (kind, word) in words.Where(w => w.Kind.StartsWith("role:", StringComparison.Ordinal)))
        {
            roles.Add(word, kind["role:".Length..]);
        }

        WordList Of(string kind) => WordList.FromWords("event-words.txt", words.Where(w => w.Kind == kind).Select(w => w.Word));
        return new EventLexicons
        {
            Roles = roles,
            Planned = Of("planned"),
            Forecast = Of("forecast"),
            NotAfter = Of("not-after"),
            Sources = Of("source"),
            Refer = Of("refer"),
            PlaceCues = Of("place-cue"),
            NameStops = Of("name-stop"),
        };
    }
}
