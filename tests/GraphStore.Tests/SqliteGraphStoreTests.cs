using Graph.Model;
using Graph.Store.Sqlite;
using Graph.Tests.Shared;

namespace Graph.GraphStore.Tests;

public class SqliteGraphStoreTests
{
    private static Evidence Said(string doc, string sentence) => new(doc, doc + ".txt", 0, sentence.Length, sentence, "test.rule", 0.9);

    internal static DocumentGraph Document(string doc, params (string Supplier, string Customer)[] supplies) =>
        Document(doc, [], supplies);

    private static DocumentGraph Document(string doc, Dictionary<string, string[]> aliases, params (string Supplier, string Customer)[] supplies)
    {
        var entities = new List<Entity>();
        var relations = new List<Relation>();
        foreach (var (supplier, customer) in supplies)
        {
            var s = Entity.Create(NodeLabel.Enterprise, supplier, aliases.GetValueOrDefault(supplier), evidence: [Said(doc, supplier)]);
            var c = Entity.Create(NodeLabel.Enterprise, customer, aliases.GetValueOrDefault(customer), evidence: [Said(doc, customer)]);
            entities.AddRange([s, c]);
            relations.Add(Relation.Create(RelationType.SUPPLIES, s.Id, c.Id, [new("product", "机床辅件")], [Said(doc, $"{supplier}供应给{customer}")]));
        }

        return new DocumentGraph(new DocumentInfo(doc, doc + ".txt", doc + "-sha", ["标题"]),
            [.. entities.DistinctBy(e => e.Id)], [.. relations]);
    }

    [Fact]
    public async Task Writing_a_document_twice_leaves_the_same_graph()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        var graph = Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"));
        await store.WriteAsync(graph, CancellationToken.None);
        var first = await store.CountAsync(CancellationToken.None);
        await store.WriteAsync(graph, CancellationToken.None);
        var second = await store.CountAsync(CancellationToken.None);
        Assert.Equal(first.NodeTotal, second.NodeTotal);
        Assert.Equal(first.RelationshipTotal, second.RelationshipTotal);
        var relation = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None));
        Assert.Single(relation.Evidence);
    }

    [Fact]
    public async Task Retracting_a_document_keeps_what_another_document_supports()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);
        await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);

        var result = await store.RetractAsync("d1.txt", CancellationToken.None);

        Assert.Equal(1, result.RelationsRemoved);
        Assert.Equal(1, result.RelationsKept);
        var kept = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None));
        Assert.All(kept.Evidence, e => Assert.Equal("d2", e.DocumentId));
        Assert.Empty(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
    }

    [Fact]
    public async Task Retracting_an_unknown_document_names_it()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        var error = await Assert.ThrowsAsync<Graph.Store.DocumentNotFoundException>(() => store.RetractAsync("missing.txt", CancellationToken.None));
        Assert.Contains("missing.txt", error.Message);
    }

    [Fact]
    public async Task Names_match_whole_aliases_never_substrings()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        var aliases = new Dictionary<string, string[]> { ["嘉兴亮锐精密机械股份有限公司"] = ["亮锐"], ["津上精密机床(浙江)有限公司"] = ["津上", "津上精密"] };
        await store.WriteAsync(Document("d1", aliases, ("嘉兴亮锐精密机械股份有限公司", "津上精密机床(浙江)有限公司")), CancellationToken.None);

        Assert.Empty(await store.FindByNameAsync("嘉兴", CancellationToken.None));
        Assert.Single(await store.FindByNameAsync("津上", CancellationToken.None));
        Assert.Single(await store.FindByNameAsync("津上精密机床（浙江）有限公司", CancellationToken.None));
    }

    [Fact]
    public async Task Ledger_knows_written_documents_by_content_hash()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        Assert.False(await store.HasDocumentAsync("d1-sha", CancellationToken.None));
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
        Assert.True(await store.HasDocumentAsync("d1-sha", CancellationToken.None));
    }

    [Fact]
    public async Task Counts_are_rows_written_not_rows_given()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        var first = await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
        Assert.Equal(2, first.Nodes[NodeLabel.Enterprise]);
        Assert.Equal(1, first.Relationships[RelationType.SUPPLIES]);

        // d2 states one known fact and one new firm: the known entities and the known edge are unchanged rows.
        var second = await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);
        Assert.Equal(1, second.Nodes[NodeLabel.Enterprise]);
        Assert.Equal(1, second.Relationships[RelationType.SUPPLIES]);
        Assert.Equal(3, (await store.CountAsync(CancellationToken.None)).NodeTotal);
    }

    [Theory]
    [InlineData("引号\"与反斜杠\\有限公司")]
    [InlineData("制表\t换行\n回车\r控制\u0001有限公司")]
    [InlineData("行分隔\u2028段分隔\u2029有限公司")]
    [InlineData("𠀀𪚥补充平面😀有限公司")]
    [InlineData("<&>'+/ 与 \u007f 有限公司")]
    public async Task Text_that_JSON_escapes_is_held_as_written(string name)
    {
        // Rows reach SQLite as one JSON array of UTF-8 (SqliteDocumentWriter.RowsJson): every value comes back exactly.
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        var sentence = $"{name}供应给丙丁机床有限公司";
        var evidence = new Evidence("d1", name + ".txt", 3, 3 + name.Length, sentence, "rule." + name, 0.1 + 0.2) { Date = "2026-11-27" };
        var supplier = Entity.Create(NodeLabel.Enterprise, name, [name + "简称"], [new("note", name)], [evidence]);
        var customer = Entity.Create(NodeLabel.Enterprise, "丙丁机床有限公司", evidence: [evidence]);
        var relation = Relation.Create(RelationType.SUPPLIES, supplier.Id, customer.Id, [new("product", name)], [evidence]);
        await store.WriteAsync(new DocumentGraph(new DocumentInfo("d1", name + ".txt", "d1-sha", [name]), [supplier, customer], [relation]),
            CancellationToken.None);

        var held = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, supplier.Id, null, CancellationToken.None));
        Assert.Equal(name, held.Attributes["product"]);
        var heldEvidence = Assert.Single(held.Evidence);
        Assert.Equal((name + ".txt", sentence, "rule." + name, 0.1 + 0.2, "2026-11-27"),
            (heldEvidence.FileName, heldEvidence.Sentence, heldEvidence.Rule, heldEvidence.Confidence, heldEvidence.Date));
        var entity = (await store.EntitiesAsync([supplier.Id], CancellationToken.None))[supplier.Id];
        Assert.Equal((name, name), (entity.Name, entity.Attributes["note"]));
        Assert.Contains(name + "简称", entity.Aliases);
        Assert.Equal(supplier.Id, Assert.Single(await store.FindByNameAsync(name + "简称", CancellationToken.None)).Id);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(500)]
    public async Task Documents_written_in_one_transaction_equal_documents_written_one_by_one(int batchSize)
    {
        var documents = Enumerable.Range(0, 12)
            .Select(i => Document($"d{i}", ($"甲{i % 5}精密机械有限公司", $"丙{i % 3}机床有限公司"), ($"戊{i}电子有限公司", $"丙{i % 3}机床有限公司")))
            .ToList();
        using var folder = new TempFolder();
        await using var together = await SqliteGraphStore.OpenAsync(folder.File("a.db"), batchSize, CancellationToken.None);
        await using var apart = await SqliteGraphStore.OpenAsync(folder.File("b.db"), batchSize, CancellationToken.None);
        var results = await together.WriteAsync(documents, CancellationToken.None);
        foreach (var document in documents)
        {
            await apart.WriteAsync(document, CancellationToken.None);
        }

        Assert.Equal(documents.Count, results.Count);
        Assert.Equal(5 + 3 + 12, results.Sum(r => r.Nodes.Values.Sum()));
        Assert.Equal(await Snapshot(apart), await Snapshot(together));
        Assert.Equal(12 + 12, (await together.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None)).Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(500)]
    public async Task Each_document_of_one_transaction_counts_the_rows_it_wrote_as_when_written_alone(int batchSize)
    {
        // The transaction's entities and relations go in together (SqliteDocumentWriter.WriteUpsertsAsync): a shared firm and
        // edge are met in most documents, their attributes new, unchanged or changed; d1 is written again (its ledger row
        // held) and d4 twice in the transaction.
        DocumentGraph Facts(string doc, string? city, string? product, params string[] customers)
        {
            var said = Said(doc, "甲乙精密机械有限公司供货");
            var supplier = Entity.Create(NodeLabel.Enterprise, "甲乙精密机械有限公司", null, city is null ? [] : [new("city", city)], [said]);
            var entities = new List<Entity> { supplier };
            var relations = new List<Relation>();
            foreach (var customer in customers)
            {
                var c = Entity.Create(NodeLabel.Enterprise, customer, evidence: [Said(doc, customer)]);
                entities.Add(c);
                relations.Add(Relation.Create(RelationType.SUPPLIES, supplier.Id, c.Id, product is null ? [] : [new("product", product)], [said]));
            }

            return new DocumentGraph(new DocumentInfo(doc, doc + ".txt", doc + "-sha", ["标题"]), [.. entities], [.. relations]);
        }

        DocumentGraph[] before = [Facts("d1", "苏州", "轴承", "丙丁机床有限公司")];
        DocumentGraph[] transaction =
        [
            Facts("d2", null, null, "丙丁机床有限公司", "戊己电子有限公司"),
            Facts("d3", "苏州", "轴承", "丙丁机床有限公司"),
            Facts("d1", "无锡", "齿轮", "丙丁机床有限公司", "庚辛汽车有限公司"),
            Facts("d4", "无锡", null, "戊己电子有限公司"),
            Facts("d5", "常州", "齿轮", "庚辛汽车有限公司", "丙丁机床有限公司"),
            Facts("d4", "常州", "丝杠", "戊己电子有限公司", "壬癸材料有限公司"),
        ];
        using var folder = new TempFolder();
        await using var together = await SqliteGraphStore.OpenAsync(folder.File("a.db"), batchSize, CancellationToken.None);
        await using var apart = await SqliteGraphStore.OpenAsync(folder.File("b.db"), batchSize, CancellationToken.None);
        await together.WriteAsync(before, CancellationToken.None);
        await apart.WriteAsync(before, CancellationToken.None);
        var counted = await together.WriteAsync(transaction, CancellationToken.None);
        var alone = new List<Graph.Store.WriteResult>();
        foreach (var document in transaction)
        {
            alone.Add(await apart.WriteAsync(document, CancellationToken.None));
        }

        static string Counts(IEnumerable<Graph.Store.WriteResult> results) => string.Join(" | ", results.Select(r =>
            $"{r.DocumentId}: {string.Join(',', r.Nodes.OrderBy(n => n.Key).Select(n => $"{n.Key}={n.Value}"))}; "
            + string.Join(',', r.Relationships.OrderBy(n => n.Key).Select(n => $"{n.Key}={n.Value}"))));
        Assert.Equal(Counts(alone), Counts(counted));
        // Not all or nothing: the shared firm and edge are written by some documents and left by others.
        Assert.Contains(counted, r => r.Relationships.GetValueOrDefault(RelationType.SUPPLIES) == 0);
        Assert.Contains(counted, r => r.Nodes[NodeLabel.Enterprise] == 1);
        Assert.Equal(await Snapshot(apart), await Snapshot(together));
        Assert.Equal(await EvidenceSnapshot(apart), await EvidenceSnapshot(together));
    }

    [Fact]
    public async Task Rewriting_a_document_drops_what_it_no_longer_states_and_keeps_the_rest()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 2, CancellationToken.None);
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);
        await store.WriteAsync(Document("d2", ("戊己电子有限公司", "庚辛汽车有限公司")), CancellationToken.None);

        // d1 again, now stating only its first fact.
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);

        var edges = (await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None)).Select(r => (r.FromId, r.ToId)).ToList();
        Assert.Equal(2, edges.Count);
        Assert.Single(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None)); // d2 still names it
        Assert.Equal(4, (await store.CountAsync(CancellationToken.None)).NodeTotal);
    }

    [Fact]
    public async Task Rewriting_a_document_in_a_transaction_keeps_what_an_earlier_document_of_it_states()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);

        // One transaction: d2 names 戊己 (its rows not yet written when d1's re-write, which no longer does, is applied).
        await store.WriteAsync([Document("d2", ("戊己电子有限公司", "庚辛汽车有限公司")), Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"))],
            CancellationToken.None);

        var firm = Assert.Single(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
        Assert.All(firm.Evidence, e => Assert.Equal("d2", e.DocumentId));
        Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, firm.Id, null, CancellationToken.None));
        Assert.Equal(4, (await store.CountAsync(CancellationToken.None)).NodeTotal);
    }

    [Fact]
    public async Task A_document_written_twice_in_one_transaction_keeps_its_ledger_number_and_the_graph_of_writes_one_by_one()
    {
        // d1 twice in the first transaction (new to the ledger, then re-written stating less), d2 again in the second.
        DocumentGraph[][] transactions =
        [
            [Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")),
             Document("d2", ("庚辛汽车有限公司", "丙丁机床有限公司")),
             Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")),
             Document("d3", ("壬癸材料有限公司", "庚辛汽车有限公司"))],
            [Document("d4", ("子丑电气有限公司", "寅卯能源有限公司")), Document("d2", ("庚辛汽车有限公司", "丙丁机床有限公司"))],
        ];
        using var folder = new TempFolder();
        await using var together = await SqliteGraphStore.OpenAsync(folder.File("a.db"), 2, CancellationToken.None);
        await using var apart = await SqliteGraphStore.OpenAsync(folder.File("b.db"), 2, CancellationToken.None);
        foreach (var transaction in transactions)
        {
            Assert.Equal(transaction.Length, (await together.WriteAsync(transaction, CancellationToken.None)).Count);
            foreach (var document in transaction)
            {
                await apart.WriteAsync(document, CancellationToken.None);
            }
        }

        Assert.Equal(await Snapshot(apart), await Snapshot(together));
        Assert.Equal(await EvidenceSnapshot(apart), await EvidenceSnapshot(together));
        Assert.Empty(await together.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
        Assert.Equal(4, (await together.CountAsync(CancellationToken.None)).Documents);
        foreach (var path in new[] { folder.File("a.db"), folder.File("b.db") })
        {
            // One ledger row per document, numbered in the order each was first written; every provenance row carries its number.
            await using var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
            await raw.OpenAsync();
            await using var check = raw.CreateCommand();
            check.CommandText =
                """
                SELECT group_concat(id || '=' || no, ' ') FROM (SELECT id, no FROM documents ORDER BY no)
                UNION ALL SELECT count(*) FROM aliases WHERE doc_no IS NOT (SELECT no FROM documents WHERE id = aliases.document_id)
                UNION ALL SELECT count(*) FROM evidence WHERE doc_no IS NOT (SELECT no FROM documents WHERE id = evidence.document_id)
                """;
            await using var reader = await check.ExecuteReaderAsync();
            var answers = new List<string>();
            while (await reader.ReadAsync())
            {
                answers.Add(reader.GetValue(0).ToString()!);
            }

            Assert.Equal(["d1=1 d2=2 d3=3 d4=4", "0", "0"], answers);
        }
    }

    [Fact]
    public async Task Relations_of_an_entity_come_from_both_ends()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("丙丁机床有限公司", "戊己电子有限公司")), CancellationToken.None);
        var middle = Assert.Single(await store.FindByNameAsync("丙丁机床有限公司", CancellationToken.None));

        var relations = await store.RelationsOfAsync([middle.Id], CancellationToken.None);

        Assert.Equal(2, relations.Count);
        Assert.Contains(relations, r => r.ToId == middle.Id);
        Assert.Contains(relations, r => r.FromId == middle.Id);
        Assert.All(relations, r => Assert.Single(r.Evidence));
    }

    [Fact]
    public async Task Search_ranks_exact_then_prefix_then_contains_and_has_no_wildcards()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        await store.WriteAsync(Document("d1", new Dictionary<string, string[]> { ["甲乙精密机械有限公司"] = ["甲乙"] },
            ("甲乙精密机械有限公司", "丙丁甲乙机床有限公司"), ("甲乙丙电子有限公司", "戊己电子有限公司")), CancellationToken.None);

        var found = await store.SearchAsync("甲乙", 10, CancellationToken.None);

        Assert.Equal(["甲乙精密机械有限公司", "甲乙丙电子有限公司", "丙丁甲乙机床有限公司"], found.Select(e => e.Name));
        Assert.Equal(2, (await store.SearchAsync("甲乙", 2, CancellationToken.None)).Count);
        Assert.Empty(await store.SearchAsync("%", 10, CancellationToken.None));
        Assert.Empty(await store.SearchAsync("_", 10, CancellationToken.None));
        Assert.Empty(await store.SearchAsync(" ", 10, CancellationToken.None));
    }

    [Fact]
    public async Task Mentions_of_a_document_are_found_by_file_name_or_id()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
        await store.WriteAsync(Document("d2", ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);

        var byName = await store.MentionsAsync("d1.txt", CancellationToken.None);

        Assert.Equal(2, byName.Count);
        Assert.All(byName, m => Assert.Equal("d1", m.DocumentId));
        Assert.Equal(byName, await store.MentionsAsync("d1", CancellationToken.None));
        Assert.Empty(await store.MentionsAsync("d3.txt", CancellationToken.None));
    }

    [Fact]
    public async Task A_store_written_before_document_numbers_narrow_provenance_keys_and_the_one_tree_search_index_is_read_as_it_is_and_upgraded_when_opened_for_writing()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string written;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司"), ("戊己电子有限公司", "丙丁机床有限公司")), CancellationToken.None);
            await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
            written = await Snapshot(store);
        }

        // The store as builds before numbers wrote it: no number columns, provenance keyed by its whole rows (aliases WITHOUT
        // ROWID, evidence with a unique key) and indexed by document id. (legacy_alter_table: the triggers of name_keys name
        // aliases, dropped here and renamed in.)
        await StoreFile.Execute(path,
            """
            PRAGMA legacy_alter_table = ON;
            DROP TRIGGER aliases_names_insert; DROP TRIGGER aliases_grams_delete; DROP TRIGGER aliases_grams_update; DROP TABLE name_grams;
            DROP INDEX documents_no; ALTER TABLE documents DROP COLUMN no;
            CREATE TABLE old_aliases (entity_id TEXT NOT NULL, alias_key TEXT NOT NULL, alias TEXT NOT NULL, document_id TEXT NOT NULL,
                PRIMARY KEY (entity_id, alias_key, document_id)) WITHOUT ROWID;
            INSERT INTO old_aliases SELECT entity_id, alias_key, alias, document_id FROM aliases;
            DROP TABLE aliases; ALTER TABLE old_aliases RENAME TO aliases;
            CREATE TABLE old_evidence (owner_id TEXT NOT NULL, document_id TEXT NOT NULL, file_name TEXT NOT NULL, start INTEGER NOT NULL,
                end INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL, date TEXT,
                PRIMARY KEY (owner_id, document_id, start, rule));
            INSERT INTO old_evidence SELECT owner_id, document_id, file_name, start, end, (SELECT sentence FROM sentences WHERE id = sentence_id), rule, confidence, date FROM evidence;
            DROP TABLE evidence; ALTER TABLE old_evidence RENAME TO evidence;
            CREATE INDEX aliases_document ON aliases(document_id); CREATE INDEX evidence_document ON evidence(document_id);
            CREATE TRIGGER aliases_labels_delete AFTER DELETE ON aliases
            WHEN NOT EXISTS (SELECT 1 FROM aliases WHERE entity_id = OLD.entity_id AND alias_key = OLD.alias_key)
            BEGIN DELETE FROM name_labels WHERE key = OLD.alias_key AND entity_id = OLD.entity_id; END;
            CREATE TABLE name_grams (gram TEXT NOT NULL, alias_key TEXT NOT NULL, entity_id TEXT NOT NULL, PRIMARY KEY (gram, alias_key, entity_id)) WITHOUT ROWID;
            CREATE INDEX name_grams_size ON name_grams(gram, length(alias_key), entity_id);
            INSERT INTO name_grams SELECT DISTINCT substr(alias_key, p.value, 2), alias_key, entity_id FROM aliases, json_each('[1,2,3,4,5,6,7,8,9,10,11,12]') p
            WHERE p.value <= length(alias_key) - 1;
            CREATE TRIGGER aliases_grams_insert AFTER INSERT ON aliases BEGIN INSERT OR IGNORE INTO name_grams VALUES (substr(NEW.alias_key, 1, 2), NEW.alias_key, NEW.entity_id); END;
            """);

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(written, await Snapshot(reader));
            Assert.Equal(3, (await reader.MentionsAsync("d1.txt", CancellationToken.None)).Count);
            Assert.Equal(["甲乙精密机械有限公司"], (await reader.SearchAsync("精密机械", 10, CancellationToken.None)).Select(e => e.Name));
            Assert.Single(await reader.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(written, await Snapshot(store));
            await store.WriteAsync(Document("d3", ("庚辛材料有限公司", "丙丁机床有限公司")), CancellationToken.None);
            Assert.Equal(3, (await store.MentionsAsync("d1.txt", CancellationToken.None)).Count);
            Assert.Equal(2, (await store.MentionsAsync("d3", CancellationToken.None)).Count);
            Assert.Equal(["甲乙精密机械有限公司"], (await store.SearchAsync("精密机械", 10, CancellationToken.None)).Select(e => e.Name));
            Assert.Equal(["庚辛材料有限公司"], (await store.SearchAsync("庚辛", 10, CancellationToken.None)).Select(e => e.Name));

            var result = await store.RetractAsync("d1", CancellationToken.None);

            Assert.Equal(1, result.RelationsRemoved);
            Assert.Equal(1, result.RelationsKept);
            Assert.Empty(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
            var kept = await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None);
            Assert.Equal(2, kept.Count);
            Assert.All(kept.SelectMany(r => r.Evidence), e => Assert.NotEqual("d1", e.DocumentId));
        }

        // Every document has its own number, in the order the ledger got them, and no provenance row lacks one.
        await using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync();
            await using var check = raw.CreateCommand();
            check.CommandText =
                """
                SELECT group_concat(id || '=' || no, ' ') FROM (SELECT id, no FROM documents ORDER BY no)
                UNION ALL SELECT count(*) FROM aliases WHERE doc_no IS NULL OR doc_no <> (SELECT no FROM documents WHERE id = aliases.document_id)
                UNION ALL SELECT count(*) FROM evidence WHERE doc_no IS NULL OR doc_no <> (SELECT no FROM documents WHERE id = evidence.document_id)
                UNION ALL SELECT count(*) FROM sqlite_master WHERE name IN ('aliases_document', 'evidence_document', 'name_grams_size', 'aliases_grams_insert')
                UNION ALL SELECT count(*) FROM name_grams WHERE size <> length(alias_key)
                UNION ALL SELECT count(*) > 0 FROM name_grams WHERE alias_key = '庚辛材料有限公司'
                UNION ALL SELECT (SELECT count(*) FROM pragma_index_list('aliases') WHERE origin = 'pk') + (SELECT count(*) FROM pragma_index_list('evidence') WHERE origin = 'pk')
                UNION ALL SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger')
                    AND tbl_name IN ('aliases', 'evidence', 'name_keys') AND sql IS NOT NULL ORDER BY name)
                """;
            var values = new List<string>();
            await using var rows = await check.ExecuteReaderAsync();
            while (await rows.ReadAsync())
            {
                values.Add(Convert.ToString(rows.GetValue(0), System.Globalization.CultureInfo.InvariantCulture)!);
            }

            Assert.Equal(["d2=2 d3=3", "0", "0", "0", "0", "1", "0",
                "aliases_by_entity aliases_doc_no aliases_grams_delete aliases_grams_update aliases_labels_delete aliases_labels_update aliases_names_insert "
                + "evidence_doc_no evidence_owner_no name_keys_entity name_keys_labels_delete name_keys_labels_insert name_keys_labels_update name_keys_of_document"], values);
        }
    }

    [Fact]
    public async Task A_store_whose_alias_index_lacks_the_form_gets_the_index_with_it_when_opened_for_writing_and_reads_the_same()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string written;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", new Dictionary<string, string[]> { ["甲乙精密机械有限公司"] = ["甲乙精机"] },
                ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
            written = await Snapshot(store);
        }

        // The alias index as the build before this one made it: (entity, key, document number), no form.
        await StoreFile.Execute(path, "DROP INDEX aliases_by_entity; CREATE UNIQUE INDEX aliases_entity ON aliases(entity_id, alias_key, doc_no)");

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(written, await Snapshot(reader));
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(written, await Snapshot(store));
            await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "戊己电子有限公司")), CancellationToken.None);
            Assert.Contains("甲乙精机", (await store.FindByNameAsync("甲乙精密机械有限公司", CancellationToken.None)).Single().Aliases);
        }

        await using (var raw = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False"))
        {
            await raw.OpenAsync();
            await using var check = raw.CreateCommand();
            check.CommandText = "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'aliases' AND sql IS NOT NULL ORDER BY name)";
            Assert.Equal("aliases_by_entity aliases_doc_no", await check.ExecuteScalarAsync());
        }
    }

    [Fact]
    public async Task Evidence_is_keyed_by_its_owners_number_in_write_order_and_a_store_keyed_by_owner_id_is_read_as_it_is_and_numbered_when_opened_for_writing()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string written;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
            await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "戊己电子有限公司"), ("庚辛材料有限公司", "丙丁机床有限公司")), CancellationToken.None);
            written = await Snapshot(store);
        }

        // Each row's number is its owner's: the entity's rowid, or the relation's above 2^32; a new owner's rows come after every older owner's.
        const string Mismatched =
            """
            SELECT count(*) FROM evidence e WHERE e.owner_no IS NOT CASE WHEN e.owner_id LIKE 'r-%'
                THEN (SELECT rowid + 4294967296 FROM relations WHERE id = e.owner_id) ELSE (SELECT rowid FROM entities WHERE id = e.owner_id) END
            """;
        Assert.Equal([0L, 1L], await StoreFile.Counts(path,
            Mismatched + " UNION ALL SELECT (SELECT min(owner_no) FROM evidence WHERE doc_no = 2 AND owner_id IN (SELECT id FROM entities WHERE name = '庚辛材料有限公司'))"
            + " > (SELECT max(owner_no) FROM evidence WHERE doc_no = 1 AND owner_no < 4294967296)"));

        // The evidence as the build before this one kept it: no owner numbers, an index by owner id.
        await StoreFile.Execute(path, "DROP INDEX evidence_owner_no; ALTER TABLE evidence DROP COLUMN owner_no; CREATE INDEX evidence_owner ON evidence(owner_id, doc_no, start)");

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(written, await Snapshot(reader));
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(written, await Snapshot(store));
            await store.WriteAsync(Document("d3", ("甲乙精密机械有限公司", "壬癸光电有限公司")), CancellationToken.None);

            // A retraction drops the evidence of what it leaves unsupported; a merge moves the evidence to the kept entity and re-keyed relations.
            await store.RetractAsync("d1", CancellationToken.None);
            var from = Assert.Single(await store.FindByNameAsync("壬癸光电有限公司", CancellationToken.None));
            var into = Assert.Single(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
            await store.MergeAsync(from.Id, into.Id, CancellationToken.None);
            var merged = (await store.EntitiesAsync([into.Id], CancellationToken.None))[into.Id];
            Assert.Equal(["d2.txt", "d3.txt"], merged.Evidence.Select(e => e.FileName).Order(StringComparer.Ordinal));
            var supplies = await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None);
            Assert.Equal([1, 2], supplies.Select(r => r.Evidence.Length).Order()); // 甲乙→壬癸 merged into 甲乙→戊己: two sentences
            Assert.DoesNotContain(supplies, r => r.ToId == from.Id);
        }

        Assert.Equal([0L, 0L, 0L, 1L], await StoreFile.Counts(path,
            Mismatched
            + " UNION ALL SELECT count(*) FROM evidence WHERE owner_id NOT IN (SELECT id FROM entities UNION ALL SELECT id FROM relations)"
            + " UNION ALL SELECT count(*) FROM sqlite_master WHERE name = 'evidence_owner'"
            + " UNION ALL SELECT count(*) FROM sqlite_master WHERE name = 'evidence_owner_no'"));
    }

    [Fact]
    public async Task Search_follows_retraction_and_merges_and_indexes_a_store_written_before_its_index()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", new Dictionary<string, string[]> { ["甲乙精密机械有限公司"] = ["甲乙精机"] },
                ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
            await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "戊己电子有限公司")), CancellationToken.None);

            Assert.Equal(["甲乙精密机械有限公司"], (await store.SearchAsync("乙精机", 10, CancellationToken.None)).Select(e => e.Name));
            await store.RetractAsync("d1", CancellationToken.None);
            Assert.Empty(await store.SearchAsync("乙精机", 10, CancellationToken.None)); // the alias only d1 used is gone
            Assert.Empty(await store.SearchAsync("丙丁", 10, CancellationToken.None));
            Assert.Single(await store.SearchAsync("乙精密", 10, CancellationToken.None)); // d2 still names the firm

            var from = Assert.Single(await store.FindByNameAsync("戊己电子有限公司", CancellationToken.None));
            var into = Assert.Single(await store.FindByNameAsync("甲乙精密机械有限公司", CancellationToken.None));
            await store.MergeAsync(from.Id, into.Id, CancellationToken.None);
            Assert.Equal([into.Id], (await store.SearchAsync("戊己电子", 10, CancellationToken.None)).Select(e => e.Id));
        }

        // A store whose search index is missing (written before it existed) gets it filled when opened for writing.
        await StoreFile.Execute(path, "DROP TABLE name_grams");

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(["甲乙精密机械有限公司"], (await store.SearchAsync("精密机械", 10, CancellationToken.None)).Select(e => e.Name));
        }
    }

    [Fact]
    public async Task Reads_with_an_evidence_limit_return_that_many_sentences_in_file_order()
    {
        using var folder = new TempFolder();
        await using var store = await SqliteGraphStore.OpenAsync(folder.File("g.db"), 100, CancellationToken.None);
        foreach (var doc in new[] { "d3", "d1", "d4", "d2" })
        {
            await store.WriteAsync(Document(doc, ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
        }

        var firm = Assert.Single(await store.FindByNameAsync("甲乙精密机械有限公司", 2, CancellationToken.None));
        var all = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, firm.Id, null, CancellationToken.None));
        var two = Assert.Single(await store.RelationsAsync(RelationType.SUPPLIES, firm.Id, null, 2, CancellationToken.None));
        var none = Assert.Single(await store.RelationsOfAsync([firm.Id], 0, CancellationToken.None));

        Assert.Equal(2, firm.Evidence.Length);
        Assert.Equal(4, all.Evidence.Length);
        Assert.Equal(2, two.Evidence.Length);
        Assert.Equal(two.Evidence.OrderBy(e => e.FileName, StringComparer.Ordinal), two.Evidence);
        Assert.Empty(none.Evidence);
        Assert.Equal(4, (await store.EntitiesAsync([firm.Id], CancellationToken.None))[firm.Id].Evidence.Length);
        Assert.Single((await store.EntitiesAsync([firm.Id], 1, CancellationToken.None))[firm.Id].Evidence);
    }

    [Fact]
    public async Task A_store_whose_evidence_rows_hold_their_sentences_is_read_as_it_is_and_holds_each_sentence_once_after_it_is_opened_for_writing()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string written;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(SharedSentence("d1"), CancellationToken.None);
            await store.WriteAsync(Document("d2", ("甲乙精密机械有限公司", "丙丁机床有限公司")), CancellationToken.None);
            written = await EvidenceSnapshot(store);
        }

        Assert.Equal([5, 5, 2], await StoreFile.Counts(path, "SELECT count(*) FROM sentences UNION ALL SELECT count(DISTINCT sentence_id) FROM evidence UNION ALL SELECT count(*) FROM sentences WHERE doc_no = 1"));

        // The evidence as the build before the sentences table wrote it: the text in every row.
        await StoreFile.Execute(path,
            """
            CREATE TABLE old_evidence (owner_id TEXT NOT NULL, document_id TEXT NOT NULL, file_name TEXT NOT NULL, start INTEGER NOT NULL,
                end INTEGER NOT NULL, sentence TEXT NOT NULL, rule TEXT NOT NULL, confidence REAL NOT NULL, date TEXT, doc_no INTEGER);
            INSERT INTO old_evidence SELECT owner_id, document_id, file_name, start, end, (SELECT sentence FROM sentences WHERE id = sentence_id),
                rule, confidence, date, doc_no FROM evidence ORDER BY rowid;
            DROP TABLE evidence; ALTER TABLE old_evidence RENAME TO evidence; DROP TABLE sentences;
            CREATE INDEX evidence_owner ON evidence(owner_id, doc_no, start); CREATE INDEX evidence_doc_no ON evidence(doc_no);
            """);

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(written, await EvidenceSnapshot(reader));
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal(written, await EvidenceSnapshot(store));
        }

        Assert.Equal([0, 5, 5, 2], await StoreFile.Counts(path,
            """
            SELECT count(*) FROM pragma_table_info('evidence') WHERE name = 'sentence' UNION ALL SELECT count(*) FROM sentences
            UNION ALL SELECT count(DISTINCT sentence_id) FROM evidence
            UNION ALL SELECT count(*) FROM sqlite_master WHERE name IN ('evidence_owner_no', 'evidence_doc_no')
            """));

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(SharedSentence("d3"), CancellationToken.None);
            await store.RetractAsync("d1", CancellationToken.None);
            var evidence = (await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None)).SelectMany(r => r.Evidence).ToList();
            Assert.Equal(["d2", "d3", "d3"], evidence.Select(e => e.DocumentId).Order(StringComparer.Ordinal));
            Assert.Equal(2, evidence.Count(e => e.Sentence == "甲乙精密机械有限公司供应给丙丁机床有限公司和戊己电子有限公司。"));
        }

        // The retracted document's sentences went with it; the new one's are held once.
        Assert.Equal([0, 2], await StoreFile.Counts(path, "SELECT count(*) FROM sentences WHERE doc_no = 1 UNION ALL SELECT count(*) FROM sentences WHERE doc_no = 3"));
    }

    [Fact]
    public async Task An_alias_row_holds_its_form_only_when_it_is_not_its_name_key_and_every_form_reads_back()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", new Dictionary<string, string[]> { ["海川精密机床有限公司"] = ["海川精密机床（浙江）", "海川机床"] },
                ("海川精密机床有限公司", "丙丁机床有限公司")), CancellationToken.None);
            var firm = Assert.Single(await store.FindByNameAsync("海川精密机床有限公司", CancellationToken.None));
            Assert.Equal(["海川机床", "海川精密机床（浙江）"], firm.Aliases.Order(StringComparer.Ordinal));
            Assert.Contains(("海川精密机床有限公司", (IReadOnlyList<string>)["海川机床", "海川精密机床（浙江）"]),
                (await store.NamesAsync(NodeLabel.Enterprise, CancellationToken.None)).Select(n => (n.Name, (IReadOnlyList<string>)[.. n.Aliases.Order(StringComparer.Ordinal)])),
                new NamesComparer());
        }

        Assert.Equal([1, 1], await StoreFile.Counts(path,
            "SELECT count(*) FROM aliases WHERE alias = '海川精密机床（浙江）' AND alias_key = '海川精密机床(浙江)' UNION ALL SELECT count(*) FROM aliases WHERE alias = '' AND alias_key = '海川机床'"));
    }

    private sealed class NamesComparer : IEqualityComparer<(string Name, IReadOnlyList<string> Aliases)>
    {
        public bool Equals((string Name, IReadOnlyList<string> Aliases) x, (string Name, IReadOnlyList<string> Aliases) y) =>
            x.Name == y.Name && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode((string Name, IReadOnlyList<string> Aliases) obj) => obj.Name.GetHashCode(StringComparison.Ordinal);
    }

    /// <summary>A firm supplying two customers, both said in one sentence, which is also the firm's evidence.</summary>
    private static DocumentGraph SharedSentence(string doc)
    {
        const string said = "甲乙精密机械有限公司供应给丙丁机床有限公司和戊己电子有限公司。";
        var supplier = Entity.Create(NodeLabel.Enterprise, "甲乙精密机械有限公司", evidence: [new(doc, doc + ".txt", 0, 10, said, "test.rule", 0.9)]);
        var first = Entity.Create(NodeLabel.Enterprise, "丙丁机床有限公司", evidence: [Said(doc, "丙丁机床有限公司")]);
        var second = Entity.Create(NodeLabel.Enterprise, "戊己电子有限公司", evidence: [new(doc, doc + ".txt", 13, 21, said, "test.rule", 0.9) { Date = "2026-01-02" }]);
        Relation Supplies(Entity customer, int start) =>
            Relation.Create(RelationType.SUPPLIES, supplier.Id, customer.Id, [], [new(doc, doc + ".txt", start, start + 8, said, "test.rule", 0.8)]);
        return new DocumentGraph(new DocumentInfo(doc, doc + ".txt", doc + "-sha", ["标题"]), [supplier, first, second], [Supplies(first, 13), Supplies(second, 22)]);
    }

    /// <summary>Every relation and entity with each of its evidence rows in full, in id order.</summary>
    private static async Task<string> EvidenceSnapshot(SqliteGraphStore store)
    {
        var relations = await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None);
        var ids = relations.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct().Order(StringComparer.Ordinal).ToList();
        var entities = await store.EntitiesAsync(ids, CancellationToken.None);
        return string.Join('\n', relations.Select(r => (r.Id, r.Evidence)).Concat(ids.Select(id => (id, entities[id].Evidence)))
            .SelectMany(o => o.Item2.Select(e => $"{o.Item1} {e}")));
    }

    [Fact]
    public async Task Search_answers_the_same_while_new_names_wait_for_the_bigram_index_as_after_they_are_merged()
    {
        using var folder = new TempFolder();
        var path = folder.File("g.db");
        string[] texts = ["精密", "精密电子", "有限公司", "密机", "庚有", "甲乙精密机械有限公司", "轴承"];
        int[] limits = [1, 2, 3, 10];
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            await store.WriteAsync(Document("d1", ("甲乙精密机械有限公司", "精密仪器有限公司"), ("丙精密有限公司", "精密")), CancellationToken.None);
        }

        // d1's names are in the bigram index (merged as the writer closed); d2's wait while its writer is open.
        List<string> answers;
        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal([0L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending"));
            await store.WriteAsync(Document("d2", ("丁精密轴承有限公司", "精密电子有限公司"), ("戊精密厂", "己庚有限公司")), CancellationToken.None);
            Assert.True((await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending"))[0] > 0);
            Assert.Equal([0L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams WHERE alias_key = '戊精密厂'"));
            answers = await SearchAnswers(store, texts, limits);

            // Exact, then prefixes, then the rest by the length of the name, across both.
            var found = (await store.SearchAsync("精密", 10, CancellationToken.None)).Select(e => e.Name).ToList();
            Assert.Equal("精密", found[0]);
            Assert.Equal(["精密仪器有限公司", "精密电子有限公司"], found[1..3].Order(StringComparer.Ordinal));
            Assert.Equal(["戊精密厂", "丙精密有限公司", "丁精密轴承有限公司", "甲乙精密机械有限公司"], found[3..]);
            Assert.Equal(["戊精密厂"], (await store.FindByNameAsync("戊精密厂", CancellationToken.None)).Select(e => e.Name));

            // A reader beside the writer sees the pending names too.
            await using var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true);
            Assert.Equal(answers, await SearchAnswers(reader, texts, limits));
        }

        Assert.Equal([0L, 1L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending UNION ALL SELECT count(*) > 0 FROM name_grams WHERE alias_key = '戊精密厂'"));
        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(answers, await SearchAnswers(reader, texts, limits));
        }

        // Pairs a writer left pending (stopped before it closed) are searched from there, and merged by the next writer that opens.
        await StoreFile.Execute(path, "DELETE FROM name_grams WHERE alias_key = '戊精密厂'; INSERT INTO name_grams_pending SELECT DISTINCT entity_id, alias_key FROM aliases WHERE alias_key = '戊精密厂'");

        await using (var reader = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None, mustExist: true))
        {
            Assert.Equal(answers, await SearchAnswers(reader, texts, limits));
        }

        await using (var store = await SqliteGraphStore.OpenAsync(path, 100, CancellationToken.None))
        {
            Assert.Equal([0L, 1L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending UNION ALL SELECT count(*) > 0 FROM name_grams WHERE alias_key = '戊精密厂'"));

            // Once as many pairs wait as the cap, a write merges them after its commit.
            store.PendingCap = 1;
            await store.WriteAsync(Document("d3", ("辛壬精密有限公司", "精密")), CancellationToken.None);
            Assert.Equal([0L, 1L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending UNION ALL SELECT count(*) > 0 FROM name_grams WHERE alias_key = '辛壬精密有限公司'"));

            // A write inside a unit (the ingest's transactions) leaves them to the unit, which merges them once it has committed.
            await store.AtomicallyAsync(async token =>
            {
                await store.WriteAsync(Document("d4", ("癸子精密有限公司", "精密")), token);
                Assert.Equal(["癸子精密有限公司"], (await store.SearchAsync("癸子精密", 10, token)).Select(e => e.Name));
                return 0;
            }, CancellationToken.None);
            Assert.Equal([0L, 1L], await StoreFile.Counts(path, "SELECT count(*) FROM name_grams_pending UNION ALL SELECT count(*) > 0 FROM name_grams WHERE alias_key = '癸子精密有限公司'"));
            Assert.Equal(["癸子精密有限公司"], (await store.SearchAsync("癸子精密", 10, CancellationToken.None)).Select(e => e.Name));
        }
    }

    private static async Task<List<string>> SearchAnswers(SqliteGraphStore store, string[] texts, int[] limits)
    {
        var answers = new List<string>();
        foreach (var text in texts)
        {
            foreach (var max in limits)
            {
                answers.Add($"{text} {max}: " + string.Join(' ', (await store.SearchAsync(text, max, CancellationToken.None)).Select(e => e.Name)));
            }
        }

        return answers;
    }

    /// <summary>Every entity with its aliases and evidence count, every relation with its evidence count, in id order.</summary>
    private static async Task<string> Snapshot(SqliteGraphStore store)
    {
        var relations = await store.RelationsAsync(RelationType.SUPPLIES, null, null, CancellationToken.None);
        var ids = relations.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct().Order(StringComparer.Ordinal).ToList();
        var entities = await store.EntitiesAsync(ids, CancellationToken.None);
        return string.Join('\n', ids.Select(id => $"{entities[id].Name} [{string.Join(',', entities[id].Aliases)}] {entities[id].Evidence.Length}")
            .Concat(relations.Select(r => $"{r.Id} {r.FromId}->{r.ToId} {string.Join(',', r.Attributes)} {r.Evidence.Length}")));
    }
}
