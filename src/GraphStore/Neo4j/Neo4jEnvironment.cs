using System.Collections;
using Microsoft.Extensions.Configuration;

namespace Graph.Store.Neo4j;

/// <summary>
/// Maps the NEO4J_* environment variables, including those of an Aura credentials file as they are,
/// onto the "Neo4j" configuration keys, turning Bolt-style URIs into the HTTP address the Query API uses.
/// </summary>
public static class Neo4jEnvironment
{
    /// <summary>Configuration entries for the variables present; absent ones leave the keys alone.</summary>
    public static IReadOnlyDictionary<string, string?> ToConfiguration(IDictionary environment)
    {
        string? Get(string name) => environment[name] is string s && s.Length > 0 ? s : null;

        var result = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (Get("NEO4J_URI") is { } uri)
        {
            result[$"{Neo4jOptions.Section}:Uri"] = ToHttpAddress(uri);
        }

        if ((Get("NEO4J_USER") ?? Get("NEO4J_USERNAME")) is { } user)
        {
            result[$"{Neo4jOptions.Section}:User"] = user;
        }

        if (Get("NEO4J_PASSWORD") is { } password)
        {
            result[$"{Neo4jOptions.Section}:Password"] = password;
        }

        if (Get("NEO4J_DATABASE") is { } database)
        {
            result[$"{Neo4jOptions.Section}:Database"] = database;
        }

        return result;
    }

    /// <summary>
    /// neo4j+s://host → https://host (an Aura credentials file works as it is); everything else unchanged, so that a
    /// Bolt address (bolt://, bolt+s://, neo4j://) reaches validation and is refused with the URL to use instead.
    /// </summary>
    public static string ToHttpAddress(string uri)
    {
        if (!System.Uri.TryCreate(uri.Trim(), UriKind.Absolute, out var parsed))
        {
            return uri;
        }

        return parsed.Scheme.ToLowerInvariant() switch
        {
            "neo4j+s" or "neo4j+ssc" => $"https://{parsed.Host}",
            _ => uri.Trim(),
        };
    }

    /// <summary>The NEO4J_* variable that is an alias of a configuration key, null when there is none.</summary>
    public static string? AliasOf(string key) => key.ToLowerInvariant() switch
    {
        "neo4j:uri" => "NEO4J_URI",
        "neo4j:user" => "NEO4J_USER or NEO4J_USERNAME",
        "neo4j:password" => "NEO4J_PASSWORD",
        "neo4j:database" => "NEO4J_DATABASE",
        _ => null,
    };

    /// <summary>Adds the mapped NEO4J_* variables of this process to a configuration, after earlier sources.</summary>
    public static IConfigurationBuilder AddNeo4jEnvironment(this IConfigurationBuilder builder) =>
        builder.AddInMemoryCollection(ToConfiguration(Environment.GetEnvironmentVariables()));
}
