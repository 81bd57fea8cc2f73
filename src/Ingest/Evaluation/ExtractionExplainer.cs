using Graph.Ingest.Extraction;
using Spectre.Console;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Evaluation;

/// <summary>`extract --explain`: for each article, every entity and edge with its rule and evidence, and what was dropped and why.</summary>
public static class ExtractionExplainer
{
    public static void Print(ExtractionResult result)
    {
        foreach (var document in result.Documents)
        {
            foreach (var article in document.Document.Articles)
            {
                var mentions = document.Mentions.Where(m => m.Context.Article == article).ToList();
                var relations = document.Relations.Where(r => r.Context.Article == article).ToList();
                var dropped = document.Dropped.Where(d => article.Sentences.Any(s => s.Text == d.Sentence)).ToList();
                if (mentions.Count == 0 && relations.Count == 0 && dropped.Count == 0)
                {
                    continue;
                }

                AnsiConsole.Write(new Rule($"[bold]{Markup.Escape(document.Document.Source.FileName)}[/] · {Markup.Escape(article.Title)}").LeftJustified());
                var entities = new Table().AddColumns("entity", "type", "surfaces", "rule");
                foreach (var group in mentions.GroupBy(m => m.Entity))
                {
                    entities.AddRow(Markup.Escape(group.Key.Name), group.Key.Label.ToString(),
                        Markup.Escape(string.Join(" · ", group.Select(m => m.Surface).Distinct())),
                        Markup.Escape(string.Join(", ", group.Select(m => m.Rule).Distinct())));
                }

                AnsiConsole.Write(entities);
                if (relations.Count > 0)
                {
                    var edges = new Table().AddColumns("relation", "attributes", "rule", "evidence");
                    foreach (var r in relations)
                    {
                        edges.AddRow(Markup.Escape($"{r.From.Name} -[{r.Type}]-> {r.To.Name}"),
                            Markup.Escape(string.Join(", ", r.Attributes.Select(a => $"{a.Key}={a.Value}"))),
                            Markup.Escape($"{r.Rule} ({r.Confidence:F2})"), Markup.Escape(r.Context.Text));
                    }

                    AnsiConsole.Write(edges);
                }

                foreach (var d in dropped.DistinctBy(d => (d.What, d.Reason)))
                {
                    AnsiConsole.MarkupLine($"[yellow]dropped[/] {Markup.Escape(d.What)}: {Markup.Escape(d.Reason)} [grey]({Markup.Escape(d.Rule)})[/]");
                }
            }
        }
    }
}
