using System.CommandLine;
using Graph.Ingest.Annotation;
using Graph.Ingest.Patterns;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Sources;

namespace Graph.Ingest.Cli;

/// <summary>`annotate FILE`: each sentence as the patterns read it (elements, clause subjects) and the patterns that matched it.</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A page of text (UTF-8)." };
        var all = new Option<bool>("--all") { Description = "Print every sentence, not only those a pattern matched." };
        var command = new Command("annotate", "Print the annotated sentences of a file and the patterns that match them.");
        command.Arguments.Add(file);
        command.Options.Add(all);
        command.SetAction(async (parseResult, ct) =>
        {
            var info = parseResult.GetValue(file)!;
            if (!info.Exists)
            {
                await Console.Error.WriteLineAsync($"no such file: {info.FullName}");
                return 2;
            }

            var everything = parseResult.GetValue(all);
            PatternRule.Trace = (sentence, hits) =>
            {
                if (hits.Count == 0 && !everything)
                {
                    return;
                }

                Console.WriteLine($"[{sentence.Index}] {sentence}");
                Console.WriteLine("    subjects: " + string.Join(" | ", sentence.ClauseSubjects.Select(s => s is null ? "-" : $"{s.Entity.Name} ({s.How})")));
                foreach (var hit in hits)
                {
                    var roles = string.Join(' ', hit.Pattern.Roles.Where(r => hit.TextOf(r) is not null).Select(r => $"{r}={hit.TextOf(r)}"));
                    Console.WriteLine($"    {hit.Pattern.Name}: {roles}");
                }
            };
            var text = await File.ReadAllTextAsync(info.FullName, ct);
            ExtractionPipeline.CreateDefault().Run([SourceDocument.FromText(info.Name, text)], cancellationToken: ct);
            return 0;
        });
        return command;
    }
}
