using System.Net.Sockets;

namespace Graph.Tests.Shared;

/// <summary>
/// What the Testcontainers suites share: the Neo4j image they run, and whether a Docker engine answers here
/// (the docker client alone is not enough, so the socket is probed).
/// </summary>
public static class Neo4jContainer
{
    public const string Image = "neo4j:5.26.12-community";

    /// <summary>True when something answers HTTP on the Docker socket (DOCKER_HOST unix:// or the default path).</summary>
    public static bool DockerEngineAnswers()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        var path = host is { Length: > 0 } && host.StartsWith("unix://", StringComparison.Ordinal) ? host["unix://".Length..] : "/var/run/docker.sock";
        if (host is { Length: > 0 } && !host.StartsWith("unix://", StringComparison.Ordinal))
        {
            return true; // a TCP engine: let Testcontainers try it
        }

        if (!File.Exists(path))
        {
            return false;
        }

        try
        {
            using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            socket.Connect(new UnixDomainSocketEndPoint(path));
            socket.Send("GET /_ping HTTP/1.0\r\nHost: docker\r\n\r\n"u8);
            socket.ReceiveTimeout = 2000;
            var buffer = new byte[64];
            var read = socket.Receive(buffer);
            return read > 0 && System.Text.Encoding.ASCII.GetString(buffer, 0, read).Contains(" 200 ", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
