using Graph.Cli;
using Graph.Queries;

return await CommandRunner.RunAsync(QueriesCli.Build(), args);
