using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Tests.Lexicons;

public class SurfaceTrieTests
{
    private static SurfaceTrie<string> Trie(params string[] surfaces)
    {
        var trie = new SurfaceTrie<string>();
        foreach (var surface in surfaces)
        {
            trie.Add(surface, $"<{surface}>");
        }

        return trie;
    }

    [Theory]
    [InlineData("星河精工发布公告", 0, "星河精工")]
    [InlineData("星河精工发布公告", 1, null)]
    [InlineData("由星河承建", 1, "星河")]
    [InlineData("星河精", 0, "星河")]
    [InlineData("星", 0, null)]
    [InlineData("河图科技", 0, "河图科技")]
    [InlineData("河图科", 0, null)]
    [InlineData("", 0, null)]
    public void The_longest_surface_at_a_position_is_found(string text, int start, string? expected)
    {
        var trie = Trie("星河", "星河精工", "星河精工集团", "河图科技");
        var (length, value) = trie.LongestAt(text, start);
        Assert.Equal(expected, length == 0 ? null : text.Substring(start, length));
        Assert.Equal(expected is null ? null : $"<{expected}>", value);
    }

    [Fact]
    public void Surfaces_added_after_a_lookup_are_found_and_values_replaced()
    {
        var trie = Trie("云帆");
        Assert.Equal(2, trie.LongestAt("云帆物流", 0).Length);
        trie.Add("云帆物流", "late");
        trie.Add("云帆", "again");
        Assert.Equal((4, "late"), trie.LongestAt("云帆物流", 0));
        Assert.Equal((2, "again"), trie.LongestAt("云帆航运", 0));
        Assert.Equal(2, trie.Count);
    }

    [Fact]
    public void Matches_are_left_to_right_and_do_not_overlap()
    {
        var trie = Trie("长岭", "长岭新材", "新材", "材料");
        Assert.Equal([(0, 4, "<长岭新材>"), (4, 2, "<材料>")], trie.Matches("长岭新材材料"));
        Assert.Empty(Trie().Matches("长岭新材"));
    }
}
