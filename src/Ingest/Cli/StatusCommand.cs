using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Ingest.Worker;
using Graph.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Graph.Ingest.Cli;

/// <summary>
/// `status [--store PATH | --neo4j] [--inbox DIR] [--format table|json]`: what the store holds and, with an inbox,
/// what waits, what failed and why. Exit 0 when the store answers, 1 otherwise (the container's health check).
/// </summary>
public static class StatusCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "The worker's inbox: pending and failed are counted from its folders" };
        var format = new Option<string>("--format") { Description = "table or json (one JSON object)", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json");
        var selection = new StoreSelection();
        var command = new Command("status", "What the store holds and what the inbox waits for or set aside; exit 0 when the store answers") { inbox, format };
        selection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = selection.BuildHost(parse);
            await using var store = await GraphStoreFactory.OpenAsync(host.Services, cancellationToken, mustExist: true);
            var counts = await store.CountAsync(cancellationToken);
            var unsettled = await store.UnsettledAsync(cancellationToken);
            var report = Report(counts, parse.GetValue(inbox) is { } path ? InboxFolders.At(path) : null, unsettled);
            if (parse.GetValue(format) == "json")
            {
                Console.WriteLine(JsonSerializer.Serialize(report, Json));
            }
            else
            {
                var table = new Table().AddColumns("", "count");
                table.AddRow("store", Markup.Escape(RunCommand.Describe(host.Services)));
                table.AddRow("documents", report.Documents.ToString());
                table.AddRow("entities", report.Entities.ToString());
                table.AddRow("relationships", report.Relationships.ToString());
                table.AddRow("unsettled", report.Unsettled.ToString());
                table.AddRow("pending", report.Pending.ToString());
                table.AddRow("duplicates", report.Duplicates.ToString());
                table.AddRow("failed", report.Failed.ToString());
                AnsiConsole.Write(table);
                foreach (var failed in report.FailedFiles)
                {
                    AnsiConsole.MarkupLine($"[red]failed[/] {Markup.Escape(failed.File)}: {Markup.Escape(failed.Reason)}");
                }

                if (report.Unsettled > 0)
                {
                    AnsiConsole.MarkupLine($"[yellow]unsettled[/] {report.Unsettled} document(s) wait for the end-of-run work of a run that was stopped (places relinked, second reading): the next `ingest` or worker start finishes it");
                }
            }

            return 0;
        });
        return command;
    }

    /// <param name="unsettled">The store's marks of end-of-run work not done (<see cref="IGraphStore.UnsettledAsync"/>):
    /// counted as the documents they name, whether their merges or their settling wait.</param>
    public static StatusReport Report(GraphCounts counts, InboxFolders? inbox, Unsettled unsettled)
    {
        var failed = inbox?.FailedFiles() ?? [];
        var last = failed.OrderByDescending(f => f.At).FirstOrDefault();
        return new StatusReport(counts.Documents, inbox?.Pending() ?? 0, failed.Count, inbox?.Duplicates() ?? 0,
            counts.NodeTotal, counts.RelationshipTotal,
            unsettled.Documents.Union(unsettled.Unmerged, StringComparer.Ordinal).Count(),
            failed.Count == 0 ? null : new LastError(last.File, last.Reason, last.At),
            [.. failed.Select(f => new FailedFile(f.File, f.Reason))]);
    }

    public sealed record StatusReport(
        [property: JsonPropertyName("documents")] int Documents,
        [property: JsonPropertyName("pending")] int Pending,
        [property: JsonPropertyName("failed")] int Failed,
        [property: JsonPropertyName("duplicates")] int Duplicates,
        [property: JsonPropertyName("entities")] int Entities,
        [property: JsonPropertyName("relationships")] int Relationships,
        [property: JsonPropertyName("unsettled")] int Unsettled,
        [property: JsonPropertyName("lastError")] LastError? LastError,
        [property: JsonPropertyName("failedFiles")] IReadOnlyList<FailedFile> FailedFiles);

    public sealed record LastError(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("reason")] string Reason,
        [property: JsonPropertyName("at")] DateTimeOffset At);

    public sealed record FailedFile(
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("reason")] string Reason);
}

/// <summary>`retry-failed --inbox DIR`: moves the files in failed/ back into the inbox (their reasons are removed).</summary>
public static class RetryFailedCommand
{
    public static Command Create()
    {
        var inbox = new Option<string>("--inbox") { Description = "The worker's inbox", Required = true };
        var command = new Command("retry-failed", "Move the files of the inbox's failed/ back into the inbox, to be taken again") { inbox };
        command.SetAction(parse =>
        {
            var folders = InboxFolders.At(parse.GetValue(inbox)!);
            if (!Directory.Exists(folders.Failed))
            {
                throw new UserFacingException($"no failed/ folder in {folders.Root}: is it the worker's inbox?");
            }

            var moved = 0;
            foreach (var file in Directory.EnumerateFiles(folders.Failed).Order(StringComparer.Ordinal).ToList())
            {
                var name = Path.GetFileName(file);
                if (name.EndsWith(InboxFolders.ReasonSuffix, StringComparison.Ordinal) || name.EndsWith(InboxFolders.RejectedSuffix, StringComparison.Ordinal))
                {
                    continue;
                }

                File.Move(file, Path.Combine(folders.Root, InboxFolders.FreeName(name, folders.Root, folders.Processing)));
                File.Delete(file + InboxFolders.ReasonSuffix);
                moved++;
            }

            Console.WriteLine($"{moved} file(s) moved back to {folders.Root}; the worker takes them on its next pass");
            return 0;
        });
        return command;
    }
}
