using System.Net;
using Graph.Store.Neo4j;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Graph.Store;

/// <summary>
/// A mistake a user can make (a store that is not one, a server that does not answer, a wrong password, a bad
/// setting, a missing file), as one line naming what went wrong and what to do. Null for a program error.
/// </summary>
public static class UserErrors
{
    public static string? Describe(Exception exception) => exception switch
    {
        UserFacingException e => e.Message,
        OptionsValidationException e => string.Join("; ", e.Failures.Select(Clean)),
        Neo4jException e => DescribeNeo4j(e),
        SqliteException { SqliteErrorCode: 26 } => "the store file is not a SQLite database: give --store a graph store (or a new path), or set Store__Path",
        SqliteException { SqliteErrorCode: 14 } e => $"the store file cannot be opened ({e.Message}): check --store / Store__Path and that its folder is writable",
        SqliteException { SqliteErrorCode: 8 } => "the store file is read-only: give --store a writable path",
        SqliteException e => $"the store failed: {e.Message}",
        FileNotFoundException e => $"no such file: {e.FileName ?? e.Message}",
        DirectoryNotFoundException e => $"no such folder: {e.Message}",
        UnauthorizedAccessException e => $"permission denied: {e.Message}",
        IOException e => $"input/output error: {e.Message}",
        _ => null,
    };

    private static string DescribeNeo4j(Neo4jException e)
    {
        const string server = "Neo4j";
        if (e.Status == HttpStatusCode.Unauthorized || e.Code is "Neo.ClientError.Security.Unauthorized")
        {
            return $"{server} refused the user name or password: set {Configuration.GraphConfiguration.Describe("Neo4j:Password")} "
                + $"and {Configuration.GraphConfiguration.Describe("Neo4j:User")}";
        }

        if (e.Code is "Neo.ClientError.Security.AuthenticationRateLimit")
        {
            return $"{server} locked the user out after too many wrong passwords: wait, then set the right Neo4j__Password or NEO4J_PASSWORD";
        }

        if (e.Status is null && e.Code is null)
        {
            return $"{e.Message}. Is Neo4j running? Start it (docker compose up -d neo4j) or point {Configuration.GraphConfiguration.Describe("Neo4j:Uri")} at it";
        }

        if (e.Status == HttpStatusCode.NotFound)
        {
            return $"{e.Message}. Check {Configuration.GraphConfiguration.Describe("Neo4j:Uri")} (the HTTP address, Browser's port) and Neo4j:Database (NEO4J_DATABASE); the Query API needs Neo4j 5.19 or later";
        }

        return e.Message;
    }

    // "DataAnnotation validation failed for 'X' members: 'Uri' with the error: '...'." → the message itself.
    private static string Clean(string failure)
    {
        const string marker = "with the error: '";
        var at = failure.IndexOf(marker, StringComparison.Ordinal);
        return at < 0 ? failure : failure[(at + marker.Length)..].TrimEnd('.', '\'');
    }
}

/// <summary>A failure whose message is already written for the user: what went wrong and what to do.</summary>
public class UserFacingException(string message, Exception? inner = null) : Exception(message, inner);
