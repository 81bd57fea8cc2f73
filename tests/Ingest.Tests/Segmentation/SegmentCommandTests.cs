using Graph.Ingest.Cli;
using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Tests.Segmentation;

public class SegmentCommandTests
{
    // Expected JSON built from @node-rs/jieba 2.0.3 cut(line, true) / tag(line, true) on the same lines.
    [Theory]
    [InlineData("", false, "[]")]
    [InlineData("ICBC 中国工商银行", false, """["ICBC"," ","中国工商银行"]""")]
    [InlineData("ICBC 中国工商银行", true, """[["ICBC","eng"],[" ","x"],["中国工商银行","nt"]]""")]
    [InlineData("通讯员 杨扬\r", false, """["通讯员"," ","杨扬","\r"]""")]
    public void Prints_one_json_array_per_line(string line, bool pos, string expected)
    {
        Assert.Equal(expected, SegmentCommand.Format(Segmenter.Default, line, pos, hmm: true));
    }

    [Fact]
    public void Lines_are_split_on_newline_only_and_keep_carriage_returns()
    {
        Assert.Equal(new[] { "a\r", "", "b" }, InputLines.Split("a\r\n\nb\n"));
        Assert.Equal(new[] { "a", "b" }, InputLines.Split("a\nb"));
        Assert.Empty(InputLines.Split(""));
    }
}
