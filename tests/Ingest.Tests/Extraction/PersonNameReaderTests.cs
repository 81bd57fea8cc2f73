using Graph.Ingest.Extraction;

namespace Graph.Ingest.Tests.Extraction;

public class PersonNameReaderTests
{
    private readonly PersonNameReader _reader = new(OfficialLexicons.Default);

    [Theory]
    // Name and what follows it, from seeds/002, seeds/003 and seeds/004.
    [InlineData("陈群伟表示,新能源产业是朝阳产业", "陈群伟")]
    [InlineData("冯毓深入浅出地介绍了家庭暴力的定义和预防", "冯毓")]
    [InlineData("刘刚告诉记者", "刘刚")]
    [InlineData("徐贞习心头一直火热的", "徐贞习")]
    [InlineData("杨小平和宁波银行嘉兴分行代表等专家", "杨小平")]
    [InlineData("王碎社等参加会议", "王碎社")]
    [InlineData("张杰、孙薇、张芳军", "张杰")]
    public void Name_ends_where_a_follower_or_separator_comes(string text, string expected)
    {
        var match = _reader.Read(text, 0);
        Assert.Equal(PersonNameKind.Found, match.Kind);
        Assert.Equal(expected, text[..match.Length]);
    }

    [Theory]
    [InlineData("高兴地说")]
    [InlineData("高质量发展")]
    public void Words_after_a_surname_character_without_a_clear_end_are_not_names(string text) =>
        Assert.NotEqual(PersonNameKind.Found, _reader.Read(text, 0).Kind);

    [Theory]
    [InlineData("关于加强党的作风建设")]
    [InlineData("主持会议并讲话")]
    public void Text_that_opens_without_a_surname_is_no_name(string text) =>
        Assert.Equal(PersonNameKind.None, _reader.Read(text, 0).Kind);
}
