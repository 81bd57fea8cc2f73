using Graph.Ingest.Places;

namespace Graph.Ingest.Tests.Places;

public class CharTrieTests
{
    // Keys that are prefixes of one another, share first characters, or stand alone (one character, a surrogate pair).
    private static readonly string[] Keys = ["杭州", "杭州市", "杭州湾", "杭州湾新区", "宁波", "宁", "滨江区", "江", "𠀾字", "ABC"];

    [Theory]
    [InlineData("杭州湾新区与宁波市滨江区江边的𠀾字ABC")]
    [InlineData("杭州杭州市杭州湾新杭州湾新区")]
    [InlineData("没有地名的一句话")]
    [InlineData("")]
    public void Longest_key_at_every_position_is_the_longest_key_the_text_starts_with_there(string text)
    {
        var trie = CharTrie<string>.Build(Keys.Select(k => KeyValuePair.Create(k, "value of " + k)));
        for (var start = 0; start <= text.Length; start++)
        {
            var expected = Keys.Where(k => text.AsSpan(start).StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length);
            var (length, value) = trie.LongestAt(text, start);
            Assert.Equal(expected?.Length ?? 0, length);
            Assert.Equal(expected is null ? null : "value of " + expected, value);
        }
    }

    [Fact]
    public void Many_keys_each_found_whole_and_none_found_in_a_longer_unknown_word()
    {
        // Enough keys that deeper edges collide in the table.
        var keys = Enumerable.Range(0, 5000).Select(i => $"地{(char)('一' + (i % 97))}{(char)('丁' + (i / 97))}名").ToArray();
        var trie = CharTrie<int>.Build(keys.Select((k, i) => KeyValuePair.Create(k, i)));
        for (var i = 0; i < keys.Length; i++)
        {
            Assert.Equal((keys[i].Length, i), trie.LongestAt(keys[i], 0));
            Assert.Equal((0, 0), trie.LongestAt(keys[i][..^1] + "外", 0));
        }
    }
}
