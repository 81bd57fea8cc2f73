using Graph.Ingest.Worker;

namespace Graph.Ingest.Tests.Worker;

/// <summary>The stream's transactions: small and doubling at the start, full in between, halving to a small last one.</summary>
public sealed class TransactionSizesTests
{
    private static readonly TransactionSizes Sizes = new(Largest: 1024, Smallest: 64);

    /// <summary>Cuts <paramref name="documents"/> into transactions as the stream does, knowing exactly what is to come.</summary>
    private static List<int> Cut(TransactionSizes sizes, int documents)
    {
        var cuts = new List<int>();
        int pending = 0;
        for (int written = 0, gathered = 0; gathered < documents;)
        {
            pending++;
            gathered++;
            if (pending >= sizes.Size(cuts.Count, documents - written))
            {
                cuts.Add(pending);
                written += pending;
                pending = 0;
            }
        }

        if (pending > 0)
        {
            cuts.Add(pending);
        }

        return cuts;
    }

    [Fact]
    public void The_first_transactions_double_up_to_the_largest()
    {
        var cuts = Cut(Sizes, 100_000);
        Assert.Equal([64, 128, 256, 512, 1024, 1024], cuts.Take(6));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(10_000)]
    [InlineData(2_000)]
    [InlineData(1_000)]
    [InlineData(65)]
    [InlineData(1)]
    public void Every_document_is_written_once_and_the_last_transaction_is_small(int documents)
    {
        var cuts = Cut(Sizes, documents);

        Assert.Equal(documents, cuts.Sum());
        Assert.All(cuts, c => Assert.InRange(c, 1, 1024));
        Assert.InRange(cuts[^1], 1, 2 * 64);
        // Beyond the ramp and the halving tail (about log2(1024 / 64) transactions each) every transaction is full.
        Assert.InRange(cuts.Count(c => c < 1024), 0, 12);
    }

    [Fact]
    public void A_largest_below_the_smallest_is_every_size()
    {
        var cuts = Cut(new TransactionSizes(Largest: 3, Smallest: 8), 25);
        Assert.All(cuts.SkipLast(1), c => Assert.Equal(3, c));
        Assert.Equal(25, cuts.Sum());
    }

    [Fact]
    public void What_is_to_come_counts_documents_read_but_not_gathered_and_unread_bytes_at_the_rate_so_far()
    {
        // 10 documents in 1,000 bytes read, 4 gathered; 2,000 bytes unread at 1 document per 100 bytes.
        Assert.Equal(6 + 20, TransactionSizes.ToCome(documentsRead: 10, gathered: 4, bytesRead: 1_000, totalBytes: 3_000, filesLeft: 7));
        // Nothing read yet: a document per file.
        Assert.Equal(7, TransactionSizes.ToCome(documentsRead: 0, gathered: 0, bytesRead: 0, totalBytes: 3_000, filesLeft: 7));
        // One feed file of 5,000 documents, read whole: what is to come is what it holds, not its (nil) unread bytes.
        Assert.Equal(4_000, TransactionSizes.ToCome(documentsRead: 5_000, gathered: 1_000, bytesRead: 9_000, totalBytes: 9_000, filesLeft: 0));
    }
}
