using System.CommandLine;
using Graph.Ingest.Evaluation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.DependencyInjection;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Cli;

/// <summary>
/// `eval --gold FILE [--gold FILE …] (PATH... | --store PATH | --neo4j)`: score an extraction, or what a store holds,
/// as eval/score.py does. Several gold files are merged (entities of one type sharing a form are one), and the gold is
/// restricted to the documents scored.
/// </summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.ZeroOrMore, Description = "Files or folders of UTF-8 .txt articles to extract (or give --store)" };
        var gold = new Option<string[]>("--gold") { Description = "Gold annotation in the interchange format; repeat to merge several", Required = true };
        var places = new Option<bool>("--places") { Description = "Score only District entities and LOCATED_IN edges between Districts" };
        var minEntity = new Option<double>("--min-entity-f1") { Description = "Exit 1 when entity F1 is below this" };
        var minRelation = new Option<double>("--min-relation-f1") { Description = "Exit 1 when relation F1 is below this" };
        var save = new Option<string?>("--out") { Description = "Also write what was scored (the extraction, or the store's graph) to this file" };
        var selection = new StoreSelection();
        var command = new Command("eval", "Score an extraction, or what a store holds (--store / --neo4j), against gold files: P/R/F1 per type and micro overall")
        {
            paths, gold, places, minEntity, minRelation, save,
        };
        selection.AddTo(command);
        var date = new DateOption();
        date.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var fromStore = parse.GetValue(selection.Store) is not null || parse.GetValue(selection.Neo4j);
            if (inputs.Length > 0 == fromStore)
            {
                Console.Error.WriteLine("error: give either files or folders to extract, or --store PATH (or --neo4j) to score what a store holds");
                return 2;
            }

            var golds = new List<InterchangeFile>();
            foreach (var file in parse.GetValue(gold)!)
            {
                try
                {
                    golds.Add(InterchangeFile.Read(file));
                }
                catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"error: {e.Message}");
                    return 2;
                }
            }

            var predicted = fromStore
                ? await ReadStoreAsync(selection, parse, cancellationToken)
                : await ExtractAsync(inputs, date.Value(parse), cancellationToken);
            if (parse.GetValue(save) is { } path)
            {
                predicted.Write(path);
            }

            var scored = (predicted.Documents ?? []).Select(d => d.File).ToHashSet(StringComparer.Ordinal);
            var report = Scorer.Score(InterchangeFile.Merge(golds).RestrictTo(scored), predicted, parse.GetValue(places));
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

    private static async Task<InterchangeFile> ExtractAsync(string[] inputs, DateOnly? published, CancellationToken cancellationToken)
    {
        var (documents, failures) = await new SourceReader().ReadAllAsync(inputs, cancellationToken);
        foreach (var failure in failures)
        {
            Console.Error.WriteLine($"error: {failure.Path}: {failure.Reason} (set aside)");
        }

        var result = ExtractionPipeline.CreateDefault(published).Run(documents, cancellationToken: cancellationToken);
        return InterchangeFile.FromGraphs(result.Graphs);
    }

    private static async Task<InterchangeFile> ReadStoreAsync(StoreSelection selection, ParseResult parse, CancellationToken cancellationToken)
    {
        using var host = selection.BuildHost(parse);
        await using var store = await GraphStoreFactory.OpenAsync(host.Services, cancellationToken, mustExist: true);
        return await store.ToInterchangeAsync(cancellationToken);
    }
}
