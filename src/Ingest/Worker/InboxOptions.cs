using System.ComponentModel.DataAnnotations;

namespace Graph.Ingest.Worker;

/// <summary>The worker's inbox: a folder polled for new articles. Bound from the "Inbox" section.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    [Required]
    public string Path { get; set; } = "inbox";

    [Range(1, 86_400)]
    public int PollSeconds { get; set; } = 10;
}
