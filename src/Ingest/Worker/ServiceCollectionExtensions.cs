using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Ingest.Worker;

/// <summary>The ingest side's composition root.</summary>
public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddGraphIngest(this IServiceCollection services)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InboxOptions>().BindConfiguration(InboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<SourceReader>();
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault());
        services.AddSingleton<IngestService>();
        services.AddSingleton<IGraphStore>(sp =>
            GraphStoreFactory.OpenAsync(sp.GetRequiredService<IOptions<StoreOptions>>().Value, CancellationToken.None).GetAwaiter().GetResult());
        return services;
    }
}
