using System.Net;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

public sealed class LoopbackHttpTests
{
    [Fact]
    public async Task A_port_taken_between_probe_and_bind_is_retried_on_the_next_one()
    {
        var (holder, taken) = LoopbackHttp.Listen();
        using var holding = holder;
        var free = LoopbackHttp.FreePort();
        var candidates = new Queue<int>([taken, free]);

        var (listener, port) = LoopbackHttp.Listen(candidates.Dequeue);
        using var listening = listener;

        Assert.Equal(free, port);
        Assert.Empty(candidates);
        Assert.True(listener.IsListening);
        using var client = new HttpClient();
        var answer = client.GetAsync(new Uri($"http://127.0.0.1:{port}/"));
        var context = await listener.GetContextAsync();
        context.Response.StatusCode = (int)HttpStatusCode.NoContent;
        context.Response.Close();
        Assert.Equal(HttpStatusCode.NoContent, (await answer).StatusCode);
    }
}
