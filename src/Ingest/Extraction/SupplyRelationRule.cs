using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// SUPPLIES (supplier → customer) from the cue phrases of supply-cues.txt, with the product and the
/// share when the sentence states them. A supplier the clause leaves implicit ("我们…供应给X") is the
/// speaker's company, else the company the article is about.
/// </summary>
public sealed partial class SupplyRelationRule(ExtractionLexicons lexicons) : IExtractionRule
{
    public const string ShareInSubjectRule = "enterprise.share-in-subject";

    /// <summary>Words that make a clause's subject the article's own company (我们, 公司, 该企业).</summary>
    private static readonly string[] AnaphoricSubjects = ["我们", "该公司", "该企业", "公司", "企业"];

    public void Apply(ArticleScope scope)
    {
        var speakers = SpeakerAttribution.Build(scope, lexicons);
        var focus = DocumentExtractor.ArticleFocus(scope);
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var text = scope.Sentences[i].Text;
            if (text.Contains("份额", StringComparison.Ordinal))
            {
                AddShareInSubjects(scope, i);
            }

            // Every supply edge ends at a named firm: a sentence that names none has nothing to give.
            if (!scope.MentionsIn(i).Any(m => m.Label == NodeLabel.Enterprise))
            {
                continue;
            }

            var implicitSupplier = speakers.CompanyOfQuote(i)
                ?? (text.StartsWith("集群", StringComparison.Ordinal) || text.Contains("该集群", StringComparison.Ordinal) ? Recent(scope, i, NodeLabel.Cluster, 12) : null)
                ?? (AnaphoricSubjects.Any(w => text.StartsWith(w, StringComparison.Ordinal) || text.Contains("," + w, StringComparison.Ordinal)
                    || text.Contains("“" + w, StringComparison.Ordinal)) ? focus : null)
                ?? Recent(scope, i, NodeLabel.Enterprise, 2);
            var suppliers = scope.MentionsIn(i).Where(m => m.Label is NodeLabel.Enterprise or NodeLabel.Cluster).ToList();
            scope.Relations.AddRange(Apply(scope.Sentences[i], suppliers, implicitSupplier));
        }
    }

    /// <summary>The entity of <paramref name="label"/> the nearest earlier sentence opens with: the subject a clause leaves out.</summary>
    private static EntityKey? Recent(ArticleScope scope, int index, NodeLabel label, int window)
    {
        for (var back = index - 1; back >= 0 && index - back <= window; back--)
        {
            var named = scope.MentionsIn(back, label).Select(m => m.Entity).Distinct().ToList();
            if (named.Count > 0)
            {
                return named[0];
            }
        }

        return null;
    }

    /// <summary>
    /// "X的P在C1、C2等企业的配套份额…": X is a firm even when the text names it nowhere else (a short brand + trade name).
    /// </summary>
    private void AddShareInSubjects(ArticleScope scope, int index)
    {
        var context = scope.Sentences[index];
        var text = context.Text;
        foreach (var cue in lexicons.SupplyCues.Where(c => c.Kind == SupplyCueKind.ShareIn))
        {
            foreach (var (at, _) in Occurrences(text, cue.Words))
            {
                var inAt = text.LastIndexOf('在', at);
                var clause = inAt < 0 ? -1 : ClauseStart(text, inAt);
                var of = clause < 0 ? -1 : text.IndexOf('的', clause, inAt - clause);
                if (of - clause is < 2 or > 8)
                {
                    continue;
                }

                var name = text[clause..of];
                if (CompanyName.LooksLikeBrand(name, lexicons) && !CompanyName.IsGeneric(name, lexicons) && !lexicons.PlacePrefixes.Contains(name)
                    && name.All(c => c is >= '\u4e00' and <= '\u9fff'))
                {
                    scope.TryAdd(index, new Mention(NodeLabel.Enterprise, scope.Companies.Resolve(name) ?? name, name, context, clause, of, ShareInSubjectRule, 0.7));
                }
            }
        }
    }

    [GeneratedRegex(@"(?:超过|超|约|近|达)?\d+(?:\.\d+)?%")]
    private static partial Regex SharePattern();

    /// <summary>Characters that end a clause.</summary>
    private static bool IsClauseEnd(char c) => c is '，' or ',' or '。' or '；' or ';' or '！' or '!' or '？' or '?' or '：' or ':';

    /// <summary>Words that stand for a customer named earlier in the same sentence.</summary>
    private static readonly string[] CustomerPronouns = ["他们", "对方", "其"];

    public IEnumerable<RelationCandidate> Apply(SentenceContext context, IReadOnlyList<Mention> enterprises, EntityKey? implicitSupplier)
    {
        var text = context.Text;
        var found = new List<RelationCandidate>();
        EntityKey? soleCustomer = null;
        foreach (var cue in lexicons.SupplyCues.Where(c => c.Kind == SupplyCueKind.SoleCustomer))
        {
            foreach (var (at, word) in Occurrences(text, cue.Words))
            {
                // X是(我们)…唯一的客户: X is the customer.
                var customer = enterprises.LastOrDefault(m => m.End <= at && ClauseStart(text, at) <= m.Start);
                var supplier = SupplierBefore(enterprises, text, customer?.Start ?? at, customer) ?? implicitSupplier;
                if (customer is not null && supplier is { } s && s != customer.Entity && text.AsSpan(customer.End, at - customer.End).Contains('是'))
                {
                    soleCustomer = customer.Entity;
                    found.Add(Candidate(s, customer.Entity, [], context, customer.Start, at + word.Length, cue.Rule, 0.8));
                }
            }
        }

        foreach (var cue in lexicons.SupplyCues.Where(c => c.Kind == SupplyCueKind.ToCustomer))
        {
            foreach (var (at, word) in Occurrences(text, cue.Words))
            {
                var customers = MentionsRightAfter(enterprises, text, at + word.Length);
                if (customers.Count == 0)
                {
                    continue;
                }

                var supplier = SupplierBefore(enterprises, text, at, null)
                    ?? EarlierInSentence(enterprises, at, customers) ?? implicitSupplier;
                if (supplier is null)
                {
                    continue;
                }

                var attributes = new Dictionary<string, string>();
                var share = ShareBefore(text, at);
                if (share is not null)
                {
                    attributes["share"] = share;
                }

                var product = ProductBefore(text, at, enterprises);
                if (product is not null)
                {
                    attributes["product"] = product;
                }

                foreach (var customer in customers.Where(c => c.Entity != supplier))
                {
                    found.Add(Candidate(supplier.Value, customer.Entity, attributes, context, at, customer.End, cue.Rule, 0.85));
                }
            }
        }

        foreach (var cue in lexicons.SupplyCues.Where(c => c.Kind == SupplyCueKind.ForCustomer))
        {
            foreach (var (at, word) in Occurrences(text, cue.Words))
            {
                var (customers, prepositionAt) = CustomersOfPreposition(enterprises, text, at, soleCustomer);
                if (customers.Count == 0)
                {
                    continue;
                }

                var supplier = SupplierBefore(enterprises, text, prepositionAt, null) ?? implicitSupplier;
                if (supplier is null)
                {
                    continue;
                }

                var attributes = new Dictionary<string, string>();
                var product = ProductAfter(text, at + word.Length);
                if (product is not null)
                {
                    attributes["product"] = product;
                }

                foreach (var customer in customers.Where(c => c != supplier))
                {
                    found.Add(Candidate(supplier.Value, customer, attributes, context, prepositionAt, at + word.Length, cue.Rule, 0.8));
                }
            }
        }

        foreach (var cue in lexicons.SupplyCues.Where(c => c.Kind == SupplyCueKind.ShareIn))
        {
            foreach (var (at, word) in Occurrences(text, cue.Words))
            {
                // S的P在C1、C2等企业的配套份额均超30%
                var inAt = text.LastIndexOf('在', at);
                if (inAt < 0)
                {
                    continue;
                }

                var customers = MentionsRightAfter(enterprises, text, inAt + 1);
                var supplier = enterprises.LastOrDefault(m => m.End <= inAt && ClauseStart(text, inAt) <= m.Start);
                if (supplier is null || customers.Count == 0)
                {
                    continue;
                }

                var attributes = new Dictionary<string, string>();
                var share = SharePattern().Match(text, at + word.Length);
                if (share.Success && share.Index - (at + word.Length) <= 3)
                {
                    attributes["share"] = share.Value;
                }

                var of = text.IndexOf('的', supplier.End, inAt - supplier.End);
                if (of == supplier.End && inAt - of > 1)
                {
                    attributes["product"] = text[(of + 1)..inAt];
                }

                foreach (var customer in customers.Where(c => c.Entity != supplier.Entity))
                {
                    found.Add(Candidate(supplier.Entity, customer.Entity, attributes, context, supplier.Start, at + word.Length, cue.Rule, 0.85));
                }
            }
        }

        return found;
    }

    private static RelationCandidate Candidate(EntityKey supplier, EntityKey customer, IEnumerable<KeyValuePair<string, string>> attributes,
        SentenceContext context, int start, int end, string rule, double confidence) =>
        new(RelationType.SUPPLIES, supplier, customer, attributes.ToImmutableSortedDictionary(StringComparer.Ordinal), context,
            start, end, rule, confidence);

    private static IEnumerable<(int At, string Word)> Occurrences(string text, IReadOnlyList<string> words)
    {
        var taken = new List<(int Start, int End)>();
        foreach (var word in words)
        {
            foreach (var at in TextSearch.Occurrences(text, word))
            {
                // Longer cue words come first; a shorter one inside a longer one is the same cue.
                if (taken.Any(t => t.Start <= at && at < t.End))
                {
                    continue;
                }

                taken.Add((at, at + word.Length));
                yield return (at, word);
            }
        }
    }

    private static int ClauseStart(string text, int at)
    {
        var i = Math.Min(at, text.Length);
        while (i > 0 && !IsClauseEnd(text[i - 1]))
        {
            i--;
        }

        return i;
    }

    /// <summary>The one enterprise named earlier in the sentence, outside the clause (走进X,…产品将被装配到Y).</summary>
    private static EntityKey? EarlierInSentence(IReadOnlyList<Mention> enterprises, int at, IReadOnlyList<Mention> customers)
    {
        var earlier = enterprises.Where(m => m.End <= at && !customers.Any(c => c.Entity == m.Entity)).Select(m => m.Entity).Distinct().ToList();
        return earlier.Count == 1 ? earlier[0] : null;
    }

    private static EntityKey? SupplierBefore(IReadOnlyList<Mention> enterprises, string text, int at, Mention? exclude)
    {
        var clause = ClauseStart(text, at);
        var candidate = enterprises.LastOrDefault(m => m.End <= at && m.Start >= clause && m != exclude);
        return candidate?.Entity;
    }

    /// <summary>The mention that starts right after <paramref name="at"/> and the list items chained to it by 、/和/及.</summary>
    private static List<Mention> MentionsRightAfter(IReadOnlyList<Mention> enterprises, string text, int at)
    {
        var result = new List<Mention>();
        var next = at;
        foreach (var mention in enterprises.Where(m => m.Start >= at))
        {
            var gap = text.AsSpan(next, mention.Start - next);
            var allowed = result.Count == 0 ? gap.Length <= 2 && gap.IndexOfAny("，,。；;") < 0 : IsListSeparator(gap);
            if (!allowed)
            {
                break;
            }

            result.Add(mention);
            next = mention.End;
        }

        return result;
    }

    private static bool IsListSeparator(ReadOnlySpan<char> gap) =>
        gap.Trim().ToString() is "、" or "和" or "及" or "以及" or "与" or "," or "，";

    /// <summary>为/给/向 + customers + (adverb) + cue: the customers and where the preposition is.</summary>
    private static (List<EntityKey> Customers, int PrepositionAt) CustomersOfPreposition(
        IReadOnlyList<Mention> enterprises, string text, int cueAt, EntityKey? soleCustomer)
    {
        var clause = ClauseStart(text, cueAt);
        for (var p = cueAt - 1; p >= clause; p--)
        {
            // The preposition, not the 为 of a name (华为): a character inside a firm's name is no cue.
            if (text[p] is not ('为' or '给' or '向') || enterprises.Any(m => m.Start <= p && p < m.End))
            {
                continue;
            }

            var between = text.AsSpan(p + 1, cueAt - p - 1);
            foreach (var pronoun in CustomerPronouns)
            {
                if (between.StartsWith(pronoun) && soleCustomer is { } known && between.Length - pronoun.Length <= 3)
                {
                    return ([known], p);
                }
            }

            var customers = MentionsRightAfter(enterprises, text, p + 1);
            if (customers.Count > 0 && cueAt - customers[^1].End <= 8)
            {
                return (customers.Select(c => c.Entity).ToList(), p);
            }
        }

        return ([], -1);
    }

    private static string? ShareBefore(string text, int at)
    {
        var clause = ClauseStart(text, at);
        var window = text[clause..at];
        var match = SharePattern().Match(window);
        Match? last = null;
        for (; match.Success; match = match.NextMatch())
        {
            last = match;
        }

        return last is not null && window.Length - (last.Index + last.Length) <= 3 ? last.Value : null;
    }

    /// <summary>The object after a supply verb, to the end of its clause (提供机床辅件 → 机床辅件).</summary>
    private static string? ProductAfter(string text, int at)
    {
        var end = at;
        while (end < text.Length && !IsClauseEnd(text[end]) && text[end] is not ('”' or '"' or '。'))
        {
            end++;
        }

        var product = text[at..end].Trim();
        return product.Length is >= 2 and <= 30 && !product.StartsWith("服务", StringComparison.Ordinal) ? product : null;
    }

    /// <summary>The subject noun phrase of a clause whose verb is the cue (P等核心零部件将批量交付X → P等核心零部件).</summary>
    private static string? ProductBefore(string text, int at, IReadOnlyList<Mention> enterprises)
    {
        var clause = ClauseStart(text, at);
        if (enterprises.Any(m => m.Start >= clause && m.End <= at))
        {
            return null;
        }

        var phrase = text[clause..at];
        foreach (var adverb in new[] { "将批量", "已批量", "批量", "将", "已", "正", "可", "则", "均" })
        {
            if (phrase.EndsWith(adverb, StringComparison.Ordinal))
            {
                phrase = phrase[..^adverb.Length];
                break;
            }
        }

        return phrase.Length is >= 2 and <= 40 && !SharePattern().IsMatch(phrase) && !phrase.Contains("我们", StringComparison.Ordinal) ? phrase : null;
    }
}
