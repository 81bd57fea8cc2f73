using System.Collections.Immutable;
using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Company identity across documents: every full name and the short forms derived from it point to
/// one canonical name. A short form that two different companies could own is ambiguous: it is
/// reported and not matched, never merged by guess.
/// </summary>
public sealed class AliasResolver
{
    private readonly SurfaceTrie<string> _trie = new();
    private readonly Dictionary<string, string> _canonicalBySurface = new(StringComparer.Ordinal);

    private AliasResolver(ImmutableSortedDictionary<string, ImmutableArray<string>> ambiguous) => Ambiguous = ambiguous;

    /// <summary>Short forms claimed by more than one company, with the companies.</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> Ambiguous { get; }

    public SurfaceTrie<string> Surfaces => _trie;

    public static AliasResolver Build(IEnumerable<CompanyName> names, ExtractionLexicons lexicons, IEnumerable<(string Surface, string Canonical)>? known = null,
        IEnumerable<string>? bareNames = null, IEnumerable<(string Parent, string Child)>? subsidiaries = null)
    {
        var fulls = new Dictionary<string, CompanyName>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            fulls.TryAdd(name.Full, name);
        }

        // A "full" name that is a short form of exactly one other (甲乙公司 of 某省甲乙汽车配件股份有限公司) is that company.
        var forms = fulls.Values.ToDictionary(n => n.Full, n => n.ShortForms(lexicons).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        var shortened = fulls.Keys
            .Select(f => (Short: f, Owners: fulls.Keys.Where(g => g != f && forms[g].Contains(f)).ToList()))
            .Where(x => x.Owners.Count == 1)
            .ToList();
        foreach (var (shortName, _) in shortened)
        {
            fulls.Remove(shortName);
        }

        var claims = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        void Claim(string surface, string canonical)
        {
            if (!claims.TryGetValue(surface, out var owners))
            {
                claims[surface] = owners = new HashSet<string>(StringComparer.Ordinal);
            }

            owners.Add(canonical);
        }

        foreach (var (surface, canonical) in known ?? [])
        {
            Claim(surface, canonical);
        }

        foreach (var (shortName, owners) in shortened)
        {
            Claim(shortName, owners[0]);
        }

        foreach (var name in fulls.Values)
        {
            foreach (var form in forms[name.Full])
            {
                // A full name is never someone else's short form.
                if (!fulls.ContainsKey(form))
                {
                    Claim(form, name.Full);
                }
            }
        }

        // Names seen only in short form (星火科技, from a list of firms) stand for themselves; a shorter one
        // that differs only by trade words (星火) is the same firm.
        var bare = (bareNames ?? []).Where(b => !claims.ContainsKey(b) && !fulls.ContainsKey(b)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in bare)
        {
            var longer = bare.Where(b => b.Length > name.Length && b.StartsWith(name, StringComparison.Ordinal)
                && CompanyName.IsTradeWords(b.AsSpan(name.Length), lexicons)).ToList();
            Claim(name, longer.Count == 1 ? longer[0] : name);
        }

        // A short form a parent shares with its own subsidiaries (金联 of X科技 and of X医疗器械, its 全资子公司)
        // names the parent: the text has said which is which.
        var children = (subsidiaries ?? []).ToLookup(p => p.Parent, p => p.Child, StringComparer.Ordinal);
        foreach (var (surface, owners) in claims.Where(c => c.Value.Count > 1).ToList())
        {
            var parents = owners.Where(o => owners.All(x => x == o || children[o].Contains(x, StringComparer.Ordinal))).ToList();
            if (parents.Count == 1)
            {
                claims[surface] = [parents[0]];
            }
        }

        var ambiguous = claims.Where(c => c.Value.Count > 1)
            .ToImmutableSortedDictionary(c => c.Key, c => c.Value.Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
        var resolver = new AliasResolver(ambiguous);
        foreach (var (surface, owners) in claims.Where(c => c.Value.Count == 1))
        {
            resolver.Add(surface, owners.First());
        }

        foreach (var full in fulls.Keys)
        {
            resolver.Add(full, full);
        }

        return resolver;
    }

    /// <summary>The canonical name a surface form stands for, if it stands for exactly one.</summary>
    public string? Resolve(string surface) => _canonicalBySurface.GetValueOrDefault(surface);

    private void Add(string surface, string canonical)
    {
        _canonicalBySurface[surface] = canonical;
        _trie.Add(surface, canonical);
    }
}
