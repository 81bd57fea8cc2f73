namespace Graph.Ingest.Segmentation;

/// <summary>Per-thread buffers of the segmenter, grown on demand and reused, so a sentence allocates no arrays.</summary>
internal sealed class SegmentScratch
{
    [ThreadStatic]
    private static SegmentScratch? _current;

    /// <summary>Block-relative char offset of each code point start.</summary>
    public int[] Starts = new int[256];

    /// <summary>For the k-th code point start, its DAG edges are [EdgeFrom[k], EdgeFrom[k + 1]).</summary>
    public int[] EdgeFrom = new int[257];

    /// <summary>Block-relative end offset and word id of each DAG edge.</summary>
    public int[] EdgeEnd = new int[1024];
    public int[] EdgeWord = new int[1024];

    /// <summary>Best log probability from an offset to the block end, where its first word ends, and that word's id (-1: a char no word starts with).</summary>
    public double[] RouteProb = new double[257];
    public int[] RouteEnd = new int[257];
    public int[] RouteWord = new int[257];

    public double[] Viterbi = new double[1024];
    public byte[] ViterbiFrom = new byte[1024];
    public byte[] ViterbiPath = new byte[256];

    public List<TokenSpan> Spans { get; } = new(256);

    public static SegmentScratch ForCurrentThread() => _current ??= new SegmentScratch();

    /// <summary>Makes room for a route block of <paramref name="length"/> chars.</summary>
    public void EnsureBlock(int length)
    {
        if (Starts.Length < length)
        {
            int size = Math.Max(length, Starts.Length * 2);
            Starts = new int[size];
            EdgeFrom = new int[size + 1];
            RouteProb = new double[size + 1];
            RouteEnd = new int[size + 1];
            RouteWord = new int[size + 1];
        }
    }

    public void GrowEdges()
    {
        Array.Resize(ref EdgeEnd, EdgeEnd.Length * 2);
        Array.Resize(ref EdgeWord, EdgeWord.Length * 2);
    }

    /// <summary>Makes room for Viterbi over <paramref name="length"/> chars.</summary>
    public void EnsureViterbi(int length)
    {
        if (ViterbiPath.Length < length)
        {
            int size = Math.Max(length, ViterbiPath.Length * 2);
            ViterbiPath = new byte[size];
            Viterbi = new double[size * 4];
            ViterbiFrom = new byte[size * 4];
        }
    }
}
