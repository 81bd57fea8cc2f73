using Graph.Ingest.Places;

namespace Graph.Ingest.Tests.Places;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Theory]
    [InlineData("平湖", "330482", PlaceLevel.County)]
    [InlineData("秀洲", "330411", PlaceLevel.County)]
    [InlineData("洪合", "330411106", PlaceLevel.Town)]
    [InlineData("广西", "45", PlaceLevel.Province)]
    [InlineData("延边", "2224", PlaceLevel.City)]
    [InlineData("香港", "81", PlaceLevel.Province)]
    public void Short_forms_drop_the_suffix_of_their_level(string shortForm, string code, PlaceLevel level)
    {
        var entry = Assert.Single(Gazetteer.Lookup(shortForm), n => n.Division.Code == code);
        Assert.True(entry.IsShort);
        Assert.Equal(level, entry.Division.Level);
    }

    [Fact]
    public void Hierarchy_runs_from_street_to_province_and_country()
    {
        Assert.Equal(["秀洲区", "嘉兴市", "浙江省", "中国"], Gazetteer.Ancestors("330411003").Select(d => d.Name));
        Assert.Equal("北京市", Gazetteer.Parent("110101")!.Name);
    }

    [Theory]
    [InlineData("330411003")]
    [InlineData("330482")]
    [InlineData("45")]
    public void A_chain_kept_from_an_earlier_lookup_is_the_one_the_parents_give(string code)
    {
        var division = Gazetteer.ByCode(code)!;
        var walked = new List<string>();
        for (var d = Gazetteer.Parent(code); d is not null; d = Gazetteer.Parent(d.Code))
        {
            walked.Add(d.Code);
        }

        Assert.Equal(walked, Gazetteer.AncestorsOf(division).Select(d => d.Code));
        // asked again (kept), and by code: the same chain
        Assert.Same(Gazetteer.AncestorsOf(division), Gazetteer.AncestorsOf(division));
        Assert.Equal(walked, Gazetteer.Ancestors(code).Select(d => d.Code));
        Assert.Empty(Gazetteer.Ancestors("no such code"));
    }

    [Theory]
    [InlineData("朝阳")]
    [InlineData("城南")]
    [InlineData("街道")]
    public void Everyday_words_are_not_short_forms(string word) =>
        Assert.DoesNotContain(Gazetteer.Lookup(word), n => n.IsShort && n.Rule != "bare-town-name");

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        File.WriteAllText(Path.Combine(folder, "zone-suffixes.txt"), "# comment\n经开区\t经济技术开发区\tx\tzone-etdz\n");
        File.WriteAllText(Path.Combine(folder, "name-suffixes.txt"), "公司\n");
        File.WriteAllText(Path.Combine(folder, "zone-generic-words.txt"), "绿色\n");
        var error = Assert.Throws<DataFileException>(() => PlaceRules.Load(folder));
        Assert.Equal(("zone-suffixes.txt", 2), (error.File, error.Line));
    }
}
