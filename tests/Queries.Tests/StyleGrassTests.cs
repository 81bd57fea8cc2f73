using System.Text.RegularExpressions;
using Graph.Model;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests;

/// <summary>cypher/style.grass, Browser's style sheet: every rule parses, selectors name only the schema's labels and types.</summary>
public sealed partial class StyleGrassTests
{
    /// <summary>Rules as Browser reads them: selector { property: value; … }, comments between.</summary>
    public static IReadOnlyList<(string Selector, IReadOnlyDictionary<string, string> Properties)> Parse(string text)
    {
        var body = Comment().Replace(text, "");
        var rules = new List<(string, IReadOnlyDictionary<string, string>)>();
        var at = 0;
        foreach (Match rule in Rule().Matches(body))
        {
            Assert.True(string.IsNullOrWhiteSpace(body[at..rule.Index]), $"unparsed text before '{rule.Groups[1].Value}': {body[at..rule.Index].Trim()}");
            at = rule.Index + rule.Length;
            var properties = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var declaration in rule.Groups[2].Value.Split(';').Select(d => d.Trim()).Where(d => d.Length > 0))
            {
                var colon = declaration.IndexOf(':', StringComparison.Ordinal);
                Assert.True(colon > 0, $"'{declaration}' in {rule.Groups[1].Value} is no property: value");
                properties[declaration[..colon].Trim()] = declaration[(colon + 1)..].Trim();
            }

            rules.Add((rule.Groups[1].Value.Trim(), properties));
        }

        Assert.True(string.IsNullOrWhiteSpace(body[at..]), $"unparsed text at the end: {body[at..].Trim()}");
        return rules;
    }

    [Fact]
    public void Style_grass_parses_and_styles_every_label_with_a_caption()
    {
        var rules = Parse(File.ReadAllText(Path.Combine(RepoPaths.Cypher, "style.grass")));
        foreach (var (selector, properties) in rules)
        {
            var parts = selector.Split('.');
            Assert.Contains(parts[0], new[] { "node", "relationship" });
            if (parts.Length == 2)
            {
                Assert.True(parts[0] == "node" ? GraphSchema.TryParseLabel(parts[1], out _) : GraphSchema.TryParseRelation(parts[1], out _), selector);
            }

            Assert.All(properties.Where(p => p.Key.Contains("color", StringComparison.Ordinal)), p => Assert.Matches("^#[0-9A-Fa-f]{6}$", p.Value));
        }

        Assert.All(GraphSchema.Labels, label => Assert.Contains(rules, r => r.Selector == $"node.{label}" && r.Properties.ContainsKey("caption")));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"([A-Za-z_.]+)\s*\{((?:[^{}""]|""[^""]*"")*)\}")]
    private static partial Regex Rule();
}
