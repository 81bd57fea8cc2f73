using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Graph.Ingest.Places;
using Graph.Model;

namespace Graph.Bench.Corpus;

/// <summary>
/// The graphs the generated archive's articles would give, made directly (no text, no extraction), so that a store of
/// a million relationships can be built in minutes through the store's own document writer. Article i tells the same
/// world as <see cref="CorpusGenerator"/>'s article i: a firm (the newest every other article, else an older one,
/// old firms more often), its county, city and province, its zone, its customers (supply chains that end at a few
/// large makers), a neighbour firm's own supply, its chairman, manager and a staff member, the county's secretary and
/// head in the county's bodies, the city's cluster (and the province's, which it is part of), a project with amount
/// and date, the product, sometimes an event (ground-breaking, signing) with its participants. Every entity and
/// relation carries one evidence sentence per article, as extraction gives, so hubs (a province, a product) gather
/// evidence as they do in a real archive. Deterministic: the same seed and index give the same graph.
/// </summary>
internal sealed class GraphGenerator(int seed, Gazetteer gazetteer)
{
    private const string Rule = "bench-graph";

    private readonly World _world = new(seed, gazetteer);

    public DocumentGraph Article(int article)
    {
        var rng = new Rng(seed, 5, article);
        int firms = World.FirmsAt(article);
        var focus = _world.Firm(article % 2 == 0 ? firms - 1 : (int)(firms * Math.Pow(rng.NextDouble(), 1.5)));
        var place = focus.Place;
        string fileName = $"g{article:D7}.txt";
        string sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"graph|{seed}|{article}")));
        string documentId = StableId.ForDocument(sha);
        string date = $"{2020 + rng.Next(6)}-{rng.Next(1, 13):D2}-{rng.Next(1, 29):D2}";
        var builder = new Builder(documentId, fileName, date);

        string province = builder.Entity(NodeLabel.District, place.Province, [], "省内");
        string city = builder.Entity(NodeLabel.District, place.City, [place.CityShort], "市里");
        string county = builder.Entity(NodeLabel.District, place.County, [place.CountyShort], "县里");
        builder.Relation(RelationType.LOCATED_IN, city, province);
        builder.Relation(RelationType.LOCATED_IN, county, city);
        string home = county;
        if (rng.Chance(0.5))
        {
            home = builder.Entity(NodeLabel.District, place.CountyShort + Vocabulary.Zones[focus.Index % Vocabulary.Zones.Length], [], "园区");
            builder.Relation(RelationType.LOCATED_IN, home, county);
        }

        string firm = Firm(builder, focus);
        builder.Relation(RelationType.LOCATED_IN, firm, home);

        string product = rng.Pick(focus.Industry.Products);
        builder.Relation(RelationType.PRODUCES, firm, builder.Entity(NodeLabel.Product, product, [], "产品"));
        foreach (var customer in focus.Customers.Select(_world.Firm))
        {
            builder.Relation(RelationType.SUPPLIES, firm, Firm(builder, customer), ("product", product));
        }

        // Younger firms that sell to this one: chains several tiers deep.
        int younger = firms - focus.Index - 1;
        for (int i = younger > 0 ? rng.Next(4) : 0; i > 0; i--)
        {
            var supplier = _world.Firm(focus.Index + 1 + rng.Next(younger));
            builder.Relation(RelationType.SUPPLIES, Firm(builder, supplier), firm, ("product", rng.Pick(supplier.Industry.Products)));
        }

        // A neighbour firm's own supply, and now and then its cooperation with the focus firm.
        var peer = _world.Firm(rng.Next(firms));
        string peerId = Firm(builder, peer);
        if (peer.Customers.Length > 0)
        {
            builder.Relation(RelationType.SUPPLIES, peerId, Firm(builder, _world.Firm(peer.Customers[0])), ("product", peer.Industry.Products[0]));
        }

        if (peerId != firm && rng.Chance(0.2))
        {
            builder.Relation(RelationType.COOPERATES_WITH, firm, peerId);
        }

        // People: the firm's, and the county's.
        builder.Relation(RelationType.HOLDS_POSITION, builder.Entity(NodeLabel.Official, focus.Chairman.Name, [], "董事长"), firm, ("title", "董事长"));
        builder.Relation(RelationType.HOLDS_POSITION, builder.Entity(NodeLabel.Official, focus.Manager.Name, [], "总经理"), firm, ("title", "总经理"));
        string staffTitle = rng.Pick(Vocabulary.FirmTitles);
        builder.Relation(RelationType.HOLDS_POSITION, builder.Entity(NodeLabel.Official, World.MakePerson(rng).Name, [], staffTitle), firm, ("title", staffTitle));
        var (secretary, head) = _world.Officials(place);
        string party = builder.Entity(NodeLabel.Organization, place.County + "委", [place.CountyShort + "委"], "县委");
        string government = builder.Entity(NodeLabel.Organization, place.County + "人民政府", [place.CountyShort + "政府"], "政府");
        builder.Relation(RelationType.LOCATED_IN, party, county);
        builder.Relation(RelationType.LOCATED_IN, government, county);
        string secretaryId = builder.Entity(NodeLabel.Official, secretary.Name, [], "书记");
        builder.Relation(RelationType.HOLDS_POSITION, secretaryId, party, ("title", place.County[^1] + place.SecretaryTitle));
        builder.Relation(RelationType.HOLDS_POSITION, builder.Entity(NodeLabel.Official, head.Name, [], place.HeadTitle), government, ("title", place.HeadTitle));

        // The city's cluster, part of the province's.
        string cluster = builder.Entity(NodeLabel.Cluster, $"{place.CityShort}{focus.Industry.Cluster}产业集群", [], "集群");
        builder.Relation(RelationType.MEMBER_OF, firm, cluster, ("basis", rng.Chance(0.7) ? "stated" : "implied"));
        builder.Relation(RelationType.LOCATED_IN, cluster, city);
        if (rng.Chance(0.3))
        {
            string provinceCluster = builder.Entity(NodeLabel.Cluster, $"{place.Province.TrimEnd('省')}{focus.Industry.Cluster}产业集群", [], "集群");
            builder.Relation(RelationType.PART_OF, cluster, provinceCluster);
        }

        // A project of the firm, and sometimes its ceremony.
        string amount = $"{rng.Next(1, 50) * (rng.Chance(0.5) ? 1 : 10)}亿元";
        string projectName = $"{focus.Brand}年产{rng.Next(5, 200)}万套{product}{rng.Pick(Vocabulary.ProjectKinds)}";
        string project = builder.Entity(NodeLabel.Project, projectName, [], "项目", ("amount", amount), ("date", date));
        builder.Relation(RelationType.INVESTS_IN, firm, project, ("amount", amount));
        builder.Relation(RelationType.LOCATED_IN, project, home);
        if (rng.Chance(0.4))
        {
            string kind = rng.Chance(0.5) ? "groundbreaking" : "signing";
            string name = projectName + (kind == "groundbreaking" ? "开工仪式" : "签约仪式");
            string eventId = StableId.ForEvent(kind, date, county, [firm, project]);
            builder.Entity(NodeLabel.Event, name, [], "仪式", eventId, ("kind", kind), ("dateIso", date), ("date", date), ("status", "held"));
            builder.Relation(RelationType.PARTICIPATES_IN, firm, eventId, ("role", "subject"));
            builder.Relation(RelationType.PARTICIPATES_IN, secretaryId, eventId, ("role", "official"));
            builder.Relation(RelationType.LOCATED_IN, eventId, county);
        }

        return builder.Build(sha);
    }

    private static string Firm(Builder builder, Firm firm) =>
        builder.Entity(NodeLabel.Enterprise, firm.FullName, [firm.ShortName], "公司");

    /// <summary>One article's entities and relations, each with its evidence sentence, merged by id.</summary>
    private sealed class Builder(string documentId, string fileName, string date)
    {
        private readonly Dictionary<string, Entity> _entities = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Relation> _relations = new(StringComparer.Ordinal);
        private int _offset;

        public string Entity(NodeLabel label, string name, string[] aliases, string context, params (string Key, string Value)[] attributes) =>
            Entity(label, name, aliases, context, null, attributes);

        public string Entity(NodeLabel label, string name, string[] aliases, string context, string? id, params (string Key, string Value)[] attributes)
        {
            var entity = Model.Entity.Create(label, name, aliases, attributes.Select(a => KeyValuePair.Create(a.Key, a.Value)),
                [Evidence($"{context}{name}的情况。")]);
            if (id is not null)
            {
                entity = entity with { Id = id };
            }

            _entities.TryAdd(entity.Id, entity);
            return entity.Id;
        }

        public void Relation(RelationType type, string fromId, string toId, params (string Key, string Value)[] attributes)
        {
            var relation = Model.Relation.Create(type, fromId, toId, attributes.Select(a => KeyValuePair.Create(a.Key, a.Value)),
                [Evidence($"{_entities[fromId].Name}{type}{_entities[toId].Name}。")]);
            _relations.TryAdd(relation.Id, relation);
        }

        public DocumentGraph Build(string sha) =>
            new(new DocumentInfo(documentId, fileName, sha, [fileName]) { Path = "/bench/" + fileName, Date = date },
                [.. _entities.Values], [.. _relations.Values]);

        private Evidence Evidence(string sentence)
        {
            int start = _offset;
            _offset += sentence.Length;
            return new Evidence(documentId, fileName, start, _offset, sentence, Rule, 0.9) { Date = date };
        }
    }
}
