using System.CommandLine;
using System.Diagnostics;
using Graph.Ingest.Pipeline;
using Graph.Ingest.Worker;
using Graph.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Cli;

/// <summary>`ingest PATH... [--store PATH] [--neo4j] [--force] [--parallel N] [--documents-per-transaction N]`: articles into the graph store.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Arity = ArgumentArity.OneOrMore, Description = "Files or folders of UTF-8 .txt articles" };
        var force = new Option<bool>("--force") { Description = "Re-extract documents the ledger has already seen" };
        var parallel = new Option<int>("--parallel") { Description = "Extraction threads (default: the core count); the graph is the same for any number", DefaultValueFactory = _ => Environment.ProcessorCount };
        var perTransaction = new Option<int?>("--documents-per-transaction") { Description = "Most documents written per store transaction (default Store:DocumentsPerTransaction; the first and last are smaller)" };
        var selection = new StoreSelection();
        var command = new Command("ingest", "Extract entities and relations from articles and write them to the store") { paths, force, parallel, perTransaction };
        selection.AddTo(command);
        var date = new DateOption();
        date.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            int threads = parse.GetValue(parallel);
            if (threads < 1 || parse.GetValue(perTransaction) is < 1)
            {
                Console.Error.WriteLine("error: --parallel and --documents-per-transaction must be at least 1");
                return 1;
            }

            // What extraction reads loads while the host is built and the store opens (on a small corpus, a share of the run).
            ExtractionResources.Preload();
            using var host = selection.BuildHost(parse, services => date.Register(services, parse));
            await using var store = await StoreSelection.OpenStoreAsync(host, cancellationToken);
            var service = host.Services.GetRequiredService<IngestService>();
            var settings = new IngestSettings(threads,
                DocumentsPerTransaction: parse.GetValue(perTransaction) ?? host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.DocumentsPerTransaction,
                KeepWritten: false);
            var clock = Stopwatch.StartNew();
            var report = await IngestProgressView.RunAsync(
                progress => service.IngestAsync(store, parse.GetValue(paths)!, parse.GetValue(force), progress, cancellationToken, settings));
            double seconds = clock.Elapsed.TotalSeconds;
            var counts = await store.CountAsync(cancellationToken);

            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"error: {failure.Path}: {failure.Reason} (set aside; the rest of the batch went on)");
            }

            var totals = report.Totals;
            using var process = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant(
                $"ingested {totals.Documents:N0} documents ({totals.Bytes / 1e6:F1} MB) in {seconds:F1} s: {totals.Bytes / 1e6 / seconds:F2} MB/s, {totals.Documents / seconds:F1} documents/s; ")
                + FormattableString.Invariant($"wrote {totals.Entities:N0} entity and {totals.Relationships:N0} relationship rows; {report.Skipped.Count:N0} already in the store, ")
                + FormattableString.Invariant($"{report.Duplicates.Count:N0} duplicates, {report.Failures.Count:N0} set aside; store: {counts.Documents:N0} documents, {counts.NodeTotal:N0} nodes, ")
                + FormattableString.Invariant($"{counts.RelationshipTotal:N0} relationships; peak memory {process.PeakWorkingSet64 / 1e6:F0} MB"));
            return report.Failures.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
