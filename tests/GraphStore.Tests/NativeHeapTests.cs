using Graph.Store;

namespace Graph.GraphStore.Tests;

public sealed class NativeHeapTests
{
    [Fact]
    public void The_C_library_takes_the_arena_limit_on_glibc_linux()
    {
        var glibc = OperatingSystem.IsLinux() && !File.Exists("/etc/alpine-release");
        Assert.Equal(glibc, NativeHeap.SetArenaMax(2));
    }

    [Fact]
    public void Limits_the_arenas_once_per_process()
    {
        // Opening a store for writing may already have limited them in this test process: the call after says no either way.
        NativeHeap.LimitArenas();
        Assert.False(NativeHeap.LimitArenas());
    }
}
