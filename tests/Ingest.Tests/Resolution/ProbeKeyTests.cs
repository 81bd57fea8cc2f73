using Graph.Ingest.Resolution;
using Graph.Ingest.Segmentation;
using Graph.Model;
using Graph.Tests.Shared;

namespace Graph.Ingest.Tests.Resolution;

/// <summary>The name keys a window probes the store with: every token-bounded span, each normalized as a name key.</summary>
public sealed class ProbeKeyTests
{
    private static readonly StoreIdentity Identity = StoreIdentity.CreateDefault();

    /// <summary>The keys by the definition: each span of up to six name tokens and 24 characters, through NameKey.Normalize.</summary>
    private static HashSet<string> Reference(string text)
    {
        static bool IsNamePart(string token) =>
            token.Length > 0 && token.All(c => char.IsLetterOrDigit(c) || c is '(' or ')' or '（' or '）' or '·' or '-');

        var tokens = Segmenter.Default.Cut(text);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            for (var j = i; j < tokens.Count && j - i < 6 && IsNamePart(tokens[i].Text) && IsNamePart(tokens[j].Text); j++)
            {
                var length = tokens[j].End - tokens[i].Start;
                if (length > 24)
                {
                    break;
                }

                if (length >= 2)
                {
                    keys.Add(NameKey.Normalize(text[tokens[i].Start..tokens[j].End]));
                }
            }
        }

        return keys;
    }

    [Theory]
    [InlineData("苏州华锐精工机械有限公司与ＡＢＣ科技（深圳）有限公司签约，华锐精工供应转向节。")]
    [InlineData("Ｘ光机厂商ＧＥ医疗和 ABC Co 在 3 号厂房合作，产能１２万台；李·明任董事长。")]
    [InlineData("㐀㐁科技、丽江（纳西族）公司和Ⅳ期工程，全角数字２０２６年，兼容汉字﨑山公司。")]
    public void The_keys_of_a_text_are_those_of_the_definition(string text) =>
        Assert.Equal(Reference(text).Order(StringComparer.Ordinal), Identity.ProbeKeys(text).Order(StringComparer.Ordinal));

    [Fact]
    public void The_keys_of_the_seed_pages_together_are_the_union_of_each_pages_keys()
    {
        var texts = Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();

        var together = Identity.ProbeKeys(texts);

        Assert.True(together.Count > 1_000, $"only {together.Count} keys");
        Assert.Equal(texts.SelectMany(Reference).ToHashSet(StringComparer.Ordinal).Order(StringComparer.Ordinal), together.Order(StringComparer.Ordinal));
    }
}
