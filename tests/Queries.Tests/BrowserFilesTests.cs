using System.Text.Json;
using System.Text.RegularExpressions;
using Graph.Queries.Catalog;
using Graph.Tests.Shared;

namespace Graph.Queries.Tests;

/// <summary>
/// cypher/browser/*.cypher, the Favorites analysts open in Neo4j Browser: one per canned query, a <c>:param</c> line
/// per argument ending in ';' with a neutral placeholder and a comment saying to replace it, no firm of the seeds or
/// of the development corpus in any shipped Cypher file, and with a seed name in place of each placeholder the
/// query answers rows (here through its embedded twin; on Neo4j in <see cref="Neo4jCatalogTests"/>).
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed partial class BrowserFilesTests(SeedGraph seeds)
{
    /// <summary>Seed names to put in place of each Browser file's placeholders, in argument order.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> SeedArguments = new Dictionary<string, string[]>
    {
        ["suppliers-of"] = ["津上精密"],
        ["customers-of"] = ["亮锐"],
        ["supply-chain"] = ["津上精密"],
        ["cluster-members"] = ["平湖机器人关节零部件中小企业特色产业集群"],
        ["enterprises-in"] = ["平湖"],
        ["investments-in"] = ["南湖区"],
        ["officials-of"] = ["南湖区"],
        ["profile"] = ["亮锐"],
        ["peers"] = ["贝托传动"],
        ["chain-gaps"] = ["平湖机器人关节零部件中小企业特色产业集群"],
        ["path"] = ["亮锐", "平湖市"],
        ["search"] = ["亮锐"],
        ["document-facts"] = ["004_b77296d8b7d8ae71.txt"],
        ["timeline"] = ["南湖区"],
    };

    public static TheoryData<string> Queries() => [.. QueryCatalog.All.Select(q => q.Name)];

    private static string BrowserFile(CannedQuery query) => Path.Combine(RepoPaths.Cypher, query.BrowserFile);

    /// <summary>The :param lines of a Browser file: name → value as written.</summary>
    public static IReadOnlyDictionary<string, string> Params(string text) =>
        ParamLine().Matches(text).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value, StringComparer.Ordinal);

    /// <summary>The query of a Browser file: what follows its comments and :param lines.</summary>
    public static string QueryText(string text) =>
        string.Join('\n', text.Split('\n').Where(l => !l.StartsWith("//", StringComparison.Ordinal) && !l.StartsWith(':'))).Trim().TrimEnd(';');

    [Fact]
    public void Every_canned_query_has_both_cypher_files_and_every_browser_file_a_query()
    {
        Assert.All(QueryCatalog.All, q =>
        {
            Assert.True(File.Exists(Path.Combine(RepoPaths.Cypher, q.CypherFile)), q.CypherFile);
            Assert.True(File.Exists(BrowserFile(q)), q.BrowserFile);
        });
        var names = QueryCatalog.All.Select(q => q.Name + ".cypher").ToHashSet();
        Assert.All(Directory.GetFiles(Path.Combine(RepoPaths.Cypher, "browser"), "*.cypher"), f => Assert.Contains(Path.GetFileName(f), names));
        Assert.Equal(names.Order(), SeedArguments.Keys.Select(k => k + ".cypher").Order());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_cypher_file_takes_exactly_the_parameters_the_program_gives(string name)
    {
        var query = QueryCatalog.Find(name)!;
        var text = File.ReadAllText(Path.Combine(RepoPaths.Cypher, query.CypherFile));
        Assert.DoesNotContain(":param", text);
        var used = Parameter().Matches(text).Select(m => m.Groups[1].Value).ToHashSet();
        var input = new QueryInput(query.Arguments.ToDictionary(a => a.Name, _ => "x"), new Dictionary<string, Graph.Model.Entity>(),
            query.Numbers.ToDictionary(n => n.Name, n => n.Default), 10);
        Assert.Equal(query.CypherParameters(input).Keys.Order(), used.Order());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_argument_has_a_param_line_with_a_placeholder_and_a_comment_to_replace_it(string name)
    {
        var query = QueryCatalog.Find(name)!;
        var text = File.ReadAllText(BrowserFile(query));
        var lines = text.Split('\n');
        Assert.All(lines.Where(l => l.StartsWith(":param", StringComparison.Ordinal)), l => Assert.EndsWith(";", l.TrimEnd()));
        var parameters = Params(text);
        var comments = string.Join(' ', lines.Where(l => l.StartsWith("//", StringComparison.Ordinal)).Select(l => l[2..].Trim()));
        Assert.Contains("replace", comments);
        foreach (var argument in query.Arguments)
        {
            var value = parameters[argument.Name];
            Assert.Matches("^'[^']+'$", value);
            Assert.Contains(value, comments); // the comment names the placeholder it asks to replace
        }

        foreach (var number in query.Numbers)
        {
            Assert.Equal(number.Default.ToString(System.Globalization.CultureInfo.InvariantCulture), parameters[number.Name]);
        }

        // Every parameter the query uses is declared, and nothing else.
        Assert.Equal(Parameter().Matches(QueryText(text)).Select(m => m.Groups[1].Value).Distinct().Order(), parameters.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Placeholders_name_nothing_in_the_seeds(string name)
    {
        var query = QueryCatalog.Find(name)!;
        foreach (var argument in query.Arguments)
        {
            var placeholder = Params(File.ReadAllText(BrowserFile(query)))[argument.Name].Trim('\'');
            Assert.Empty(await seeds.Store.FindByNameAsync(placeholder, CancellationToken.None));
            Assert.Empty(await seeds.Store.SearchAsync(placeholder, 1, CancellationToken.None));
        }
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task With_a_seed_name_in_place_of_the_placeholder_the_query_answers(string name)
    {
        var query = QueryCatalog.Find(name)!;
        var result = await seeds.RunAsync(query, SeedArguments[name]);
        Assert.NotEmpty(result.Rows);
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_browser_guide_carries_each_browser_query_as_it_is(string name)
    {
        // The guide is generated from the Browser files (tools/browser-guide/make-guide.py): run it after editing them.
        var guide = File.ReadAllText(Path.Combine(RepoPaths.Cypher, "guide", "graph-guide.html"));
        var text = File.ReadAllText(BrowserFile(QueryCatalog.Find(name)!));
        Assert.Contains(System.Net.WebUtility.HtmlEncode(QueryText(text)).Replace("&#39;", "&#x27;", StringComparison.Ordinal), guide);
    }

    [Fact]
    public void Shipped_cypher_names_no_firm_of_the_seeds_or_the_development_corpus()
    {
        var firms = new[] { RepoPaths.Gold, Path.Combine(RepoPaths.Root, "eval", "dev", "gold.json") }
            .SelectMany(GoldFirmNames)
            .Where(n => n.Length >= 2)
            .ToHashSet(StringComparer.Ordinal);
        Assert.True(firms.Count > 50, "the gold files list the firms");
        var shipped = Directory.EnumerateFiles(RepoPaths.Cypher, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cypher", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".grass", StringComparison.Ordinal));
        foreach (var file in shipped)
        {
            var text = File.ReadAllText(file);
            Assert.All(firms, firm => Assert.False(text.Contains(firm, StringComparison.Ordinal), $"{Path.GetFileName(file)} names {firm}"));
        }
    }

    private static IEnumerable<string> GoldFirmNames(string path)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(path));
        foreach (var entity in gold.RootElement.GetProperty("entities").EnumerateArray())
        {
            if (entity.GetProperty("type").GetString() is "Enterprise")
            {
                yield return entity.GetProperty("name").GetString()!;
                if (entity.TryGetProperty("aliases", out var aliases))
                {
                    foreach (var alias in aliases.EnumerateArray())
                    {
                        yield return alias.GetString()!;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^:param\s+(\w+)\s*=>\s*(.+?);\s*$", RegexOptions.Multiline)]
    private static partial Regex ParamLine();

    [GeneratedRegex(@"\$(\w+)")]
    private static partial Regex Parameter();
}
