using Graph.Cli;
using Graph.Ingest.Cli;

return await CommandRunner.RunAsync(IngestCli.Build(), args);
