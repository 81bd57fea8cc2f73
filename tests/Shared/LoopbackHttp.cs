using System.Net;
using System.Net.Sockets;

namespace Graph.Tests.Shared;

/// <summary>
/// Starts a test's loopback <see cref="HttpListener"/> on a free port. A port probed free can be taken by another
/// process (another test run on the same machine) before the listener binds it, so a bind refused as
/// "address already in use" is retried on a fresh port, with a fresh listener (a listener that failed to start is
/// disposed).
/// </summary>
public static class LoopbackHttp
{
    private const int Attempts = 20;

    /// <summary>A started listener on 127.0.0.1 at a free port, and the port.</summary>
    public static (HttpListener Listener, int Port) Listen() => Listen(FreePort);

    /// <summary>A started listener on the first port <paramref name="candidates"/> gives that binds, and the port.</summary>
    public static (HttpListener Listener, int Port) Listen(Func<int> candidates)
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = candidates();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < Attempts)
            {
                listener.Close();
            }
        }
    }

    /// <summary>A port nothing listens on at the moment of asking (for an address that must refuse connections).</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
