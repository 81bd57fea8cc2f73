using System.Globalization;
using System.Text;
using Graph.Ingest.Places;

namespace Graph.Bench.Corpus;

/// <summary>
/// Writes a synthetic archive of local industry news: one article per .txt file, each made from its index and the
/// seed alone (so the same seed gives the same bytes, and the first 1,000 articles of a 10,000-article corpus are the
/// 1,000-article corpus). Articles follow the shapes of real reports: a firm's project breaks ground in a county's
/// zone before its officials, the firm supplies named customers (supply chains between generated firms), its people
/// speak, it belongs to the county's cluster. New firms, people and projects keep appearing, so the graph grows with N.
/// </summary>
internal sealed class CorpusGenerator(int seed, Gazetteer gazetteer)
{
    /// <summary>Changes whenever the same seed would give other text, so that a kept corpus is known stale.</summary>
    public const string Version = "generator 2";

    private readonly World _world = new(seed, gazetteer);

    public static string FileName(int article) => $"{article:D7}.txt";

    /// <summary>Writes articles 0..count-1 to <paramref name="folder"/>; returns the bytes written.</summary>
    public long Write(int count, string folder, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        long bytes = 0;
        Parallel.For(0, count, new ParallelOptions { CancellationToken = cancellationToken }, article =>
        {
            byte[] text = Encoding.UTF8.GetBytes(Article(article));
            File.WriteAllBytes(Path.Combine(folder, FileName(article)), text);
            Interlocked.Add(ref bytes, text.Length);
        });
        return bytes;
    }

    /// <summary>The text of article <paramref name="article"/>: a title line, then paragraphs separated by blank lines.</summary>
    public string Article(int article)
    {
        var rng = new Rng(seed, 4, article);
        int firms = World.FirmsAt(article);
        // Every other article introduces the newest firm; the rest report on any firm already known.
        var focus = _world.Firm(article % 2 == 0 ? firms - 1 : rng.Next(firms));
        var place = focus.Place;
        var (secretary, head) = _world.Officials(place);
        var customers = focus.Customers.Select(_world.Firm).ToList();
        var peer = _world.Firm(rng.Next(firms));
        string product = rng.Pick(focus.Industry.Products);
        string zone = place.CountyShort + rng.Pick(Vocabulary.Zones);
        int quantity = rng.Next(5, 200);
        string project = $"{focus.Brand}年产{quantity}万套{product}{rng.Pick(Vocabulary.ProjectKinds)}";
        string amount = Amount(rng);
        string date = Date(rng);
        var staff = World.MakePerson(rng);
        string staffTitle = rng.Pick(Vocabulary.FirmTitles);
        string cluster = $"{place.CityShort}{focus.Industry.Cluster}产业集群";

        var paragraphs = new List<string>();
        string title = rng.Next(4) switch
        {
            0 => $"{focus.ShortName}{product}项目开工 {place.CountyShort}{focus.Industry.Name}产业链再延伸",
            1 => $"{place.CityShort}{focus.Industry.Name}集群跑出加速度",
            2 => $"订单排到明年 {focus.ShortName}产能再扩",
            _ => $"{place.CountyShort}：链主带配套 {focus.Industry.Name}产业集聚成势",
        };

        paragraphs.Add(rng.Next(3) switch
        {
            0 => $"{date}，{focus.FullName}{project}在{place.County}{zone}正式开工。该项目总投资{amount}亿元，达产后可年产{product}{quantity}万套。{place.County}{place.SecretaryTitle}{secretary.Name}、{place.County}{place.HeadTitle}{head.Name}出席{rng.Pick(Vocabulary.Events)}。",
            1 => $"{date}，记者从{place.City}{place.County}获悉，{focus.FullName}投资{amount}亿元建设的{project}近日签约落户{zone}。{place.County}{place.SecretaryTitle}{secretary.Name}出席{rng.Pick(Vocabulary.Events)}并致辞。",
            _ => $"{date}，{place.County}{place.HeadTitle}{head.Name}带队走访{focus.FullName}，调研{project}建设进展。该项目计划投资{amount}亿元，目前主体厂房已经结顶。",
        });

        paragraphs.Add(Filler(rng, 4));
        paragraphs.Add(Filler(rng, 3));

        var supply = new StringBuilder();
        foreach (var customer in customers)
        {
            supply.Append(rng.Next(4) switch
            {
                0 => $"{focus.ShortName}生产的{product}已批量供应给{customer.FullName}。",
                1 => $"{focus.ShortName}主要为{customer.FullName}配套{product}，年供货量超过{rng.Next(2, 90)}万件。",
                2 => $"“我们{rng.Next(20, 80)}%的{product}供应给{customer.ShortName}。”{focus.ShortName}总经理{focus.Manager.Name}告诉记者。{customer.FullName}是{focus.ShortName}最大的客户。",
                _ => $"目前，{focus.FullName}已为{customer.FullName}提供{product}。",
            });
        }

        if (supply.Length > 0)
        {
            paragraphs.Add(supply.Append(Filler(rng, 1)).ToString());
        }

        paragraphs.Add(rng.Next(3) switch
        {
            0 => $"{focus.FullName}董事长{focus.Chairman.Name}介绍，企业去年实现营业收入{rng.Next(2, 60)}亿元，{product}的市场占有率逐年提升。{Filler(rng, 1)}",
            1 => $"{staffTitle}{staff.Name}是{focus.ShortName}的老员工，{rng.Next(3, 20)}年来见证了企业从小作坊成长为行业骨干。{Filler(rng, 1)}",
            _ => $"“{Filler(rng, 1)}”{focus.FullName}{staffTitle}{staff.Name}说。",
        });

        paragraphs.Add(rng.Next(3) switch
        {
            0 => $"{focus.FullName}位于{place.County}{zone}，是{cluster}的骨干企业。{Filler(rng, 1)}",
            1 => $"作为{cluster}的成员企业，{focus.ShortName}与{peer.FullName}等企业在研发、采购上密切协作。",
            _ => $"{place.CityShort}将{focus.Industry.Name}作为主导产业，{cluster}已集聚{focus.ShortName}、{peer.ShortName}等{rng.Next(20, 300)}家企业。{Filler(rng, 1)}",
        });

        if (peer.Customers.Length > 0)
        {
            var peerCustomer = _world.Firm(peer.Customers[0]);
            paragraphs.Add($"同在产业链上的{peer.FullName}则主要为{peerCustomer.FullName}配套{rng.Pick(peer.Industry.Products)}。{peer.ShortName}{rng.Pick(Vocabulary.FirmTitles)}{World.MakePerson(rng).Name}说，{Filler(rng, 1)}");
        }

        paragraphs.Add(Filler(rng, 4));
        paragraphs.Add(Filler(rng, 3));
        paragraphs.Add($"{place.County}{place.HeadTitle}{head.Name}表示，{place.CountyShort}将继续优化营商环境，{Filler(rng, 2)}");
        return title + "\n\n" + string.Join("\n\n", paragraphs) + "\n";
    }

    private static string Filler(Rng rng, int sentences) =>
        string.Concat(Enumerable.Range(0, sentences).Select(_ => rng.Pick(Vocabulary.Filler)));

    private static string Amount(Rng rng) =>
        rng.Chance(0.5) ? rng.Next(1, 60).ToString(CultureInfo.InvariantCulture) : (rng.Next(10, 999) / 10.0).ToString("0.#", CultureInfo.InvariantCulture);

    private static string Date(Rng rng) => $"{rng.Next(2016, 2026)}年{rng.Next(1, 13)}月{rng.Next(1, 29)}日";
}
