using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Tests.Segmentation;

public sealed class DictionaryTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("segmenter-tests-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Added_word_changes_the_cut()
    {
        var segmenter = Segmenter.LoadDefault();
        Assert.DoesNotContain("轻纺集群", Texts(segmenter.Cut("当轻纺集群遇上产改")));

        // jieba's suggest_freq: just enough for the joined word to beat 轻纺 + 集群 (here 1, as their product is tiny).
        long suggested = segmenter.SuggestFreq("轻纺集群");
        long freq = segmenter.AddWord("轻纺集群", tag: "nz");

        Assert.Equal(suggested, freq);
        Assert.Equal(new[] { "当", "轻纺集群", "遇上", "产改" }, Texts(segmenter.Cut("当轻纺集群遇上产改")));
        Assert.Contains(segmenter.Tag("当轻纺集群遇上产改"), t => t is { Text: "轻纺集群", Tag: "nz" });
    }

    [Fact]
    public void User_dictionary_file_adds_words_with_and_without_frequency()
    {
        var segmenter = Segmenter.LoadDefault();
        string path = Write("user.txt", "当卓科技 nz\n\n年产60GWh 10 n\n");

        segmenter.LoadUserDictionary(path);

        var tokens = segmenter.Tag("当卓科技年产60GWh新型电池");
        Assert.Equal("当卓科技", tokens[0].Text);
        Assert.Equal("nz", tokens[0].Tag);
        Assert.Equal("年产60GWh", tokens[1].Text);
    }

    [Fact]
    public void Malformed_main_dictionary_line_names_file_and_line()
    {
        string dict = Write("dict.txt", "中国 100 ns\n北京 50 ns\n上海 many ns\n");
        string hmm = Path.Combine(Segmenter.DefaultResourceFolder, "hmm_model.utf8");

        var error = Assert.Throws<DictionaryFormatException>(() => Segmenter.Load(dict, hmm));

        Assert.Equal(dict, error.Path);
        Assert.Equal(3, error.LineNumber);
        Assert.StartsWith($"{dict}:3:", error.Message);
    }

    [Fact]
    public void Malformed_hmm_model_line_names_file_and_line()
    {
        string dict = Write("dict.txt", "中国 100 ns\n");
        string hmm = Write("hmm_model.utf8", "#prob_start\n-0.26 -3.14e+100 -3.14e+100 -1.46\n#prob_trans\n-3.14e+100 -0.51 oops -3.14e+100\n");

        var error = Assert.Throws<DictionaryFormatException>(() => Segmenter.Load(dict, hmm));

        Assert.Equal(hmm, error.Path);
        Assert.Equal(4, error.LineNumber);
    }

    [Fact]
    public void Malformed_user_dictionary_line_names_source_and_line()
    {
        var segmenter = Segmenter.LoadDefault();

        var error = Assert.Throws<DictionaryFormatException>(
            () => segmenter.LoadUserDictionary(new StringReader("好词 5 n\n坏词 five n\n"), "extractor-words"));

        Assert.Equal("extractor-words", error.Path);
        Assert.Equal(2, error.LineNumber);
    }

    [Fact]
    public void Small_dictionary_routes_by_frequency()
    {
        // 南京市 + 长江大桥 outweighs 南京 + 市长 + 江大桥 only because of the frequencies given here.
        string dict = Write("dict.txt", "南京 10 ns\n南京市 20 ns\n市长 50 n\n长江 30 ns\n长江大桥 40 ns\n大桥 10 n\n江大桥 1 nr\n");
        var segmenter = Segmenter.Load(dict, Path.Combine(Segmenter.DefaultResourceFolder, "hmm_model.utf8"));

        Assert.Equal(new[] { "南京市", "长江大桥" }, Texts(segmenter.Cut("南京市长江大桥", hmm: false)));

        // Frequency 0 takes a word out of every route (ln 0 = -inf), which is how jieba's del_word works.
        segmenter.AddWord("南京市", 0);
        Assert.Equal(new[] { "南京", "市长", "江大桥" }, Texts(segmenter.Cut("南京市长江大桥", hmm: false)));
    }

    [Fact]
    public void Compiled_cache_is_used_and_rebuilt_when_the_text_changes()
    {
        string hmm = Path.Combine(Segmenter.DefaultResourceFolder, "hmm_model.utf8");
        string dict = Write("dict.txt", "南京 10 ns\n南京市 20 ns\n市长 50 n\n长江 30 ns\n长江大桥 40 ns\n大桥 10 n\n江大桥 1 nr\n");
        var first = Segmenter.Load(dict, hmm);
        Assert.True(File.Exists(dict + ".compiled"));

        var second = Segmenter.Load(dict, hmm);
        Assert.Equal(Texts(first.Tag("南京市长江大桥", hmm: false)), Texts(second.Tag("南京市长江大桥", hmm: false)));
        Assert.Equal("ns", second.Tag("南京市长江大桥", hmm: false)[0].Tag);

        File.WriteAllText(dict, "南京 10 ns\n南京市 20 ns\n市长 50 n\n长江 30 ns\n长江大桥 40 ns\n大桥 10 n\n江大桥 100000 nr\n南京市长 1 n\n");
        File.SetLastWriteTimeUtc(dict, DateTime.UtcNow.AddMinutes(1));
        var third = Segmenter.Load(dict, hmm);
        Assert.Equal(8, third.WordCount);
    }

    private string Write(string name, string content)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Texts(IReadOnlyList<Token> tokens) => tokens.Select(t => t.Text).ToArray();
}
