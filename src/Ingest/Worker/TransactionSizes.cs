namespace Graph.Ingest.Worker;

/// <summary>
/// How many documents the stream's next write transaction takes, at most <see cref="IngestSettings.DocumentsPerTransaction"/>.
/// The first transactions are small and double (<see cref="Smallest"/>, twice that, …), so the writer starts after a few
/// windows instead of idling until a full transaction is extracted; and near the end each takes about half of the
/// documents still to come, so the last one, written after extraction has ended while the other cores idle, is small.
/// In between every transaction is full. The graph does not depend on where transactions are cut. The stream sizes so only
/// the transactions into a store that held nothing when the run began (into a big store each commit writes pages all over
/// its trees, so more transactions cost more), and cuts them at the end of a window.
/// </summary>
/// <param name="Largest">Documents per transaction (<c>Store:DocumentsPerTransaction</c>).</param>
/// <param name="Smallest">The first transaction's size, and the least a cut near the end leaves (but never above <paramref name="Largest"/>).</param>
internal sealed record TransactionSizes(int Largest, int Smallest)
{
    /// <summary>
    /// The size of transaction number <paramref name="index"/> (from 0) when about <paramref name="toCome"/> documents
    /// are still to be written, the ones gathered for it included.
    /// </summary>
    public int Size(int index, long toCome)
    {
        int largest = Math.Max(1, Largest);
        int smallest = Math.Clamp(Smallest, 1, largest);
        long ramp = index >= 31 ? long.MaxValue : (long)smallest << index;
        // Half of what is to come, but never leaving less than the smallest size behind for a last transaction of its own.
        long tail = toCome < 2 * (long)smallest ? Math.Max(smallest, toCome) : Math.Max(smallest, toCome / 2);
        return (int)Math.Min(largest, Math.Min(ramp, tail));
    }

    /// <summary>
    /// The documents still to come, estimated while files are read: those read but not yet gathered, and the unread
    /// bytes at the documents per byte read so far (nothing read yet: the unread files, a document each).
    /// </summary>
    public static long ToCome(long documentsRead, long gathered, long bytesRead, long totalBytes, int filesLeft)
    {
        long unread = bytesRead <= 0 || documentsRead <= 0
            ? filesLeft
            : (long)Math.Ceiling(Math.Max(0, totalBytes - bytesRead) * (double)documentsRead / bytesRead);
        return Math.Max(0, documentsRead - gathered) + unread;
    }
}
