using Graph.Ingest.Text;

namespace Graph.Ingest.Tests.Text;

public sealed class OffsetMapTests
{
    [Theory]
    [InlineData(new[] { 7 })]
    [InlineData(new[] { 10, 11, 12, 13 })]
    [InlineData(new[] { 10, 11, 20, 21, 22, 40 })]
    [InlineData(new[] { 5, 6, 6, 7, 3 })]
    public void Maps_each_character_to_the_offset_it_was_given(int[] offsets)
    {
        var map = OffsetMap.Of(offsets);

        Assert.Equal(offsets.Length, map.Length);
        Assert.Equal(offsets, Enumerable.Range(0, offsets.Length).Select(i => map[i]));
    }

    [Theory]
    [InlineData(new[] { 10, 11, 12, 13 })]
    [InlineData(new[] { 10, 11, 20, 21, 22, 40 })]
    [InlineData(new[] { 5, 6, 6, 7, 3 })]
    public void A_slice_is_the_map_of_the_sliced_offsets(int[] offsets)
    {
        var map = OffsetMap.Of(offsets);
        for (var start = 0; start <= offsets.Length; start++)
        {
            for (var end = start; end <= offsets.Length; end++)
            {
                var expected = OffsetMap.Of(offsets.AsSpan(start, end - start));
                var slice = map.Slice(start, end);
                Assert.Equal((expected.Length, expected.First), (slice.Length, slice.First));
                Assert.Equal(expected.Breaks.AsEnumerable(), slice.Breaks.AsEnumerable());
            }
        }
    }

    [Fact]
    public void Keeps_one_entry_per_break_not_one_per_character()
    {
        var joined = Enumerable.Range(100, 30).Concat(Enumerable.Range(200, 20)).ToArray();

        Assert.Single(OffsetMap.Of(joined).Breaks);
        Assert.Empty(OffsetMap.Of(Enumerable.Range(0, 50).ToArray()).Breaks);
    }

    [Fact]
    public void A_sentence_starts_and_ends_where_its_offsets_say()
    {
        var sentence = new Sentence(0, "甲乙丙丁", [3, 4, 9, 10]);

        Assert.Equal(3, sentence.Start);
        Assert.Equal(11, sentence.End);
        Assert.Equal(9, sentence.OriginalOffset(2));
        Assert.Equal(11, sentence.OriginalOffset(4));
        Assert.Throws<ArgumentOutOfRangeException>(() => sentence.Offsets[4]);
    }
}
