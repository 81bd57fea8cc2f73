namespace Graph.Queries.Catalog;

/// <summary>One answer row: column name → value (text, a number, or a list of <see cref="EvidenceRow"/>).</summary>
public sealed class Row : Dictionary<string, object?>
{
    public Row()
        : base(StringComparer.Ordinal)
    {
    }

    public string? Text(string column) => this.GetValueOrDefault(column)?.ToString();

    public IReadOnlyList<EvidenceRow> Evidence => this.GetValueOrDefault("evidence") as IReadOnlyList<EvidenceRow> ?? [];
}
