using System.CommandLine;
using Graph.Ingest.Worker;
using Graph.Model;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Graph.Ingest.Cli;

/// <summary>`ingest PATH... [--store PATH] [--neo4j] [--force]`: articles into the graph store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders of UTF-8 .txt articles" };
        var force = new Option<bool>("--force") { Description = "Re-extract documents the ledger has already seen" };
        var selection = new StoreSelection();
        var command = new Command("ingest", "Extract entities and relations from articles and write them to the store") { paths, force };
        selection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = selection.BuildHost(parse);
            await using var store = await StoreSelection.OpenStoreAsync(host, cancellationToken);
            var service = host.Services.GetRequiredService<IngestService>();
            var report = await service.IngestAsync(store, parse.GetValue(paths)!, parse.GetValue(force), null, cancellationToken);
            var counts = await store.CountAsync(cancellationToken);

            var table = new Table().AddColumns("file", "entities", "relations");
            foreach (var (fileName, written) in report.Written)
            {
                table.AddRow(Markup.Escape(fileName), written.Nodes.Values.Sum().ToString(), written.Relationships.Values.Sum().ToString());
            }

            AnsiConsole.Write(table);
            foreach (var skipped in report.Skipped)
            {
                AnsiConsole.MarkupLine($"[grey]already ingested, skipped:[/] {Markup.Escape(skipped)}");
            }

            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"error: {failure.Path}: {failure.Reason} (set aside; the rest of the batch went on)");
            }

            AnsiConsole.MarkupLine($"store: {counts.Documents} documents, {counts.NodeTotal} nodes "
                + $"({string.Join(", ", counts.Nodes.OrderBy(n => n.Key).Select(n => $"{n.Key} {n.Value}"))}), "
                + $"{counts.RelationshipTotal} relationships ({string.Join(", ", counts.Relationships.OrderBy(r => r.Key).Select(r => $"{r.Key} {r.Value}"))})");
            return report.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
