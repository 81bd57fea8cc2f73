using Graph.Ingest.Annotation;
using Graph.Ingest.Tests.Patterns;

namespace Graph.Ingest.Tests.Annotation;

/// <summary>
/// The annotator's title scan looks only at characters a title or a title's modifier starts with: every title is still
/// found with its modifiers and the titles joined to it, and the person named after it (names invented).
/// </summary>
public class TitleScanTests
{
    private static List<(string Kind, string Text)> Titled(string text, params string[] firms)
    {
        var sentence = PatternEngineTests.Annotate(text, firms);
        return [.. sentence.Elements.Where(e => e.Kind is ElementKind.Title or ElementKind.Person)
            .Select(e => (e.Kind.ToString(), text[e.Start..e.End]))];
    }

    [Theory]
    [InlineData("甲乙科技董事长方远舟表示祝贺。", "Title 董事长|Person 方远舟")]
    [InlineData("甲乙科技副总经理方远舟出席。", "Title 副总经理|Person 方远舟")]
    [InlineData("甲乙科技董事长兼总经理方远舟出席。", "Title 董事长兼总经理|Person 方远舟")]
    [InlineData("会上，常务副市长方远舟作了讲话。", "Title 常务副市长|Person 方远舟")]
    [InlineData("会上，甲乙科技总工程师方远舟、丙丁汽车总经理李明华先后发言。", "Title 总工程师|Person 方远舟|Title 总经理|Person 李明华")]
    [InlineData("甲乙科技今年持续扩大产能。", "")]
    [InlineData("", "")]
    public void Titles_and_the_names_after_them_are_read(string text, string expected)
    {
        var found = Titled(text, "甲乙科技", "丙丁汽车");
        Assert.Equal(expected, string.Join('|', found.Select(f => $"{f.Kind} {f.Text}")));
    }
}
