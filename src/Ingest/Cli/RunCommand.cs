using System.CommandLine;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Cli;

/// <summary>`run [--inbox DIR]`: the hosted worker, ingesting whatever lands in the inbox until stopped.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch (default inbox/; Inbox:Path, environment Inbox__Path)" };
        var selection = new StoreSelection();
        var command = new Command("run", "Run the ingest worker: take complete files from an inbox folder and ingest each exactly once") { inbox };
        selection.AddTo(command);
        var date = new DateOption();
        date.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = selection.BuildHost(parse, services =>
            {
                if (parse.GetValue(inbox) is { } path)
                {
                    services.PostConfigure<InboxOptions>(o => o.Path = path);
                }

                services.AddSingleton<WorkerOutcome>();
                date.Register(services, parse);
                services.AddHostedService<InboxWorker>();
            }, LogLevel.Information);
            var logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Ingest.Run");
            var inboxPath = Path.GetFullPath(host.Services.GetRequiredService<IOptions<InboxOptions>>().Value.Path);
            Log.Started(logger, inboxPath, Describe(host.Services));
            var outcome = host.Services.GetRequiredService<WorkerOutcome>();
            await host.RunAsync(cancellationToken);
            return outcome.ExitCode;
        });
        return command;
    }

    /// <summary>The store a command writes, safe to print: the SQLite file, or the Neo4j address and database (never credentials).</summary>
    public static string Describe(IServiceProvider services)
    {
        var store = services.GetRequiredService<IOptions<StoreOptions>>().Value;
        if (store.Kind != "neo4j")
        {
            return $"the embedded store {Path.GetFullPath(store.Path)}";
        }

        var neo4j = services.GetRequiredService<IOptions<Neo4jOptions>>().Value;
        return $"Neo4j at {neo4j.BaseAddress} (database {neo4j.Database}, user {neo4j.User})";
    }
}
