using System.Collections.Immutable;
using Graph.Ingest.Dates;
using Graph.Ingest.Extraction;
using Graph.Model;

namespace Graph.Ingest.Resolution;

/// <summary>
/// Mentions and candidates of one document → its graph: one entity per key with the surfaces used
/// as aliases, one relation per (type, from, to) with every piece of evidence and merged attributes.
/// Ids are stable (<see cref="StableId"/>), so every document and every re-run agrees on them.
/// </summary>
public static class GraphAssembler
{
    public static DocumentGraph Assemble(ExtractedDocument extracted)
    {
        var source = extracted.Document.Source;
        // Facts carry the date of their article: the feed's, the page's dateline or --date, in that order.
        var info = source.ToInfo(extracted.Document.Articles.Select(a => a.Title).Where(t => t.Length > 0), PublicationDate.Of(source)?.Iso);
        Evidence EvidenceOf(SentenceContext context, int start, int end, string rule, double confidence) =>
            new(info.Id, info.FileName, context.Sentence.OriginalOffset(start),
                end > start ? context.Sentence.OriginalOffset(end - 1) + 1 : context.Sentence.OriginalOffset(start),
                context.Text, rule, confidence) { Date = info.Date };

        var entities = new Dictionary<EntityKey, (List<string> Surfaces, List<Evidence> Evidence, SortedDictionary<string, string> Attributes)>();
        void Touch(EntityKey key, string? surface, Evidence? evidence, IEnumerable<KeyValuePair<string, string>>? attributes = null)
        {
            if (!entities.TryGetValue(key, out var entry))
            {
                entities[key] = entry = ([], [], new SortedDictionary<string, string>(StringComparer.Ordinal));
            }

            foreach (var (name, value) in attributes ?? [])
            {
                entry.Attributes.TryAdd(name, value);
            }

            if (surface is not null && !entry.Surfaces.Contains(surface))
            {
                entry.Surfaces.Add(surface);
            }

            if (evidence is not null)
            {
                entry.Evidence.Add(evidence);
            }
        }

        foreach (var mention in extracted.Mentions.Where(m => m.Label != NodeLabel.District))
        {
            Touch(mention.Entity, mention.IsReference ? null : mention.Surface, EvidenceOf(mention.Context, mention.Start, mention.End, mention.Rule, mention.Confidence), mention.Attributes);
        }

        var relations = new List<Relation>();
        foreach (var group in extracted.Relations.GroupBy(r => (r.Type, r.From, r.To)))
        {
            Touch(group.Key.From, null, null);
            Touch(group.Key.To, null, null);
            var attributes = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var candidate in group.OrderByDescending(c => c.Confidence))
            {
                foreach (var (name, value) in candidate.Attributes)
                {
                    attributes.TryAdd(name, value);
                }
            }

            var evidence = group
                .Select(c => EvidenceOf(c.Context, c.Start, c.End, c.Rule, c.Confidence))
                .DistinctBy(e => (e.Start, e.Rule))
                .ToList();
            relations.Add(Relation.Create(group.Key.Type, group.Key.From.EntityId, group.Key.To.EntityId, attributes, evidence));
        }

        // Places come resolved, with their codes, levels and hierarchy, from the place extractor.
        var districts = extracted.Places.Districts.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var built = entities
            .Where(e => !districts.ContainsKey(e.Key.EntityId))
            .Select(e => Entity.Create(e.Key.Label, e.Key.Name, e.Value.Surfaces, e.Value.Attributes, e.Value.Evidence.DistinctBy(x => (x.Start, x.Rule)))
                with { Id = e.Key.EntityId })
            .Concat(districts.Values)
            .OrderBy(e => e.Label).ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToImmutableArray();
        relations.AddRange(extracted.Places.LocatedIn.Where(r => !relations.Any(x => x.Id == r.Id)));
        return new DocumentGraph(info, built, [.. relations.OrderBy(r => r.Type).ThenBy(r => r.Id, StringComparer.Ordinal)]);
    }
}
