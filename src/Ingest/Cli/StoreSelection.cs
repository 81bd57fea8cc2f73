using System.CommandLine;
using Graph.Ingest.Worker;
using Graph.Store;
using Graph.Store.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Graph.Ingest.Cli;

/// <summary>The options every store-touching command shares, and the host they build.</summary>
public sealed class StoreSelection
{
    public Option<string?> Store { get; } = new("--store") { Description = "Path of the embedded SQLite store (default data/graph.db; Store:Path)" };

    public Option<bool> Neo4j { get; } = new("--neo4j") { Description = "Use the Neo4j server of Neo4j:Uri (Neo4j__Uri, NEO4J_URI) instead of the embedded store" };

    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "Log progress and decisions; print stack traces of errors" };

    public void AddTo(Command command)
    {
        command.Options.Add(Store);
        command.Options.Add(Neo4j);
        command.Options.Add(Verbose);
    }

    /// <summary>
    /// A host with the configuration of <see cref="GraphConfiguration"/> (appsettings.json, environment, --Key:Sub=value),
    /// these options on top, console logging on stderr and the ingest services.
    /// </summary>
    public IHost BuildHost(ParseResult parse, Action<IServiceCollection>? extra = null, LogLevel? level = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Configuration.AddGraphConfiguration();
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
        builder.Logging.AddGraphConsole(parse.GetValue(Verbose) ? LogLevel.Information : level ?? LogLevel.Warning);
        builder.Services.AddGraphIngest();
        extra?.Invoke(builder.Services);
        return builder.Build();
    }

    public static Task<IGraphStore> OpenStoreAsync(IHost host, CancellationToken cancellationToken) =>
        GraphStoreFactory.OpenAsync(host.Services, cancellationToken);
}
