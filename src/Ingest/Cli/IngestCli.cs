using System.CommandLine;

namespace Graph.Ingest.Cli;

/// <summary>The ingest CLI: one command per file in this folder, registered here.</summary>
public static class IngestCli
{
    public static RootCommand Build()
    {
        var root = new RootCommand("Graph ingest: Chinese industry news into a knowledge graph.");
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ExtractCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(RetractCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(RetryFailedCommand.Create());
        root.Subcommands.Add(ArticlesCommand.Create());
        root.Subcommands.Add(SegmentCommand.Create());
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(PrepareSegmenterCommand.Create());
        return root;
    }
}
