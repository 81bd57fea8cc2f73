using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>
/// The words of events, loaded once from resources/extraction/events: triggers by kind
/// (<c>event-triggers.txt</c>) and the words around them (<c>event-words.txt</c>: roles, plans, sources, places).
/// </summary>
public sealed class EventLexicons
{
    /// <summary>The kinds of event, as the interchange format and the queries name them.</summary>
    public static readonly string[] Kinds = ["signing", "groundbreaking", "production-start", "opening", "meeting", "list", "land-deal", "fair"];

    private static readonly Lazy<EventLexicons> LazyDefault = new(() => Load(ResourceLines.PathOf("extraction", "events")));

    public static EventLexicons Default => LazyDefault.Value;

    /// <summary>Trigger word → kind.</summary>
    public required SurfaceTrie<string> Triggers { get; init; }

    /// <summary>Role word → role.</summary>
    public required SurfaceTrie<string> Roles { get; init; }

    public required WordList Planned { get; init; }

    public required WordList NotAfter { get; init; }

    public required WordList Sources { get; init; }

    public required WordList Refer { get; init; }

    public required WordList PlaceCues { get; init; }

    public required WordList NameStops { get; init; }

    public static EventLexicons Load(string folder)
    {
        var triggers = new SurfaceTrie<string>();
        foreach (var line in ResourceLines.Read(Path.Combine(folder, "event-triggers.txt")))
        {
            var fields = line.Fields;
            if (fields.Length != 2 || Array.IndexOf(Kinds, fields[0]) < 0)
            {
                throw line.Error($"expected kind <TAB> word, kind one of {string.Join(", ", Kinds)}");
            }

            if (triggers.LongestAt(fields[1], 0).Length != fields[1].Length)
            {
                triggers.Add(fields[1], fields[0]);
            }
        }

        var words = ResourceLines.Read(Path.Combine(folder, "event-words.txt")).Select(line =>
        {
            var fields = line.Fields;
            return fields.Length == 2 && (fields[0].StartsWith("role:", StringComparison.Ordinal) || fields[0] is "planned" or "not-after" or "source" or "refer" or "place-cue" or "name-stop")
                ? (Kind: fields[0], Word: fields[1])
                : throw line.Error("expected role:NAME|planned|not-after|source|refer|place-cue|name-stop <TAB> word");
        }).ToList();
        var roles = new SurfaceTrie<string>();
        foreach (var (kind, word) in words.Where(w => w.Kind.StartsWith("role:", StringComparison.Ordinal)))
        {
            roles.Add(word, kind["role:".Length..]);
        }

        WordList Of(string kind) => WordList.FromWords("event-words.txt", words.Where(w => w.Kind == kind).Select(w => w.Word));
        return new EventLexicons
        {
            Triggers = triggers,
            Roles = roles,
            Planned = Of("planned"),
            NotAfter = Of("not-after"),
            Sources = Of("source"),
            Refer = Of("refer"),
            PlaceCues = Of("place-cue"),
            NameStops = Of("name-stop"),
        };
    }
}
