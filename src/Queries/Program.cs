using Graph.Queries;

return await QueriesCli.Build().Parse(args).InvokeAsync();
