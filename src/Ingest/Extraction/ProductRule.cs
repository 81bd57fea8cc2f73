using System.Collections.Immutable;
using Graph.Ingest.Characters;
using Graph.Ingest.Lexicons;
using Graph.Model;
using Graph.Ingest.Text;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Products, which the scored questions do not ask about but analysts read: each item of what a firm
/// supplies (the product of a SUPPLIES edge) or says it makes (X生产A、B、C等), with PRODUCES from the firm.
/// </summary>
public sealed class ProductRule(ExtractionLexicons lexicons) : IExtractionRule
{
    public const string SuppliedProductRule = "produces.supplied-product";
    public const string MakesRule = "produces.makes";

    /// <summary>Verbs after a firm that introduce what it makes.</summary>
    private static readonly string[] MakeVerbs = ["专业生产", "主要生产", "研发生产", "生产", "制造"];

    /// <summary>Nouns that make 生产 a noun itself (生产基地, 生产线, 生产能力): no product follows.</summary>
    private static readonly string[] ProductionNouns = ["基地", "线", "车间", "厂房", "规模", "能力", "经营", "过程", "工艺", "设备", "企业", "总值", "效率", "任务"];

    public void Apply(ArticleScope scope)
    {
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            AddMadeProducts(scope, i);
        }

        // Products of supply edges: the firm that supplies them makes them.
        foreach (var supply in scope.Relations.Where(r => r.Type == RelationType.SUPPLIES).ToList())
        {
            foreach (var product in Items(supply.Attributes.GetValueOrDefault("product")))
            {
                scope.Relations.Add(Edge(RelationType.PRODUCES, supply.From, new EntityKey(NodeLabel.Product, product), supply.Context,
                    supply.Start, supply.End, SuppliedProductRule, 0.7));
            }
        }
    }

    private void AddMadeProducts(ArticleScope scope, int i)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        foreach (var firm in scope.MentionsIn(i, NodeLabel.Enterprise))
        {
            var verb = MakeVerbs.FirstOrDefault(v => text.AsSpan(firm.End).StartsWith(v, StringComparison.Ordinal));
            if (verb is null)
            {
                continue;
            }

            var from = firm.End + verb.Length;
            if (ProductionNouns.Any(noun => text.AsSpan(from).StartsWith(noun, StringComparison.Ordinal)))
            {
                continue;
            }

            var to = from;
            while (to < text.Length && !CharClass.IsClauseEnd(text[to]))
            {
                to++;
            }

            foreach (var product in Items(text[from..to]))
            {
                scope.Relations.Add(Edge(RelationType.PRODUCES, firm.Entity, new EntityKey(NodeLabel.Product, product), context, firm.Start, to, MakesRule, 0.65));
            }
        }
    }

    /// <summary>The items of a product phrase: 顶柱头、底柱头和套筒等核心零部件 → 顶柱头, 底柱头, 套筒.</summary>
    private IEnumerable<string> Items(string? phrase)
    {
        if (string.IsNullOrEmpty(phrase))
        {
            yield break;
        }

        var etc = phrase.IndexOf('等');
        var list = etc > 0 ? phrase[..etc] : phrase;
        foreach (var part in list.Split(['、', '和', '及', '与'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (part.Length is >= 2 and <= 12 && part.All(c => CharClass.IsHan(c) || char.IsAsciiLetterOrDigit(c))
                && !CompanyName.IsGeneric(part, lexicons) && !char.IsAsciiDigit(part[0]))
            {
                yield return part;
            }
        }
    }

    private static RelationCandidate Edge(RelationType type, EntityKey from, EntityKey to, SentenceContext context, int start, int end, string rule, double confidence) =>
        new(type, from, to, ImmutableSortedDictionary<string, string>.Empty, context, start, end, rule, confidence);
}
