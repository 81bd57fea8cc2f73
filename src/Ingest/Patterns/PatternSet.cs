using System.Collections.Concurrent;
using System.Collections.Immutable;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Patterns;

/// <summary>
/// All patterns of a folder (<c>resources/extraction/patterns/*.pat</c>, in file-name order), parsed and compiled once.
/// A <c>@name</c> a file does not define is the word list <c>resources/extraction/name.txt</c>.
/// </summary>
public sealed class PatternSet
{
    private static readonly Lazy<PatternSet> LazyDefault = new(() =>
        Load(ResourceLines.PathOf("extraction", "patterns"), FolderLexicons(ResourceLines.PathOf("extraction"))));

    public PatternSet(ImmutableArray<Pattern> patterns, FirmPlaceWords? firmPlaces = null)
    {
        Patterns = patterns;
        FirmPlaces = firmPlaces;
        _index = new Lazy<PatternIndex>(() => new PatternIndex(patterns));
    }

    private readonly Lazy<PatternIndex> _index;

    /// <summary>The patterns by the element kinds and first characters they need, to pick those a sentence may match.</summary>
    public PatternIndex Index => _index.Value;

    public static PatternSet Default => LazyDefault.Value;

    public ImmutableArray<Pattern> Patterns { get; }

    /// <summary>How the patterns' FIRMS lists read a firm's place (江苏的A, 本地的A), if any pattern has one: a place so read is no endpoint.</summary>
    public FirmPlaceWords? FirmPlaces { get; }

    public static PatternSet Load(string folder, Func<string, WordList?> lexicons)
    {
        var parser = new PatternParser(lexicons);
        var files = Directory.GetFiles(folder, "*.pat").Order(StringComparer.Ordinal);
        var patterns = files.SelectMany(f => parser.ParseFile(f)).ToImmutableArray();
        var duplicate = patterns.GroupBy(p => p.Name).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null
            ? new PatternSet(patterns, parser.FirmPlacesRead)
            : throw PatternParser.Error(duplicate.Last().File, duplicate.Last().Line, $"pattern '{duplicate.Key}' is also defined in {duplicate.First()}");
    }

    /// <summary>Word lists of a folder by file stem, loaded when a pattern first names them.</summary>
    public static Func<string, WordList?> FolderLexicons(string folder)
    {
        var cache = new ConcurrentDictionary<string, WordList?>(StringComparer.Ordinal);
        return name => cache.GetOrAdd(name, n =>
        {
            var path = Path.Combine(folder, n + ".txt");
            return File.Exists(path) ? WordList.Load(path) : null;
        });
    }
}
