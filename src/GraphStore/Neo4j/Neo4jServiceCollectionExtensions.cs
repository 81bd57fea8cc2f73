using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Graph.Store.Neo4j;

/// <summary>Registers the Neo4j store: validated options, the HTTP client and the store itself.</summary>
public static class Neo4jServiceCollectionExtensions
{
    /// <summary>Binds "Neo4j" (add <see cref="Neo4jEnvironment.AddNeo4jEnvironment"/> to the configuration for NEO4J_*), validated at start.</summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section)
            .PostConfigure(o => o.Uri = Neo4jEnvironment.ToHttpAddress(o.Uri ?? ""))
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jUriValidator>());
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient<Neo4jQueryClient>();
        services.TryAddTransient(sp => new Neo4jGraphStore(
            sp.GetRequiredService<Neo4jQueryClient>(),
            sp.GetRequiredService<IOptions<StoreOptions>>().Value.BatchSize,
            sp.GetRequiredService<ILogger<Neo4jGraphStore>>()));
        return services;
    }

    /// <summary>The store without a container: options from the caller, or from the NEO4J_* environment when null.</summary>
    public static Neo4jGraphStore Create(Neo4jOptions? options, int batchSize, ILoggerFactory? loggers = null,
        TimeProvider? timeProvider = null, HttpMessageHandler? handler = null)
    {
        options ??= FromEnvironment();
        Validator.ValidateObject(options, new ValidationContext(options), validateAllProperties: true);
        if (options.ValidateUri().FirstOrDefault() is { } problem)
        {
            throw new ValidationException(problem.ErrorMessage);
        }
        loggers ??= NullLoggerFactory.Instance;
        var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        var client = new Neo4jQueryClient(http, Options.Create(options), timeProvider ?? TimeProvider.System, loggers.CreateLogger<Neo4jQueryClient>());
        return new Neo4jGraphStore(client, batchSize, loggers.CreateLogger<Neo4jGraphStore>());
    }

    /// <summary>Neo4j options from the NEO4J_* variables of this process over the defaults.</summary>
    public static Neo4jOptions FromEnvironment()
    {
        var options = new Neo4jOptions();
        new ConfigurationBuilder().AddNeo4jEnvironment().Build().GetSection(Neo4jOptions.Section).Bind(options);
        return options;
    }
}
