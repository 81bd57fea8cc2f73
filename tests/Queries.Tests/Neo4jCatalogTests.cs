using DotNet.Testcontainers.Builders;
using Graph.Ingest.Extraction;
using Graph.Ingest.Sources;
using Graph.Ingest.Worker;
using Graph.Queries.Catalog;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Tests.Shared;
using Microsoft.Extensions.Logging.Abstractions;
using Graph.Ingest.Pipeline;

namespace Graph.Queries.Tests;

/// <summary>
/// The catalog's fidelity on a real Neo4j 5.26 (Testcontainers; skipped where no Docker engine answers): the seeds
/// ingested into Neo4j and into the embedded store; every cypher/NAME.cypher file run on Neo4j answers what the
/// twin answers on SQLite, the twin over the Neo4j store interface answers the same, and every Browser file's query
/// with seed names in place of its placeholders answers rows.
/// </summary>
[Collection(SeedGraphCollection.Name)]
public sealed class Neo4jCatalogTests(SeedGraph seeds)
{
    private const string Password = "catalog-test-pw";

    /// <summary>Columns left out of the comparison: among equally short paths, or in list order, the two may choose differently.</summary>
    private static readonly IReadOnlyDictionary<string, string[]> Unordered = new Dictionary<string, string[]>
    {
        ["supply-chain"] = ["path"],
        ["enterprises-in"] = ["within"],
        ["profile"] = ["details"],
        ["peers"] = ["via"],
        ["search"] = ["aliases"],
        ["path"] = ["path", "step"],
    };

    private static CancellationToken Ct => new CancellationTokenSource(TimeSpan.FromMinutes(10)).Token;

    private static List<string> Keys(CannedQuery query, QueryResult result)
    {
        var columns = query.Columns.Where(c => c != "evidence" && !Unordered.GetValueOrDefault(query.Name, []).Contains(c)).ToList();
        return result.Rows
            .Select(r => string.Join(" | ", columns.Select(c => $"{c}={Output.ResultWriter.Text(r.GetValueOrDefault(c))}")) + $" | evidence={r.Evidence.Count > 0}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    [SkippableFact]
    public async Task Every_cypher_file_answers_on_neo4j_what_its_twin_answers_on_the_embedded_store()
    {
        Skip.IfNot(Neo4jContainer.DockerEngineAnswers(), "no Docker engine answers on its socket");
        await using var container = new ContainerBuilder(Neo4jContainer.Image)
            .WithEnvironment("NEO4J_AUTH", $"neo4j/{Password}")
            .WithPortBinding(7474, true)
            .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
            .Build();
        await container.StartAsync(Ct);
        var options = new Neo4jOptions { Uri = $"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}", Password = Password };
        await using var neo4j = Neo4jServiceCollectionExtensions.Create(options, batchSize: 500);
        await neo4j.EnsureSchemaAsync(Ct);
        await new IngestService(new SourceReader(), ExtractionPipeline.CreateDefault(), NullLogger<IngestService>.Instance)
            .IngestAsync(neo4j, [RepoPaths.Seeds], force: false, progress: null, Ct);
        CypherRunner.CypherFolder = RepoPaths.Cypher;

        foreach (var query in QueryCatalog.All)
        {
            var arguments = BrowserFilesTests.SeedArguments[query.Name];
            var embedded = await query.RunEmbeddedAsync(seeds.Store, arguments, Ct);
            var input = await QueryInput.ResolveAsync(query, neo4j, arguments, null, QueryInput.DefaultLimit, Ct);
            var cypher = await CypherRunner.RunAsync(neo4j, query, input, Ct);
            Assert.True(Keys(query, embedded).SequenceEqual(Keys(query, cypher)),
                $"{query.Name}: cypher/{query.CypherFile} on Neo4j\n  {string.Join("\n  ", Keys(query, cypher))}\nthe twin on SQLite\n  {string.Join("\n  ", Keys(query, embedded))}");
            var twinOnNeo4j = await query.RunEmbeddedAsync(neo4j, input, Ct);
            Assert.Equal(Keys(query, embedded), Keys(query, twinOnNeo4j));

            var browser = await File.ReadAllTextAsync(Path.Combine(RepoPaths.Cypher, query.BrowserFile), Ct);
            var parameters = BrowserFilesTests.Params(browser).ToDictionary(p => p.Key, p => (object?)(p.Value.StartsWith('\'') ? null : int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)));
            for (var i = 0; i < query.Arguments.Count; i++)
            {
                parameters[query.Arguments[i].Name] = arguments[i];
            }

            var answer = await neo4j.ReadAsync(BrowserFilesTests.QueryText(browser), parameters, Ct);
            Assert.True(answer.Rows.Count > 0, $"{query.BrowserFile} answered no row with {string.Join(", ", arguments)}");
        }
    }
}
