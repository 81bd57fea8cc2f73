using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Graph.Queries.Tests.Exports;

/// <summary>
/// A headless Chromium driven over the DevTools protocol: a page target, commands sent as JSON over a WebSocket and
/// answered by id. Only what the HTML export test needs: navigate, evaluate, click, type, screenshot. Uses the
/// system's /usr/bin/chromium (scripts/test.sh installs it); downloads nothing.
/// </summary>
public sealed partial class Chromium : IAsyncDisposable
{
    public const string DefaultPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    private Chromium(Process process, string profile) => (_process, _profile) = (process, profile);

    /// <summary>The browser's path, or null when it is not installed (CHROMIUM overrides the default).</summary>
    public static string? Find()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM") ?? DefaultPath;
        return File.Exists(path) ? path : null;
    }

    public static async Task<Chromium> StartAsync(string executable, int width, int height, CancellationToken cancellationToken)
    {
        var profile = Path.Combine(Path.GetTempPath(), "graph-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(executable,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check", "--hide-scrollbars",
            "--disable-extensions", "--mute-audio", "--remote-debugging-port=0", $"--user-data-dir={profile}",
            $"--window-size={width},{height}", "about:blank",
        ])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var browser = new Chromium(process, profile);
        try
        {
            var endpoint = await ListeningOnAsync(process, cancellationToken);
            using var http = new HttpClient();
            var targets = await http.GetFromJsonAsync<JsonElement>($"http://{endpoint.Authority}/json/list", cancellationToken);
            var page = targets.EnumerateArray().First(t => t.GetProperty("type").GetString() == "page");
            await browser._socket.ConnectAsync(new Uri(page.GetProperty("webSocketDebuggerUrl").GetString()!), cancellationToken);
            browser._receiving = browser.ReceiveAsync();
            await browser.SendAsync("Page.enable", null, cancellationToken);
            await browser.SendAsync("Runtime.enable", null, cancellationToken);
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    public Task NavigateAsync(string url, CancellationToken cancellationToken) =>
        SendAsync("Page.navigate", new JsonObject { ["url"] = url }, cancellationToken);

    /// <summary>Evaluates a JavaScript expression in the page and returns its value (JSON).</summary>
    public async Task<JsonElement> EvaluateAsync(string expression, CancellationToken cancellationToken)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        if (result.TryGetProperty("exceptionDetails", out var exception))
        {
            throw new InvalidOperationException($"page script failed: {exception}");
        }

        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    /// <summary>Polls <paramref name="expression"/> until it is true.</summary>
    public async Task WaitForAsync(string expression, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await EvaluateAsync(expression, cancellationToken);
            if (value.ValueKind == JsonValueKind.True)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the page never made {expression} true");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    /// <summary>A real left click at a point of the viewport: mouse moved, pressed and released.</summary>
    public async Task ClickAsync(double x, double y, CancellationToken cancellationToken)
    {
        foreach (var type in new[] { "mouseMoved", "mousePressed", "mouseReleased" })
        {
            await SendAsync("Input.dispatchMouseEvent", new JsonObject
            {
                ["type"] = type, ["x"] = x, ["y"] = y, ["button"] = type == "mouseMoved" ? "none" : "left", ["clickCount"] = 1,
            }, cancellationToken);
        }
    }

    /// <summary>Types text into the focused element, as an input method would.</summary>
    public Task TypeAsync(string text, CancellationToken cancellationToken) =>
        SendAsync("Input.insertText", new JsonObject { ["text"] = text }, cancellationToken);

    public async Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" }, cancellationToken);
        return Convert.FromBase64String(result.GetProperty("data").GetString()!);
    }

    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        return await answer.Task.WaitAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
            }
        }
        catch (WebSocketException)
        {
            // the browser went first
        }

        _socket.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            await _receiving;
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // closed on purpose
        }

        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // a file the browser still held: the OS temp cleaner takes it
        }
    }

    private static async Task<Uri> ListeningOnAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            var match = DevToolsLine().Match(line);
            if (match.Success)
            {
                // Keep draining stderr so the browser never blocks on a full pipe.
                _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return new Uri(match.Groups[1].Value);
            }
        }

        throw new InvalidOperationException($"chromium exited (code {process.ExitCode}) without a DevTools endpoint");
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open && !_stop.IsCancellationRequested)
        {
            var received = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            message.Write(buffer, 0, received.Count);
            if (!received.EndOfMessage)
            {
                continue;
            }

            using var json = JsonDocument.Parse(message.ToArray());
            message.SetLength(0);
            if (json.RootElement.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var answer))
            {
                if (json.RootElement.TryGetProperty("error", out var error))
                {
                    answer.SetException(new InvalidOperationException($"DevTools error: {error}"));
                }
                else
                {
                    answer.SetResult(json.RootElement.GetProperty("result").Clone());
                }
            }
        }

        foreach (var pending in _pending.Values)
        {
            pending.TrySetCanceled();
        }
    }

    [GeneratedRegex(@"DevTools listening on (ws://\S+)")]
    private static partial Regex DevToolsLine();
}
