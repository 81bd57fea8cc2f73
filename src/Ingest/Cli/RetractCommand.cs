using System.CommandLine;
using Graph.Store;

namespace Graph.Ingest.Cli;

/// <summary>`retract FILE-OR-DOCUMENT-ID [--neo4j]`: remove one document's contribution.</summary>
public static class RetractCommand
{
    public static Command Create()
    {
        var key = new Argument<string>("document") { Description = "A file name, path or document id (doc-…) ingested before" };
        var selection = new StoreSelection();
        var command = new Command("retract", "Remove what one document contributed; facts other documents support stay") { key };
        selection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = selection.BuildHost(parse);
            await using var store = await StoreSelection.OpenStoreAsync(host, cancellationToken);
            try
            {
                var result = await Resolution.StoreIdentity.CreateDefault().RetractAsync(store, parse.GetValue(key)!, cancellationToken);
                Console.WriteLine($"retracted {result.DocumentId}: {result.EntitiesRemoved} entities and {result.RelationsRemoved} relations removed, "
                    + $"{result.RelationsKept} relations kept with fewer sources");
                return 0;
            }
            catch (DocumentNotFoundException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return 1;
            }
        });
        return command;
    }
}
