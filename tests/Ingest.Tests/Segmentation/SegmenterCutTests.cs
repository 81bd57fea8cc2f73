using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Tests.Segmentation;

public class SegmenterCutTests
{
    private static Segmenter Segmenter => Graph.Ingest.Segmentation.Segmenter.Default;

    // Seed sentences; expected tokens copied from @node-rs/jieba 2.0.3 cut(line, true).
    [Theory]
    [InlineData("当轻纺集群遇上产改,嘉兴找到双赢解法", new[] { "当", "轻纺", "集群", "遇上", "产改", ",", "嘉兴", "找到", "双赢", "解法" })]
    [InlineData("21.53亩工业用地上的“含金量”", new[] { "21.53", "亩", "工业用地", "上", "的", "“", "含金量", "”" })]
    [InlineData("ICBC 中国工商银行", new[] { "ICBC", " ", "中国工商银行" })]
    [InlineData("据介绍,新签约落地的当卓二期项目产能达60GWh,总投资110亿元,预计2027年下半年建成投产。",
        new[] { "据介绍", ",", "新", "签约", "落地", "的", "当卓", "二期", "项目", "产能", "达", "60GWh", ",", "总", "投资", "110", "亿元", ",", "预计", "2027", "年", "下半年", "建成投产", "。" })]
    public void Cuts_seed_sentences_like_node_rs_jieba(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(Segmenter.Cut(text)));
    }

    // A char in no dictionary word and no HMM table makes Viterbi's candidates tie exactly; jieba-rs gives the tie to
    // the later state (B < E < M < S). Expected tokens copied from @node-rs/jieba 2.0.3 cut(text, true).
    [Theory]
    [InlineData("螦一扫", new[] { "螦", "一", "扫" })]
    [InlineData("增蝭收同频", new[] { "增", "蝭", "收", "同", "频" })]
    [InlineData("螦螦", new[] { "螦", "螦" })]
    public void Viterbi_ties_go_to_the_later_state(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(Segmenter.Cut(text)));
    }

    // Seed sentence; expected tokens copied from @node-rs/jieba 2.0.3: the HMM joins the names the dictionary lacks.
    [Theory]
    [InlineData(true, new[] { "通讯员", " ", "杨扬", " ", "李理" })]
    [InlineData(false, new[] { "通讯员", " ", "杨", "扬", " ", "李", "理" })]
    public void Hmm_joins_unknown_names(bool hmm, string[] expected)
    {
        Assert.Equal(expected, Texts(Segmenter.Cut("通讯员 杨扬 李理", hmm)));
    }

    // Seed sentence; expected tokens copied from @node-rs/jieba 2.0.3 cut(line, true) and cut(line, false).
    [Theory]
    [InlineData(true, new[] { "“", "标准", "地", "”", "控制", "指标", "高出", "20%", "以上", ",", "真正", "实现", "“", "寸土", "生", "寸金", "”", "。" })]
    [InlineData(false, new[] { "“", "标准", "地", "”", "控制", "指标", "高出", "20", "%", "以上", ",", "真正", "实现", "“", "寸土", "生", "寸金", "”", "。" })]
    public void Percent_stays_one_token_with_hmm(bool hmm, string[] expected)
    {
        Assert.Equal(expected, Texts(Segmenter.Cut("“标准地”控制指标高出20%以上,真正实现“寸土生寸金”。", hmm)));
    }

    [Fact]
    public void Thirty_percent_is_one_token()
    {
        Assert.Contains("30%", Texts(Segmenter.Cut("费用较传统充电优惠30%以上")));
    }

    // Expected tokens copied from @node-rs/jieba 2.0.3: every whitespace char is its own token, "\r\n" one token.
    [Theory]
    [InlineData("■ 晚报记者 王 一", new[] { "■", " ", "晚报", "记者", " ", "王", " ", "一" })]
    [InlineData("a  b\r\nc\t中文", new[] { "a", " ", " ", "b", "\r\n", "c", "\t", "中文" })]
    public void Whitespace_is_kept_as_tokens(string text, string[] expected)
    {
        Assert.Equal(expected, Texts(Segmenter.Cut(text)));
    }

    [Fact]
    public void Empty_text_has_no_tokens()
    {
        Assert.Empty(Segmenter.Cut(""));
    }

    [Fact]
    public void Chars_outside_the_bmp_stay_whole_and_offsets_count_utf16_units()
    {
        var tokens = Segmenter.Cut("我们👪叛徒𠀀");
        Assert.Equal(new[] { "我们", "👪", "叛徒", "𠀀" }, Texts(tokens));
        Assert.Equal((2, 4), (tokens[1].Start, tokens[1].End));
        Assert.Equal((6, 8), (tokens[3].Start, tokens[3].End));
    }

    [Fact]
    public void Offsets_round_trip_on_every_seed_line()
    {
        foreach (string line in SeedReference.SeedLines())
        {
            int expectedStart = 0;
            foreach (var token in Segmenter.Cut(line))
            {
                Assert.Equal(expectedStart, token.Start);
                Assert.Equal(token.Text, line.Substring(token.Start, token.End - token.Start));
                Assert.Null(token.Tag);
                expectedStart = token.End;
            }

            Assert.Equal(line.Length, expectedStart);
        }
    }

    [Fact]
    public void Concurrent_cuts_equal_sequential_cuts()
    {
        var lines = SeedReference.SeedLines().Where(l => l.Length > 0).ToArray();
        var sequential = lines.Select(l => string.Join('|', Texts(Segmenter.Cut(l)))).ToArray();

        var concurrent = new string[lines.Length];
        Parallel.For(0, lines.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            concurrent[i % lines.Length] = string.Join('|', Texts(Segmenter.Cut(lines[i % lines.Length]))));

        Assert.Equal(sequential, concurrent);
    }

    private static string[] Texts(IReadOnlyList<Token> tokens) => tokens.Select(t => t.Text).ToArray();
}
