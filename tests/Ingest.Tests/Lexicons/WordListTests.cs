using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Tests.Lexicons;

public class WordListTests
{
    // Lengths 1, 2, 4 and 70 (none of 3): a search asks the set only for lengths some word has.
    private static readonly string Long = new string('链', 69) + "端";
    private static readonly WordList Words = WordList.FromWords("test", ["港", "港务", "港务集团", "集团", Long]);

    [Theory]
    [InlineData("由港务集团承建", 1, 4)]
    [InlineData("由港务集承建", 1, 2)]
    [InlineData("港口", 0, 1)]
    [InlineData("集团公司", 0, 2)]
    [InlineData("集", 0, 0)]
    [InlineData("承建", 0, 0)]
    [InlineData("", 0, 0)]
    public void The_longest_word_at_a_position(string text, int start, int expected) =>
        Assert.Equal(expected, Words.LongestAt(text, start));

    [Theory]
    [InlineData("由港务集团承建", 5, 4)]
    [InlineData("由港务承建", 3, 2)]
    [InlineData("海港", 2, 1)]
    [InlineData("务集", 2, 0)]
    [InlineData("集团", 0, 0)]
    public void The_longest_word_ending_at_a_position(string text, int end, int expected) =>
        Assert.Equal(expected, Words.LongestEndingAt(text, end));

    [Theory]
    [InlineData("港务集团", true)]
    [InlineData("港务集", false)]
    [InlineData("务集团", false)]
    [InlineData("港团", false)]
    [InlineData("集团", true)]
    public void A_word_is_in_the_list_or_not(string word, bool expected) =>
        Assert.Equal(expected, Words.Contains(word.AsSpan()));

    [Fact]
    public void Words_of_sixty_three_characters_or_more_are_found()
    {
        Assert.True(Words.Contains(Long.AsSpan()));
        Assert.False(Words.Contains(Long.AsSpan(1)));
        Assert.Equal(Long.Length, Words.LongestAt("在" + Long + "处", 1));
        Assert.Equal(Long.Length, Words.LongestEndingAt("在" + Long + "处", Long.Length + 1));
        Assert.Equal(0, Words.LongestAt("在" + Long + "处", 1, minLength: Long.Length + 1));
    }
}
