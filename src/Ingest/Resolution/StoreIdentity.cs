using System.Collections.Immutable;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Segmentation;
using Graph.Model;
using Graph.Store;

namespace Graph.Ingest.Resolution;

/// <summary>
/// The same graph whatever order the documents arrive in. Before extraction, a document's candidate names (token-bounded
/// spans of its text) are looked up in the store by name key, so a short name resolves to the company an earlier document
/// named in full. Before a write, every company gets its resolution keys (the short forms of its full name), and ids
/// merged earlier are redirected. After a write, a held company first met under a short form that a newly written full
/// name owns alone is merged into it (the old id kept as a redirect), and the place hierarchy is relinked around the
/// Districts written.
/// </summary>
public sealed class StoreIdentity(ExtractionLexicons lexicons, ClusterProjectLexicons clusterLexicons, Segmenter segmenter, Gazetteer gazetteer)
{
    /// <summary>Longest span probed, in characters, and most tokens in one span.</summary>
    private const int MaxProbeLength = 24;
    private const int MaxProbeTokens = 6;

    public static StoreIdentity CreateDefault() => new(ExtractionLexicons.Default, ClusterProjectLexicons.Default, Segmenter.Default, Gazetteer.Default);

    public PlaceRelinker Places { get; } = new(gazetteer);

    /// <summary>The labels each name lookup reads back (a store answers only those, not every project called 该项目).</summary>
    private static readonly IReadOnlySet<NodeLabel> Enterprises = new HashSet<NodeLabel> { NodeLabel.Enterprise };
    private static readonly IReadOnlySet<NodeLabel> Companies = new HashSet<NodeLabel> { NodeLabel.Enterprise, NodeLabel.Cluster };

    /// <summary>What the store knows of the names in <paramref name="texts"/>: (surface, canonical name) of held companies.</summary>
    public Task<IReadOnlyList<(string Surface, string Canonical)>> KnownNamesAsync(IGraphStore store, IEnumerable<string> texts,
        CancellationToken cancellationToken) =>
        KnownNamesAsync(store, ProbeKeys(texts), cancellationToken);

    /// <summary>What the store knows under <paramref name="keys"/> (from <see cref="ProbeKeys"/>): (surface, canonical name) of held companies.</summary>
    public async Task<IReadOnlyList<(string Surface, string Canonical)>> KnownNamesAsync(IGraphStore store, IReadOnlyCollection<string> keys,
        CancellationToken cancellationToken, Func<string, bool>? exclude = null)
    {
        var matches = (await store.LookupNamesAsync(keys, Enterprises, cancellationToken)).Where(m => exclude is null || !exclude(m.EntityId)).ToList();
        // As in one batch, a short form a full name gives outranks the trade-word-less form of a bare name (华锐 of
        // 苏州华锐精工机械有限公司, not of 华锐科技): a bare name keeps a key only when no full name claims it.
        var full = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsFull(string name) => full.TryGetValue(name, out var f) ? f : full[name] = CompanyName.Parse(name, lexicons) is not null;
        return [.. matches.Where(m => m.Label == NodeLabel.Enterprise)
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .SelectMany(g => g.Any(m => IsFull(m.Name)) ? g.Where(m => IsFull(m.Name) || NameKey.Normalize(m.Name) == g.Key) : g)
            .SelectMany(m => new[] { (m.Key, m.Name), (m.Name, m.Name) })
            .Distinct()];
    }

    /// <summary>Every span of up to six tokens (and 24 characters) that starts and ends on a token boundary, as a name key.</summary>
    public IEnumerable<string> ProbeKeys(string text) => ProbeKeys([text]);

    /// <summary>The probe keys of all <paramref name="texts"/> in one set (see <see cref="ProbeKeys(string)"/>).</summary>
    public HashSet<string> ProbeKeys(IEnumerable<string> texts)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        // A span is looked up in the set before it becomes a string: most spans repeat (a window probes ~370 per document).
        var spans = keys.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in texts)
        {
            var tokens = segmenter.Cut(text);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!IsNamePart(tokens[i].Text))
                {
                    continue;
                }

                for (var j = i; j < tokens.Count && j - i < MaxProbeTokens && IsNamePart(tokens[j].Text); j++)
                {
                    var length = tokens[j].End - tokens[i].Start;
                    if (length > MaxProbeLength)
                    {
                        break;
                    }

                    if (length >= 2)
                    {
                        var span = text.AsSpan(tokens[i].Start, length);
                        if (IsOwnKey(span))
                        {
                            spans.Add(span);
                        }
                        else
                        {
                            keys.Add(NameKey.Normalize(span.ToString()));
                        }
                    }
                }
            }
        }

        return keys;
    }

    /// <summary>
    /// Whether a span is its own name key: only Han ideographs of the unified blocks and printable ASCII other than the space,
    /// which NFKC leaves as they are (and which never compose with one another), so <see cref="NameKey.Normalize"/> would
    /// return it unchanged.
    /// </summary>
    private static bool IsOwnKey(ReadOnlySpan<char> span)
    {
        foreach (var c in span)
        {
            if (!Characters.CharClass.IsHan(c) && c is not (> ' ' and < '\u007F'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The graph with resolution keys on its companies and ids the store merged away replaced by theirs.</summary>
    public async Task<ImmutableArray<DocumentGraph>> PrepareAsync(IGraphStore store, IReadOnlyList<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        var redirects = await store.RedirectsAsync([.. graphs.SelectMany(g => g.Entities).Select(e => e.Id).Distinct(StringComparer.Ordinal)], cancellationToken);
        return [.. graphs.Select(g => GraphRedirect.Apply(g, redirects) is var moved
            ? moved with { Entities = [.. moved.Entities.Select(e => e.Label switch
            {
                NodeLabel.Enterprise => e with { ResolutionKeys = ResolutionKeys(e.Name) },
                NodeLabel.Cluster => e with { ResolutionKeys = ClusterKeys(e.Name) },
                _ => e,
            })] }
            : g)];
    }

    /// <summary>The keys a later short name may use for a company: the short forms of its full name (none for a bare name).</summary>
    public ImmutableArray<string> ResolutionKeys(string name) =>
        CompanyName.Parse(name, lexicons) is { } full ? Keys(name, full.ShortForms(lexicons)) : [];

    private readonly ClusterMentionRule _clusters = new(lexicons, clusterLexicons, segmenter);

    /// <summary>
    /// The shorter names of a cluster named with its list level or kind (X阀门国家先进制造业集群 → X阀门集群,
    /// X阀门产业集群): another article may name it so.
    /// </summary>
    public ImmutableArray<string> ClusterKeys(string name)
    {
        var head = name.EndsWith("产业集群", StringComparison.Ordinal) ? "产业集群" : name.EndsWith("集群", StringComparison.Ordinal) ? "集群" : null;
        if (head is null)
        {
            return [];
        }

        // A place the gazetteer lacks (浙南) stays in the core; a short key would be a kind of cluster, not one.
        var (place, core, _) = _clusters.Reduce(name[..^head.Length]);
        var stem = place + core;
        return stem.Length < 4 ? [] : Keys(name, [stem + "集群", stem + "产业集群"]);
    }

    /// <summary>
    /// The shorter names a company may have been met under before: the short forms of a full name, or a bare name less its
    /// trade words (星途 of 星途科技). Used to find a held company to merge, never to resolve a name in text (as in one
    /// batch, where a bare name claims a shorter one only when the text names that one as a firm).
    /// </summary>
    private ImmutableArray<string> MergeKeys(Entity company) =>
        company.ResolutionKeys.Length > 0
            ? company.ResolutionKeys
            : Keys(company.Name, Enumerable.Range(2, Math.Max(0, company.Name.Length - 2)).Select(n => company.Name[..n])
                .Where(p => CompanyName.IsTradeWords(company.Name.AsSpan(p.Length), lexicons)));

    private static ImmutableArray<string> Keys(string name, IEnumerable<string> forms)
    {
        var key = NameKey.Normalize(name);
        return [.. forms.Select(NameKey.Normalize).Where(f => f.Length >= 2 && f != key).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// After a write: each held company named by a resolution key of a written company, which no other held company
    /// claims, is merged into the written one. Returns the merges made (old id → new id). <paramref name="beforeMerge"/> is
    /// told the company each merge keeps before the merge is made (what the run marks unsettled).
    /// </summary>
    public async Task<IReadOnlyList<(string From, string Into)>> MergeShortNamesAsync(IGraphStore store, IReadOnlyList<DocumentGraph> written,
        CancellationToken cancellationToken, Func<string, CancellationToken, Task>? beforeMerge = null)
    {
        beforeMerge ??= static (_, _) => Task.CompletedTask;
        var keysOf = written.SelectMany(g => g.Entities).Where(e => e.Label is NodeLabel.Enterprise or NodeLabel.Cluster)
            .DistinctBy(e => e.Id).ToDictionary(e => e, e => e.Label == NodeLabel.Cluster ? e.ResolutionKeys : MergeKeys(e));
        var companies = keysOf.Where(k => k.Value.Length > 0).Select(k => k.Key).ToList();
        var matches = await store.LookupNamesAsync([.. keysOf.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal)], Companies, cancellationToken);
        var claims = matches.Where(m => m.Label is NodeLabel.Enterprise or NodeLabel.Cluster).ToLookup(m => (m.Label, m.Key));
        // How many of the written companies of a label claim each key: counted once, not per company and key (a transaction
        // of 512 documents writes thousands of companies, so a scan per key was quadratic in the transaction).
        var holders = companies.SelectMany(c => keysOf[c].Distinct(StringComparer.Ordinal).Select(key => (c.Label, key)))
            .CountBy(k => k).ToDictionary(k => k.Key, k => k.Value);
        var merges = new List<(string From, string Into)>();
        var merged = new HashSet<string>(StringComparer.Ordinal);
        foreach (var company in companies)
        {
            foreach (var key in keysOf[company])
            {
                // The held entity named by the key, and every other entity that claims the key (by alias or key).
                var named = claims[(company.Label, key)].Where(m => m.EntityId != company.Id && NameKey.Normalize(m.Name) == key).Select(m => m.EntityId).Distinct().ToList();
                var others = claims[(company.Label, key)].Select(m => m.EntityId).Where(id => id != company.Id && !named.Contains(id)).Distinct().ToList();
                var rivals = holders[(company.Label, key)] - 1;
                if (named.Count == 1 && others.Count == 0 && rivals == 0 && merged.Add(named[0]))
                {
                    await beforeMerge(company.Id, cancellationToken);
                    await EventIdentity.MergeAsync(store, named[0], company.Id, cancellationToken);
                    merges.Add((named[0], company.Id));
                }
            }
        }

        // The other way round: a company written under a short name that one held company alone owns (as an alias or a
        // resolution key) becomes one with it, e.g. when a parallel window could not see the full name yet.
        var shortNames = written.SelectMany(g => g.Entities).Where(e => e.Label is NodeLabel.Enterprise or NodeLabel.Cluster && !merged.Contains(e.Id))
            .DistinctBy(e => e.Id).ToDictionary(e => (e.Label, Key: NameKey.Normalize(e.Name)), e => e.Id);
        var owners = (await store.LookupNamesAsync([.. shortNames.Keys.Select(k => k.Key).Distinct(StringComparer.Ordinal)], Companies, cancellationToken))
            .Where(m => m.Label is NodeLabel.Enterprise or NodeLabel.Cluster).ToLookup(m => (m.Label, m.Key));
        foreach (var ((label, key), id) in shortNames)
        {
            var others = owners[(label, key)].Where(m => m.EntityId != id && NameKey.Normalize(m.Name) != key).Select(m => m.EntityId).Distinct().ToList();
            if (others.Count == 1 && !merged.Contains(others[0]) && merged.Add(id))
            {
                await beforeMerge(others[0], cancellationToken);
                await EventIdentity.MergeAsync(store, id, others[0], cancellationToken);
                merges.Add((id, others[0]));
            }
        }

        return merges;
    }

    /// <summary>Retracts a document, then relinks the place hierarchy around the Districts it mentioned (those gone, and those left).</summary>
    public Task<RetractResult> RetractAsync(IGraphStore store, string documentKey, CancellationToken cancellationToken) =>
        // One unit: a crash between the retraction and the relinking would leave the hierarchy broken around it.
        store.AtomicallyAsync(async token =>
        {
            var mentioned = await store.MentionsAsync(documentKey, token);
            var districts = (await store.EntitiesAsync(mentioned.Select(m => m.EntityId).Distinct(StringComparer.Ordinal), token)).Values
                .Where(e => e.Label == NodeLabel.District).DistinctBy(e => e.Id).ToList();
            var result = await store.RetractAsync(documentKey, token);
            await Places.RelinkAsync(store, districts, new HashSet<string>(StringComparer.Ordinal), token);
            return result;
        }, cancellationToken);

    private static bool IsNamePart(string token) =>
        token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '·' or '-');
}
