using Graph.Cli;
using Graph.Ingest.Cli;

// Before the first threads allocate: SQLite's blocks from two C-heap arenas, not one per thread (Graph.Store.NativeHeap).
Graph.Store.NativeHeap.LimitArenas();
return await CommandRunner.RunAsync(IngestCli.Build(), args);
