using Graph.Model;
using Graph.Store;

namespace Graph.Ingest.Evaluation;

/// <summary>
/// Scores an extraction against a gold file exactly as eval/score.py does: entities match on any
/// normalised form within a type; relations on type and both mapped endpoints; micro P/R/F1 over the core types.
/// </summary>
public static class Scorer
{
    public static readonly string[] CoreEntityTypes = ["Enterprise", "Cluster", "District", "Official", "Project", "Organization"];
    public static readonly string[] CoreRelationTypes = ["SUPPLIES", "LOCATED_IN", "INVESTS_IN", "MEMBER_OF", "HOLDS_POSITION", "SUBSIDIARY_OF"];
    public static readonly string[] PlaceEntityTypes = ["District"];
    public static readonly string[] PlaceRelationTypes = ["LOCATED_IN"];

    public static ScoreReport Score(InterchangeFile gold, InterchangeFile predicted, bool placesOnly = false)
    {
        var entityTypes = placesOnly ? PlaceEntityTypes : CoreEntityTypes;
        var relationTypes = placesOnly ? PlaceRelationTypes : CoreRelationTypes;
        var goldEntities = gold.Entities.Where(e => entityTypes.Contains(e.Type)).ToList();
        var predEntities = predicted.Entities.Where(e => entityTypes.Contains(e.Type)).ToList();

        var index = new Dictionary<(string Type, string Form), string>();
        foreach (var entity in goldEntities)
        {
            foreach (var form in Forms(entity))
            {
                index.TryAdd((entity.Type, form), entity.Id);
            }
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entity in predEntities)
        {
            var hits = Forms(entity).Select(f => index.GetValueOrDefault((entity.Type, f))).OfType<string>()
                .Order(StringComparer.Ordinal).ToList();
            if (hits.Count > 0)
            {
                map[entity.Id] = hits[0];
            }
        }

        var rows = new List<ScoreRow>();
        int found = 0, predictedCount = 0, goldCount = 0;
        foreach (var type in entityTypes)
        {
            var g = goldEntities.Count(e => e.Type == type);
            var p = predEntities.Where(e => e.Type == type).ToList();
            var matched = p.Where(e => map.ContainsKey(e.Id)).Select(e => map[e.Id]).Distinct().Count();
            rows.Add(new ScoreRow("entity", type, g, p.Count, matched, matched));
            found += matched;
            predictedCount += p.Count;
            goldCount += g;
        }

        var entityTotal = new ScoreRow("entity", "all", goldCount, predictedCount, found, found);

        var goldTypes = gold.Entities.ToDictionary(e => e.Id, e => e.Type, StringComparer.Ordinal);
        var goldRelations = gold.Relations
            .Where(r => relationTypes.Contains(r.Type)
                && entityTypes.Contains(goldTypes.GetValueOrDefault(r.From) ?? "")
                && entityTypes.Contains(goldTypes.GetValueOrDefault(r.To) ?? ""))
            .Select(r => (r.Type, r.From, r.To)).ToHashSet();
        var predTypes = predicted.Entities.GroupBy(e => e.Id).ToDictionary(g => g.Key, g => g.First().Type, StringComparer.Ordinal);
        var predRelations = new HashSet<(string Type, string From, string To)>();
        foreach (var r in predicted.Relations.Where(r => relationTypes.Contains(r.Type)))
        {
            if (!entityTypes.Contains(predTypes.GetValueOrDefault(r.From) ?? "") || !entityTypes.Contains(predTypes.GetValueOrDefault(r.To) ?? ""))
            {
                continue;
            }

            var from = map.GetValueOrDefault(r.From);
            var to = map.GetValueOrDefault(r.To);
            predRelations.Add(from is null || to is null ? (r.Type, "?" + r.From, "?" + r.To) : (r.Type, from, to));
        }

        int tp = 0, rp = 0, rg = 0;
        foreach (var type in relationTypes)
        {
            var g = goldRelations.Where(x => x.Type == type).ToHashSet();
            var p = predRelations.Where(x => x.Type == type).ToHashSet();
            var hits = g.Intersect(p).Count();
            rows.Add(new ScoreRow("relation", type, g.Count, p.Count, hits, hits));
            tp += hits;
            rp += p.Count;
            rg += g.Count;
        }

        var names = gold.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
        var missed = goldRelations.Except(predRelations)
            .OrderBy(x => x.Type, StringComparer.Ordinal).ThenBy(x => x.From, StringComparer.Ordinal).ThenBy(x => x.To, StringComparer.Ordinal)
            .Select(x => $"{x.Type} {names.GetValueOrDefault(x.From, x.From)} -> {names.GetValueOrDefault(x.To, x.To)}")
            .ToList();
        return new ScoreReport(rows, entityTotal, new ScoreRow("relation", "all", rg, rp, tp, tp), missed);
    }

    private static IEnumerable<string> Forms(InterchangeEntity entity) =>
        entity.Forms.Select(NameKey.Normalize).Where(f => f.Length > 0).Distinct();
}

/// <summary>One line of a score: <paramref name="HitsPredicted"/> predictions that hit gold, <paramref name="HitsGold"/> gold items found.</summary>
public sealed record ScoreRow(string Kind, string Type, int Gold, int Predicted, int HitsPredicted, int HitsGold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)HitsPredicted / Predicted;

    public double Recall => Gold == 0 ? 1 : (double)HitsGold / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record ScoreReport(IReadOnlyList<ScoreRow> Rows, ScoreRow Entities, ScoreRow Relations, IReadOnlyList<string> MissedRelations)
{
    public ScoreRow Row(string kind, string type) => Rows.Single(r => r.Kind == kind && r.Type == type);

    /// <summary>The summary line, formatted as score.py prints it.</summary>
    public string Summary =>
        $"entities P={Entities.Precision:F3} R={Entities.Recall:F3} F1={Entities.F1:F3} | relations P={Relations.Precision:F3} R={Relations.Recall:F3} F1={Relations.F1:F3}";

    public IEnumerable<string> Lines => Rows.Select(r => r.Kind == "entity"
        ? $"entity {r.Type,-13} gold={r.Gold,4} pred={r.Predicted,4} found={r.HitsGold,4} P={r.Precision:F3} R={r.Recall:F3} F1={r.F1:F3}"
        : $"relation {r.Type,-15} gold={r.Gold,4} pred={r.Predicted,4} tp={r.HitsGold,4} P={r.Precision:F3} R={r.Recall:F3} F1={r.F1:F3}");
}
