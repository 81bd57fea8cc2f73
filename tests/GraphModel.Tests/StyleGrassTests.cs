using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Tests.Shared;

namespace Graph.GraphModel.Tests;

/// <summary>cypher/style.grass parses as Browser's grass (selector { property: value; … }) and names only the schema's labels and types.</summary>
public sealed partial class StyleGrassTests
{
    private static readonly HashSet<string> Properties =
    [
        "diameter", "color", "border-color", "border-width", "text-color-internal", "text-color-external", "font-size",
        "caption", "shaft-width", "padding",
    ];

    [Fact]
    public void Every_rule_parses_and_names_a_label_or_type_of_the_schema()
    {
        var text = CommentPattern().Replace(File.ReadAllText(Path.Combine(RepoPaths.Cypher, "style.grass")), "");
        var rules = RulePattern().Matches(text);
        Assert.Equal(text.Count(c => c == '{' ) - CaptionBraces(text), rules.Count);
        Assert.Equal("", RulePattern().Replace(text, "").Trim());

        var labels = Enum.GetNames<NodeLabel>().ToHashSet();
        var types = Enum.GetNames<RelationType>().ToHashSet();
        foreach (Match rule in rules)
        {
            var selector = rule.Groups["selector"].Value.Trim();
            var parts = selector.Split('.', 2);
            Assert.True(parts[0] is "node" or "relationship", $"selector {selector}");
            if (parts.Length == 2)
            {
                Assert.Contains(parts[1], parts[0] == "node" ? labels : types);
            }

            foreach (var declaration in rule.Groups["body"].Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var (name, value) = declaration.Split(':', 2) is [var n, var v] ? (n.Trim(), v.Trim()) : (declaration, "");
                Assert.Contains(name, Properties);
                Assert.NotEqual("", value);
                if (name == "caption")
                {
                    Assert.Matches("^\"(\\{(name|fileName)\\}|<type>|)\"$", value);
                }
                else if (name.Contains("color", StringComparison.Ordinal))
                {
                    Assert.Matches("^#[0-9A-Fa-f]{6}$", value);
                }
                else
                {
                    Assert.Matches("^[0-9]+px$", value);
                }
            }
        }

        Assert.Contains(rules, r => r.Groups["selector"].Value.Trim() == "node.Enterprise");
    }

    private static int CaptionBraces(string text) => CaptionPattern().Matches(text).Count;

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    [GeneratedRegex(@"(?<selector>[A-Za-z_.]+)\s*\{(?<body>(?:[^{}]|\{[A-Za-z]+\})*)\}")]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"""\{[A-Za-z]+\}""")]
    private static partial Regex CaptionPattern();
}
