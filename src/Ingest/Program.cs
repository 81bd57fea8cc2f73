using Graph.Ingest.Cli;

return await IngestCli.Build().Parse(args).InvokeAsync();
