using System.CommandLine;
using Graph.Ingest.Evaluation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Cli;

/// <summary>`eval --gold FILE PATH...`: extract and score as eval/score.py does.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders of UTF-8 .txt articles" };
        var gold = new Option<string>("--gold") { Description = "Gold annotation in the interchange format", Required = true };
        var places = new Option<bool>("--places") { Description = "Score only District entities and LOCATED_IN edges between Districts" };
        var minEntity = new Option<double>("--min-entity-f1") { Description = "Exit 1 when entity F1 is below this" };
        var minRelation = new Option<double>("--min-relation-f1") { Description = "Exit 1 when relation F1 is below this" };
        var save = new Option<string?>("--out") { Description = "Also write the extraction to this file" };
        var command = new Command("eval", "Extract and score against a gold file: P/R/F1 per type and micro overall")
        {
            paths, gold, places, minEntity, minRelation, save,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (documents, failures) = await new SourceReader().ReadAllAsync(parse.GetValue(paths)!, cancellationToken);
            var goldFile = InterchangeFile.Read(parse.GetValue(gold)!).RestrictTo(documents.Select(d => d.FileName).ToHashSet(StringComparer.Ordinal));
            foreach (var failure in failures)
            {
                Console.Error.WriteLine($"error: {failure.Path}: {failure.Reason} (set aside)");
            }

            var result = ExtractionPipeline.CreateDefault().Run(documents, cancellationToken: cancellationToken);
            var predicted = InterchangeFile.FromGraphs(result.Graphs);
            if (parse.GetValue(save) is { } path)
            {
                predicted.Write(path);
            }

            var report = Scorer.Score(goldFile, predicted, parse.GetValue(places));
            foreach (var line in report.Lines)
            {
                Console.WriteLine(line);
            }

            if (report.MissedRelations.Count > 0)
            {
                Console.WriteLine("missed relations:");
                foreach (var missed in report.MissedRelations)
                {
                    Console.WriteLine($"  {missed}");
                }
            }

            Console.WriteLine(report.Summary);
            return report.Entities.F1 >= parse.GetValue(minEntity) && report.Relations.F1 >= parse.GetValue(minRelation) ? 0 : 1;
        });
        return command;
    }
}
