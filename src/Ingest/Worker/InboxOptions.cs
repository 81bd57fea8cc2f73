using System.ComponentModel.DataAnnotations;

namespace Graph.Ingest.Worker;

/// <summary>The worker's inbox: a folder polled for new articles. Bound from the "Inbox" section.</summary>
public sealed class InboxOptions
{
    public const string Section = "Inbox";

    private const string RangeMessage = "Inbox:{0} must be between {1} and {2} (environment Inbox__{0})";

    /// <summary>The folder watched; processing/, done/ and failed/ are made inside it.</summary>
    [Required(ErrorMessage = "Inbox:Path is empty: give --inbox DIR or set Inbox__Path")]
    public string Path { get; set; } = "inbox";

    /// <summary>How often the inbox is looked at.</summary>
    [Range(0.05, 86_400, ErrorMessage = RangeMessage)]
    public double PollSeconds { get; set; } = 2;

    /// <summary>A file is taken once its size and modification time have not changed for this long.</summary>
    [Range(0, 86_400, ErrorMessage = RangeMessage)]
    public double SettleSeconds { get; set; } = 5;

    [Range(0.01, 3_600, ErrorMessage = RangeMessage)]
    public double RetryFirstSeconds { get; set; } = 1;

    [Range(0.01, 3_600, ErrorMessage = RangeMessage)]
    public double RetryMaxSeconds { get; set; } = 60;
}
