using System.Collections;
using System.Text.RegularExpressions;
using Graph.Store.Neo4j;
using Microsoft.Extensions.Configuration;

namespace Graph.Store.Configuration;

/// <summary>
/// The configuration every command reads, the .NET way, later sources winning: appsettings.json beside the
/// program, appsettings.json in the working directory, the NEO4J_* aliases, environment variables named after
/// the key (<c>Store__Path</c>, <c>Neo4j__Uri</c>, <c>Inbox__SettleSeconds</c>), then <c>--Key:Sub=value</c>
/// settings from the command line.
/// </summary>
public static partial class GraphConfiguration
{
    /// <summary>The <c>--Key:Sub=value</c> settings of this process's command line; set once by Program.</summary>
    public static IReadOnlyList<string> CommandLine { get; set; } = [];

    /// <summary>
    /// Separates <c>--Key:Sub=value</c> settings from the command's own arguments, so a setting is never taken
    /// for an input path. A setting names a section and a key, joined by ':'.
    /// </summary>
    public static (string[] Arguments, string[] Settings) SplitArgs(IEnumerable<string> args)
    {
        var arguments = new List<string>();
        var settings = new List<string>();
        foreach (var arg in args)
        {
            (SettingPattern().IsMatch(arg) ? settings : arguments).Add(arg);
        }

        return ([.. arguments], [.. settings]);
    }

    /// <summary>The configuration sources in order; <paramref name="environment"/> defaults to this process's.</summary>
    public static IConfigurationBuilder AddGraphConfiguration(this IConfigurationBuilder builder,
        IReadOnlyList<string>? settings = null, IDictionary? environment = null, string? programFolder = null, string? workingFolder = null)
    {
        environment ??= Environment.GetEnvironmentVariables();
        var beside = Path.GetFullPath(Path.Combine(programFolder ?? AppContext.BaseDirectory, "appsettings.json"));
        var here = Path.GetFullPath(Path.Combine(workingFolder ?? Directory.GetCurrentDirectory(), "appsettings.json"));
        builder.AddJsonFile(beside, optional: true, reloadOnChange: false);
        if (here != beside)
        {
            builder.AddJsonFile(here, optional: true, reloadOnChange: false);
        }

        builder.AddInMemoryCollection(Neo4jEnvironment.ToConfiguration(environment));
        builder.AddInMemoryCollection(KeyedVariables(environment));
        builder.AddCommandLine([.. settings ?? CommandLine]);
        return builder;
    }

    /// <summary>A configuration built from <see cref="AddGraphConfiguration"/> alone.</summary>
    public static IConfigurationRoot Build(IReadOnlyList<string>? settings = null, IDictionary? environment = null,
        string? programFolder = null, string? workingFolder = null) =>
        new ConfigurationBuilder().AddGraphConfiguration(settings, environment, programFolder, workingFolder).Build();

    /// <summary>The environment variable that sets a key: Neo4j:Uri → Neo4j__Uri.</summary>
    public static string VariableFor(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>"Neo4j:Uri (environment Neo4j__Uri)", with the NEO4J_* alias when there is one: how messages name a setting.</summary>
    public static string Describe(string key)
    {
        var alias = Neo4jEnvironment.AliasOf(key);
        return alias is null ? $"{key} (environment {VariableFor(key)})" : $"{key} (environment {VariableFor(key)} or {alias})";
    }

    // Variables named after a key (Section__Key) only, as AddEnvironmentVariables maps them; the rest of the environment stays out.
    private static Dictionary<string, string?> KeyedVariables(IDictionary environment)
    {
        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in environment)
        {
            if (entry.Key is string name && name.Contains("__", StringComparison.Ordinal) && entry.Value is string value)
            {
                result[name.Replace("__", ":", StringComparison.Ordinal)] = value;
            }
        }

        return result;
    }

    [GeneratedRegex(@"^--[A-Za-z][A-Za-z0-9_]*(:[A-Za-z0-9_]+)+=", RegexOptions.CultureInvariant)]
    private static partial Regex SettingPattern();
}
