using System.CommandLine;
using Graph.Ingest.Evaluation;
using Graph.Store;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Spectre.Console;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Cli;

/// <summary>`extract PATH... --out FILE [--explain]`: extraction only, to the interchange format.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders of UTF-8 .txt articles" };
        var output = new Option<string>("--out") { Description = "Where to write the interchange JSON (eval/FORMAT.md)", Required = true };
        var explain = new Option<bool>("--explain") { Description = "Print each fact with its rule and evidence, and what was dropped and why" };
        var date = new DateOption();
        var command = new Command("extract", "Extract entities and relations to the interchange format, without a store") { paths, output, explain };
        date.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var (documents, failures) = await new SourceReader().ReadAllAsync(parse.GetValue(paths)!, cancellationToken);
            foreach (var failure in failures)
            {
                Console.Error.WriteLine($"error: {failure.Path}: {failure.Reason} (set aside)");
            }

            var result = ExtractionPipeline.CreateDefault(date.Value(parse)).Run(documents, cancellationToken: cancellationToken);
            var file = InterchangeFile.FromGraphs(result.Graphs);
            file.Write(parse.GetValue(output)!);
            if (parse.GetValue(explain))
            {
                ExtractionExplainer.Print(result);
            }

            AnsiConsole.MarkupLine($"{documents.Count} documents: {file.Entities.Count} entities, {file.Relations.Count} relations → {Markup.Escape(parse.GetValue(output)!)}");
            return failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
