using System.Diagnostics;
using Graph.Bench.Corpus;
using Graph.GraphStore.Tests.Neo4j;
using Graph.Ingest.Extraction;
using Graph.Ingest.Places;
using Graph.Ingest.Sources;
using Graph.Model;
using Graph.Store;
using Graph.Store.Neo4j;
using Graph.Ingest.Pipeline;

namespace Graph.Bench;

/// <summary>What writing the same graphs to Neo4j with one batch size cost.</summary>
internal sealed record Neo4jFigures(int BatchSize, int Documents, int Nodes, int Relationships, int Requests, long RequestBytes, TimeSpan Elapsed)
{
    public double NodesPerSecond => Nodes / Elapsed.TotalSeconds;

    public double RelationshipsPerSecond => Relationships / Elapsed.TotalSeconds;

    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double BytesPerRequest => Requests == 0 ? 0 : (double)RequestBytes / Requests;
}

/// <summary>
/// The Neo4j write path under load: generated pages (several articles each, as a newspaper page holds) are extracted
/// once, then written by the product's Neo4j store, either to a real server (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD)
/// or to the loopback server the protocol tests use, which answers as the Query API does but stores nothing; so on
/// loopback the figures are the client's own cost per request (serialisation, HTTP, transactions), by batch size.
/// </summary>
internal static class Neo4jBench
{
    public static IReadOnlyList<DocumentGraph> Pages(int pages, int articlesPerPage, int seed)
    {
        var generator = new CorpusGenerator(seed, Gazetteer.Default);
        var sources = Enumerable.Range(0, pages)
            .Select(p => SourceDocument.FromText($"page{p:D5}.txt",
                string.Join("\n\n", Enumerable.Range(p * articlesPerPage, articlesPerPage).Select(generator.Article))))
            .ToList();
        return ExtractionPipeline.CreateDefault().Run(sources).Graphs;
    }

    public static async Task<Neo4jFigures> WriteAsync(IReadOnlyList<DocumentGraph> graphs, int batchSize, Neo4jOptions? options, CancellationToken cancellationToken)
    {
        await using var loopback = options is null ? new FakeQueryApiServer() : null;
        options ??= new Neo4jOptions
        {
            Uri = loopback!.Uri, User = FakeQueryApiServer.User, Password = FakeQueryApiServer.Password,
            RequestTimeout = TimeSpan.FromMinutes(5), GiveUpAfter = TimeSpan.FromMinutes(10),
        };
        using var counter = new CountingHandler();
        await using var store = Neo4jServiceCollectionExtensions.Create(options, batchSize, handler: counter);
        await store.EnsureSchemaAsync(cancellationToken);
        counter.Reset();
        var clock = Stopwatch.StartNew();
        int nodes = 0, relationships = 0;
        foreach (var graph in graphs)
        {
            var result = await store.WriteAsync(graph, cancellationToken);
            nodes += result.Nodes.Values.Sum();
            relationships += result.Relationships.Values.Sum();
        }

        return new Neo4jFigures(batchSize, graphs.Count, nodes, relationships, counter.Requests, counter.Bytes, clock.Elapsed);
    }

    /// <summary>Counts requests and request body bytes on their way out.</summary>
    private sealed class CountingHandler() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _requests;
        private long _bytes;

        public int Requests => _requests;

        public long Bytes => Interlocked.Read(ref _bytes);

        public void Reset()
        {
            _requests = 0;
            Interlocked.Exchange(ref _bytes, 0);
        }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _requests);
            if (request.Content is not null)
            {
                await request.Content.LoadIntoBufferAsync(cancellationToken);
                Interlocked.Add(ref _bytes, request.Content.Headers.ContentLength ?? 0);
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
