using Graph.Ingest.Segmentation;

namespace Graph.Ingest.Tests.Segmentation;

public class SentenceTokensTests
{
    // Seed-like sentences with every kind of edge: full- and half-width clause marks, 、 lists, 等 inside a Han run,
    // Latin and digits next to Han, a CR LF, a supplementary-plane character.
    [Theory]
    [InlineData("汇聚欣兴工具、恒锋工具等龙头企业,客户包括星河汽车、蓝海电子和华锐精工。")]
    [InlineData("据介绍，新签约落地的当卓二期项目产能达60GWh，总投资110亿元；预计2026年投产！")]
    [InlineData("A、B等46家企业\r\n与C签约：𠀾字之后还有3.5%的增长")]
    public void Every_range_gives_the_tokens_the_segmenter_gives_its_text(string sentence)
    {
        var segmenter = Segmenter.Default;
        var shared = new SentenceTokens(segmenter).Read(sentence);
        // Ranges asked in an order that makes later ones slices of earlier ones (a clause, then the pieces inside it).
        for (var length = sentence.Length; length >= 1; length--)
        {
            for (var start = 0; start + length <= sentence.Length; start++)
            {
                var expected = segmenter.Tag(sentence[start..(start + length)]);
                Assert.Equal(expected, shared.Tag(start, start + length));
            }
        }
    }

    // The same sentences taken from the batch's segmentation: ranges asked short ones first, so that each range of a
    // sentence the batch holds is cut from the whole sentence's tokens, not from an earlier range.
    [Theory]
    [InlineData("汇聚欣兴工具、恒锋工具等龙头企业,客户包括星河汽车、蓝海电子和华锐精工。")]
    [InlineData("据介绍，新签约落地的当卓二期项目产能达60GWh，总投资110亿元；预计2026年投产！")]
    [InlineData("A、B等46家企业\r\n与C签约：𠀾字之后还有3.5%的增长")]
    public void Every_range_of_a_sentence_the_batch_segmented_gives_the_tokens_the_segmenter_gives_its_text(string sentence)
    {
        var segmenter = Segmenter.Default;
        for (var length = 1; length <= sentence.Length; length++)
        {
            for (var start = 0; start + length <= sentence.Length; start++)
            {
                // A new reader per range: nothing earlier to slice from but the batch's tokens.
                var shared = new SentenceTokens(segmenter, SegmentedSentences.Of(segmenter, [sentence])).Read(sentence);
                Assert.Equal(segmenter.Tag(sentence[start..(start + length)]), shared.Tag(start, start + length));
            }
        }
    }

    [Fact]
    public void The_batch_gives_a_sentence_the_tokens_the_segmenter_gives_it_and_nothing_for_another_instance_or_segmenter()
    {
        const string sentence = "星河汽车的座椅由华锐精工供应，2025年交付3.5万套。";
        var segmenter = Segmenter.Default;
        var batch = SegmentedSentences.Of(segmenter, ["另一句话。", sentence]);
        var expected = new List<TaggedSpan>();
        segmenter.TagInto(sentence, expected);
        var tokens = new List<TaggedSpan> { new(0, 1, "x") };
        Assert.True(batch.TryTag(segmenter, sentence, tokens));
        Assert.Equal(expected, tokens);
        // An equal text in another string is not the batch's sentence; neither is the sentence for another segmenter.
        Assert.False(batch.TryTag(segmenter, new string(sentence.AsSpan()), tokens));
        Assert.False(batch.TryTag(Segmenter.LoadDefault(), sentence, tokens));
        Assert.Equal(expected, tokens);
    }

    [Fact]
    public void Reading_a_new_sentence_forgets_the_last_ones_tokens()
    {
        var shared = new SentenceTokens(Segmenter.Default);
        shared.Read("星河汽车,蓝海电子").Tag(0, 4);
        var tokens = shared.Read("华锐精工,客户").Tag(0, 4);
        Assert.Equal(Segmenter.Default.Tag("华锐精工"), tokens);
    }

    [Fact]
    public void A_one_character_word_met_again_in_a_later_sentence_is_the_same_string()
    {
        var shared = new SentenceTokens(Segmenter.Default);
        var first = shared.Read("星河汽车和蓝海电子。").Tag(0, 10);
        var second = shared.Read("客户和供应商都来了。").Tag(0, 10);
        var and = Assert.Single(first, t => t.Text == "和").Text;
        Assert.Same(and, Assert.Single(second, t => t.Text == "和").Text);
    }
}
