using System.CommandLine;
using Graph.Ingest.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Graph.Ingest.Cli;

/// <summary>`run [--inbox DIR]`: the hosted worker, ingesting whatever lands in the inbox until stopped.</summary>
public static class RunCommand
{
    public static Command Create()
    {
        var inbox = new Option<string?>("--inbox") { Description = "Folder to watch (default inbox/; Inbox:Path)" };
        var selection = new StoreSelection();
        var command = new Command("run", "Run the ingest worker: poll an inbox folder and ingest new articles") { inbox };
        selection.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            using var host = selection.BuildHost(parse, services =>
            {
                if (parse.GetValue(inbox) is { } path)
                {
                    services.PostConfigure<InboxOptions>(o => o.Path = path);
                }

                services.AddHostedService<InboxWorker>();
            });
            await host.RunAsync(cancellationToken);
            return 0;
        });
        return command;
    }
}
