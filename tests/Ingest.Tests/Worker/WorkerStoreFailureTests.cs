using System.Diagnostics;
using System.Net;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The worker process against a store that refuses it or is not there: stop in one line, or wait without limit.</summary>
public sealed class WorkerStoreFailureTests
{
    [Fact]
    public async Task Wrong_credentials_stop_the_worker_with_one_line_and_exit_1()
    {
        using var server = new RefusingServer();
        using var folder = new TempFolder();

        var (code, stderr) = await RunAsync(folder.File("inbox"), TimeSpan.FromSeconds(60), stopWhen: null, "--neo4j", $"--Neo4j:Uri=http://127.0.0.1:{server.Port}", "--Neo4j:Password=wrong");

        Assert.Equal(1, code);
        Assert.Contains("refused the user name or password", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_server_the_worker_says_so_at_once_and_keeps_waiting_with_the_file_in_the_inbox()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.File("inbox"));
        File.Copy(RepoPaths.SeedFile("004"), folder.File("inbox/page.txt"));

        // Runs until the retry line shows (or 120 s pass, on a machine so loaded that it never does).
        var (code, stderr) = await RunAsync(folder.File("inbox"), TimeSpan.FromSeconds(120), "Still waiting for the store", "--neo4j", $"--Neo4j:Uri=http://127.0.0.1:{LoopbackHttp.FreePort()}",
            "--Neo4j:GiveUpAfter=00:00:01", "--Inbox:RetryFirstSeconds=0.2", "--Inbox:RetryMaxSeconds=0.5");

        Assert.Equal(-1, code); // still running when stopped by the test
        Assert.Contains("Waiting for the store", stderr, StringComparison.Ordinal);
        Assert.Contains("Is Neo4j running?", stderr, StringComparison.Ordinal);
        Assert.Contains("Still waiting for the store", stderr, StringComparison.Ordinal);
        Assert.True(File.Exists(folder.File("inbox/page.txt")));
        Assert.False(Directory.Exists(folder.File("inbox/done")) && Directory.EnumerateFiles(folder.File("inbox/done")).Any());
    }

    /// <summary>
    /// Runs the worker until it exits, or until its output shows <paramref name="stopWhen"/>, or until
    /// <paramref name="limit"/> passes; in the last two cases the test kills it (code -1).
    /// </summary>
    private static async Task<(int Code, string Stderr)> RunAsync(string inbox, TimeSpan limit, string? stopWhen, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "Graph.Ingest.dll"), "run", "--inbox", inbox, "--Inbox:SettleSeconds=0" }.Concat(args))
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        using var timeout = new CancellationTokenSource(limit);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (stopWhen is not null && line.Contains(stopWhen, StringComparison.Ordinal))
            {
                timeout.Cancel();
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        int code;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
            await process.WaitForExitAsync(); // drains the redirected streams
            code = process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            code = -1;
        }

        lock (output)
        {
            return (code, output.ToString());
        }
    }

    /// <summary>Answers every request 401 with Neo4j's error body, as a server with another password does.</summary>
    private sealed class RefusingServer : IDisposable
    {
        private readonly HttpListener _listener;

        public RefusingServer()
        {
            (_listener, Port) = LoopbackHttp.Listen();
            _ = Task.Run(async () =>
            {
                while (_listener.IsListening)
                {
                    try
                    {
                        var context = await _listener.GetContextAsync();
                        context.Response.StatusCode = 401;
                        var body = """{"errors":[{"code":"Neo.ClientError.Security.Unauthorized","message":"The client is unauthorized due to authentication failure."}]}"""u8.ToArray();
                        context.Response.ContentType = "application/json";
                        await context.Response.OutputStream.WriteAsync(body);
                        context.Response.Close();
                    }
                    catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
                    {
                        return;
                    }
                }
            });
        }

        public int Port { get; }

        public void Dispose() => _listener.Close();
    }
}
