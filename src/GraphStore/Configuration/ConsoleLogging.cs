using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Graph.Store.Configuration;

/// <summary>One console log format for every command: single lines with a time, all on stderr so stdout stays the command's output.</summary>
public static class ConsoleLogging
{
    public static ILoggingBuilder AddGraphConsole(this ILoggingBuilder builder, LogLevel level)
    {
        builder.ClearProviders();
        builder.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
            o.UseUtcTimestamp = false;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.SetMinimumLevel(level);
        builder.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        return builder;
    }
}
