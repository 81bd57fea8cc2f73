using Graph.Ingest.Dates;
using Graph.Ingest.Places;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// What the rules of one article share while they run: its sentences, the mentions found so far
/// (per sentence, in order), the relation candidates and the findings dropped. Rules run in the
/// order the pipeline lists them, so later rules see earlier rules' mentions.
/// </summary>
public sealed class ArticleScope
{
    private readonly List<Mention>[] _mentions;

    public ArticleScope(NormalizedDocument document, Article article, AliasResolver companies, PlaceGraph places)
    {
        Document = document;
        Places = places;
        Article = article;
        Companies = companies;
        Sentences = article.Sentences.Select(s => new SentenceContext(article, s)).ToArray();
        _mentions = Sentences.Select(_ => new List<Mention>()).ToArray();
    }

    public NormalizedDocument Document { get; }

    /// <summary>The batch's sentences segmented once (null: each reader segments what it reads).</summary>
    public Segmentation.SegmentedSentences? Segmented { get; init; }

    /// <summary>The document's places, resolved on the map (all articles).</summary>
    public PlaceGraph Places { get; }

    public Article Article { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PlaceGraph, DocumentPlaceIndex> PlaceIndexes = new();

    /// <summary>The document's places indexed once per document for the rules, not scanned again per article.</summary>
    public DocumentPlaceIndex PlaceIndex => PlaceIndexes.GetValue(Places, static graph => new DocumentPlaceIndex(graph));

    /// <summary>The document's place mentions in this article, in document order.</summary>
    public IEnumerable<PlaceMention> ArticlePlaces => PlaceIndex.ByArticle[Article.Index];

    /// <summary>Company identity across the batch.</summary>
    public AliasResolver Companies { get; }

    public IReadOnlyList<SentenceContext> Sentences { get; }

    public List<RelationCandidate> Relations { get; } = [];

    public List<DroppedFinding> Dropped { get; } = [];

    /// <summary>Mentions of sentence <paramref name="index"/>, ordered by start.</summary>
    public IReadOnlyList<Mention> MentionsIn(int index) => _mentions[index];

    /// <summary>Mentions of sentence <paramref name="index"/> with <paramref name="label"/>, ordered by start (a new list; empty when none).</summary>
    public IReadOnlyList<Mention> MentionsIn(int index, NodeLabel label)
    {
        List<Mention>? found = null;
        foreach (var mention in _mentions[index])
        {
            if (mention.Label == label)
            {
                (found ??= []).Add(mention);
            }
        }

        return found ?? (IReadOnlyList<Mention>)[];
    }

    public IEnumerable<Mention> AllMentions => _mentions.SelectMany(m => m);

    /// <summary>The mentions of sentence <paramref name="index"/> as they are now, for <see cref="Restore"/> after a trial.</summary>
    public Mention[] Snapshot(int index) => [.. _mentions[index]];

    /// <summary>Puts back the mentions a <see cref="Snapshot"/> of the sentence took: what a trial added goes, what it replaced returns.</summary>
    public void Restore(int index, Mention[] snapshot)
    {
        _mentions[index].Clear();
        _mentions[index].AddRange(snapshot);
    }

    /// <summary>Adds a mention unless it overlaps one already there (earlier rules win).</summary>
    public bool TryAdd(int sentence, Mention mention)
    {
        var list = _mentions[sentence];
        // Loops, not lambdas: every rule adds through here, a closure and an enumerator per call added up.
        foreach (var m in list)
        {
            if (m.Start < mention.End && mention.Start < m.End)
            {
                return false;
            }
        }

        list.Insert(InsertionPoint(list, mention.Start), mention);
        return true;
    }

    /// <summary>Where a mention starting at <paramref name="start"/> goes in a sentence's mentions (in order of start; after equal starts).</summary>
    private static int InsertionPoint(List<Mention> list, int start)
    {
        for (var k = 0; k < list.Count; k++)
        {
            if (list[k].Start > start)
            {
                return k;
            }
        }

        return list.Count;
    }

    /// <summary>
    /// Adds a mention that may hold earlier mentions of other labels whole (a project name holding
    /// its firm's name); a partial overlap or an overlap with the same label still loses.
    /// </summary>
    public bool TryAddEnclosing(int sentence, Mention mention)
    {
        var list = _mentions[sentence];
        foreach (var m in list)
        {
            if (m.Start < mention.End && mention.Start < m.End
                && (m.Label == mention.Label || m.Start < mention.Start || m.End > mention.End))
            {
                return false;
            }
        }

        list.Insert(InsertionPoint(list, mention.Start), mention);
        return true;
    }

    /// <summary>
    /// Adds a mention that may cover mentions of <paramref name="covered"/> lying wholly inside it (the place
    /// 西湖区 inside the body 西湖区委): those are removed. Any other overlap keeps the mention out.
    /// </summary>
    public bool TryAddOver(int sentence, Mention mention, NodeLabel covered, NodeLabel? alsoCovered = null)
    {
        var list = _mentions[sentence];
        var inside = 0;
        foreach (var m in list)
        {
            if (Inside(m, mention, covered, alsoCovered))
            {
                inside++;
            }
            else if (m.Start < mention.End && mention.Start < m.End)
            {
                return false;
            }
        }

        if (inside > 0)
        {
            // Those inside go, the others keep their order (what RemoveAll does, without a delegate per call).
            var kept = 0;
            for (var k = 0; k < list.Count; k++)
            {
                if (!Inside(list[k], mention, covered, alsoCovered))
                {
                    list[kept++] = list[k];
                }
            }

            list.RemoveRange(kept, list.Count - kept);
        }

        return TryAdd(sentence, mention);

        static bool Inside(Mention m, Mention mention, NodeLabel covered, NodeLabel? alsoCovered) =>
            (m.Label == covered || m.Label == alsoCovered) && mention.Start <= m.Start && m.End <= mention.End;
    }

    /// <summary>The enterprise the article is about: the most mentioned (twice at least), the first on a tie.</summary>
    public EntityKey? Focus()
    {
        // Counted in one pass in mention order: entities in order of first mention, so the first of the most mentioned wins.
        var counts = new Dictionary<EntityKey, int>();
        var order = new List<EntityKey>();
        foreach (var list in _mentions)
        {
            foreach (var m in list)
            {
                if (m.Label != NodeLabel.Enterprise)
                {
                    continue;
                }

                if (counts.TryGetValue(m.Entity, out var count))
                {
                    counts[m.Entity] = count + 1;
                }
                else
                {
                    counts[m.Entity] = 1;
                    order.Add(m.Entity);
                }
            }
        }

        var (best, most) = (default(EntityKey), 0);
        foreach (var entity in order)
        {
            if (counts[entity] > most)
            {
                (best, most) = (entity, counts[entity]);
            }
        }

        return most >= 2 ? best : null;
    }

    private readonly Dictionary<Type, object> _products = [];

    /// <summary>
    /// What a later stage leaves for the stages after it in this article (the pattern stage's annotated sentences, the
    /// event triggers), kept by type, so that this stage never names a later stage's records.
    /// </summary>
    public T Product<T>() where T : class, new()
    {
        if (!_products.TryGetValue(typeof(T), out var product))
        {
            _products[typeof(T)] = product = new T();
        }

        return (T)product;
    }

    /// <summary>The <see cref="Product{T}"/> of type <typeparamref name="T"/> if a stage has left one.</summary>
    public T? ProductOrNull<T>() where T : class => _products.TryGetValue(typeof(T), out var product) ? (T)product : null;

    /// <summary>Leaves <paramref name="product"/> for the later stages (replacing one of its type).</summary>
    public void Keep<T>(T product) where T : class => _products[typeof(T)] = product;

    /// <summary>The article's publication date (feed, dateline or --date), what its relative dates resolve against.</summary>
    public PublicationDate? Published => PublicationDates.GetValue(Document.Source, static source => new(PublicationDate.Of(source))).Value;

    /// <summary>Each document's publication date, read once for all its articles (a long document holds thousands).</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Sources.SourceDocument, System.Runtime.CompilerServices.StrongBox<PublicationDate?>> PublicationDates = new();

    /// <summary>Adds an event where its trigger is: an event may overlap the names it is told with (X项目签约).</summary>
    public void AddEvent(int sentence, Mention mention)
    {
        var list = _mentions[sentence];
        var at = list.FindIndex(m => m.Start > mention.Start);
        list.Insert(at < 0 ? list.Count : at, mention);
    }

    public void Drop(string what, string reason, string rule, SentenceContext context) =>
        Dropped.Add(new DroppedFinding(what, reason, rule, context.Text));
}

/// <summary>
/// A document's places as the rules look them up, built on first use for the whole document: a long document holds
/// thousands of articles, and each article's rules would otherwise rebuild these from every place of the document.
/// </summary>
public sealed class DocumentPlaceIndex(PlaceGraph graph)
{
    /// <summary>Place mentions by article index, in document order.</summary>
    public ILookup<int, PlaceMention> ByArticle { get; } = graph.Mentions.ToLookup(m => m.ArticleIndex);

    /// <summary>Parent District ids of each District id (the LOCATED_IN edges).</summary>
    public ILookup<string, string> Parents { get; } = graph.LocatedIn.ToLookup(r => r.FromId, r => r.ToId, StringComparer.Ordinal);

    /// <summary>The <c>level</c> attribute of each District id.</summary>
    public IReadOnlyDictionary<string, string?> Levels { get; } =
        graph.Districts.ToDictionary(d => d.Id, d => d.Attributes.GetValueOrDefault("level"), StringComparer.Ordinal);

    /// <summary>
    /// The division code of each District id that has one: a zone or village has a code of its own, but lies in the
    /// division of its parent code (星河汽车产业园 → 星河市).
    /// </summary>
    public IReadOnlyDictionary<string, string> Codes { get; } = graph.Districts
        .Select(d => (d.Id, Code: d.Attributes.GetValueOrDefault(PlaceHierarchy.LevelAttribute) is "zone" or "village"
            ? d.Attributes.GetValueOrDefault(PlaceHierarchy.ParentAttribute) ?? d.Attributes.GetValueOrDefault("code")
            : d.Attributes.GetValueOrDefault("code")))
        .Where(d => d.Code is not null).ToDictionary(d => d.Id, d => d.Code!, StringComparer.Ordinal);

    private readonly ILookup<char, string> _formsByFirstChar = graph.Districts.SelectMany(d => d.Aliases.Add(d.Name))
        .Where(f => f.Length >= 3).Distinct().ToLookup(f => f[0]);

    /// <summary>The District names and aliases of three characters or more starting with <paramref name="first"/>, in document order, each once.</summary>
    public IEnumerable<string> FormsStartingWith(char first) => _formsByFirstChar[first];
}

/// <summary>One rule of extraction over an article: it adds mentions or relation candidates to the scope.</summary>
public interface IExtractionRule
{
    void Apply(ArticleScope scope);
}
