using System.CommandLine;
using Graph.Ingest.Worker;
using Graph.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Cli;

/// <summary>The options every store-touching command shares, and the host they build.</summary>
public sealed class StoreSelection
{
    public Option<string?> Store { get; } = new("--store") { Description = "Path of the embedded SQLite store (default data/graph.db)" };

    public Option<bool> Neo4j { get; } = new("--neo4j") { Description = "Use the Neo4j server of NEO4J_URI / Neo4j:Uri instead of the embedded store" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log progress and decisions" };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Neo4j);
        command.Options.Add(Verbose);
    }

    /// <summary>A host with configuration (appsettings.json, environment, these options) and the ingest services.</summary>
    public IHost BuildHost(ParseResult parse, Action<IServiceCollection>? extra = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = false });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true);
        var overrides = new Dictionary<string, string?>();
        if (parse.GetValue(Store) is { } path)
        {
            overrides["Store:Path"] = path;
        }

        if (parse.GetValue(Neo4j))
        {
            overrides["Store:Kind"] = "neo4j";
        }

        builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(parse.GetValue(Verbose) ? LogLevel.Information : LogLevel.Warning);
        builder.Services.AddGraphIngest();
        extra?.Invoke(builder.Services);
        return builder.Build();
    }

    public static async Task<IGraphStore> OpenStoreAsync(IHost host, CancellationToken cancellationToken) =>
        await GraphStoreFactory.OpenAsync(host.Services.GetRequiredService<IOptions<StoreOptions>>().Value, cancellationToken);
}
