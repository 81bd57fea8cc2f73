using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Tests.Segmentation;

public class SegmenterTagTests
{
    // Seed sentence; pairs copied from @node-rs/jieba 2.0.3 tag(line, true): dictionary tags, "x" for the HMM word 当卓,
    // "eng" for 60GWh, "m" for 110.
    [Theory]
    [InlineData("据介绍", "n")]
    [InlineData(",", "x")]
    [InlineData("的", "uj")]
    [InlineData("当卓", "x")]
    [InlineData("二期", "b")]
    [InlineData("60GWh", "eng")]
    [InlineData("投资", "vn")]
    [InlineData("110", "m")]
    [InlineData("亿元", "m")]
    public void Tags_words_like_node_rs_jieba(string word, string tag)
    {
        var tags = Segmenter.Default.Tag("据介绍,新签约落地的当卓二期项目产能达60GWh,总投资110亿元");
        Assert.Contains(new KeyValuePair<string, string?>(word, tag), tags.Select(t => KeyValuePair.Create(t.Text, t.Tag)));
    }
}
