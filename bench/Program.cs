using Graph.Bench;

try
{
    return await BenchCli.Build().Parse(args).InvokeAsync();
}
catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException && !args.Contains("-v"))
{
    Console.Error.WriteLine("error: " + e.Message);
    return 1;
}
