using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// INVESTS_IN (investor → project) read off names and across clauses: the firm at the head of a project's name
/// (甲乙科技年产…项目), and the amount of "总投资X元的P" / "P总投资X元" / "P产能达X，总投资Y元" for the
/// project's investor (from a name, or from a pattern of invests-in.pat, which runs before this rule).
/// </summary>
public sealed partial class InvestmentRelationRule(ClusterProjectLexicons words) : IExtractionRule
{
    public const string NameRule = "invests-in.name";

    [GeneratedRegex(@"^(?:超过|超|约|近|达|逾|共)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)(?:多)?(?:亿|万)?元")]
    private static partial Regex Amount();

    public void Apply(ArticleScope scope)
    {
        var investors = new Dictionary<string, EntityKey>(StringComparer.Ordinal);
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            foreach (var project in scope.MentionsIn(i, NodeLabel.Project))
            {
                var head = HeadFirm(scope.MentionsIn(i), project);
                if (head is not null && project.Rule is ProjectMentionRule.SuffixRule or ProjectMentionRule.QuotedRule)
                {
                    investors.TryAdd(project.Key, head.Entity);
                    scope.Relations.Add(Candidate(head.Entity, project.Entity, [new("basis", "name")], scope.Sentences[i], project.Start, project.End, NameRule, 0.8));
                }
            }
        }

        // What the patterns (invests-in.pat, run before this rule) found: the investor of each project they name.
        foreach (var relation in scope.Relations.Where(r => r.Type == RelationType.INVESTS_IN && r.To.Label == NodeLabel.Project
                     && r.From.Label == NodeLabel.Enterprise))
        {
            investors.TryAdd(relation.To.Name, relation.From);
        }

        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            ByAmount(scope, i, investors);
        }
    }

    /// <summary>
    /// The firm at the head of a project's name (甲乙科技年产…项目), or written right before it
    /// (甲乙有限公司12英寸…项目在…开工): either way the project is the firm's.
    /// </summary>
    private static Mention? HeadFirm(IReadOnlyList<Mention> mentions, Mention project)
    {
        var start = project.Surface.StartsWith('“') ? project.Start + 1 : project.Start;
        return mentions.FirstOrDefault(m => m.Label == NodeLabel.Enterprise && m.Start == start && m.End < project.End)
            ?? mentions.FirstOrDefault(m => m.Label == NodeLabel.Enterprise && m.End == project.Start);
    }

    private void ByAmount(ArticleScope scope, int i, Dictionary<string, EntityKey> investors)
    {
        var context = scope.Sentences[i];
        var text = context.Text;
        var projects = scope.MentionsIn(i, NodeLabel.Project);
        if (projects.Count == 0)
        {
            return;
        }

        foreach (var word in words.CuesOf(words.InvestmentCues, "amount"))
        {
            foreach (var at in TextSearch.Occurrences(text, word))
            {
                var amount = Amount().Match(text[(at + word.Length)..]);
                if (!amount.Success || (word == "投资" && at > 0 && text[at - 1] == '总'))
                {
                    continue;
                }

                var amountEnd = at + word.Length + amount.Length;
                var clauseStart = NameBoundary.ClauseStart(text, at);
                var clauseEnd = NameBoundary.ClauseEnd(text, amountEnd);

                // 总投资X元的P (P after, joined by 的) or P总投资X元 (P before, the clause's subject).
                // A clause that opens with the cue goes on about the project of the clause before (P产能达X，总投资Y元).
                var project = projects.FirstOrDefault(p => p.Start >= amountEnd && p.Start - amountEnd <= 1 && p.End <= clauseEnd)
                    ?? projects.LastOrDefault(p => p.End <= at && p.Start >= clauseStart)
                    ?? (OpensClause(text, clauseStart, at) ? projects.LastOrDefault(p => p.End <= at) : null);
                if (project is null)
                {
                    continue;
                }

                if (!investors.TryGetValue(project.Key, out var investor))
                {
                    scope.Drop($"{project.Key} {amount.Value}", "investment amount of a project with no investor named", "invests-in.total-investment", context);
                    continue;
                }

                // A stated figure outranks a round one (超百亿元, 约16亿元) when both are said of one project.
                scope.Relations.Add(Candidate(investor, project.Entity, [new("amount", amount.Value)], context,
                    Math.Min(at, project.Start), Math.Max(amountEnd, project.End), "invests-in.total-investment", IsRound(amount.Value) ? 0.78 : 0.8));
            }
        }
    }

    /// <summary>Only punctuation or a function word (而, 其) before the cue in its clause.</summary>
    private static bool OpensClause(string text, int clauseStart, int at) =>
        clauseStart > 0 && text.AsSpan(clauseStart, at - clauseStart).Trim().Length <= 1
        && (at == clauseStart || text[clauseStart] is '其' or '而' or '并' or ' ');

    private static bool IsRound(string amount) =>
        amount[0] is '超' or '约' or '近' or '逾' or '达' or '共' || amount.Contains('多', StringComparison.Ordinal)
        || !amount.Any(char.IsAsciiDigit);

    private static RelationCandidate Candidate(EntityKey from, EntityKey to, IEnumerable<KeyValuePair<string, string>> attributes,
        SentenceContext context, int start, int end, string rule, double confidence) =>
        new(RelationType.INVESTS_IN, from, to, attributes.ToImmutableSortedDictionary(StringComparer.Ordinal), context, start, end, rule, confidence);
}
