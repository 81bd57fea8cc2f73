using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Store;
using Graph.Store.Neo4j;
using Microsoft.Extensions.DependencyInjection;
using Graph.Ingest.Pipeline;

namespace Graph.Ingest.Worker;

/// <summary>The ingest side's composition root.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddGraphIngest(this IServiceCollection services)
    {
        services.AddNeo4jGraphStore();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SourceOptions>().BindConfiguration(SourceOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(SourceFiles.Real);
        services.AddSingleton<SourceReader>();
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddSingleton<IngestService>();
        services.AddSingleton<StoreOpener>(sp => cancellationToken => GraphStoreFactory.OpenAsync(sp, cancellationToken));
        return services;
    }
}

/// <summary>Opens the store the configuration names; the worker calls it so that a failure to connect is its own to report.</summary>
public delegate Task<IGraphStore> StoreOpener(CancellationToken cancellationToken);
