using System.Collections.Immutable;
using Graph.Ingest.Annotation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Patterns;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Patterns;

public class PatternEngineTests
{
    private static readonly Func<string, WordList?> NoLexicons = _ => null;

    /// <summary>A sentence annotated with the given firms as enterprise mentions (names invented).</summary>
    internal static AnnotatedSentence Annotate(string text, params string[] firms)
    {
        var sentence = new Sentence(0, text, [.. Enumerable.Range(0, text.Length)]);
        var context = new SentenceContext(new Article(0, "t", null, 0, text.Length, [sentence]), sentence);
        var mentions = firms.Select(f => (Firm: f, At: text.IndexOf(f, StringComparison.Ordinal)))
            .Where(f => f.At >= 0)
            .OrderBy(f => f.At)
            .Select(f => new Mention(NodeLabel.Enterprise, f.Firm, f.Firm, context, f.At, f.At + f.Firm.Length, "test", 1))
            .ToList();
        return new SentenceAnnotator(Segmenter.Default, OfficialLexicons.Default).Annotate(0, context, mentions);
    }

    private static Pattern One(string body, Func<string, WordList?>? lexicons = null) =>
        new PatternParser(lexicons ?? NoLexicons).Parse(["t:", "    " + body, "    -> SUPPLIES s c"], "t.pat").Single();

    private static List<PatternHit> Hits(Pattern pattern, AnnotatedSentence sentence)
    {
        var hits = new List<PatternHit>();
        PatternMatcher.FindAll(pattern, sentence, hits);
        return hits;
    }

    [Fact]
    public void A_list_role_takes_every_firm_of_the_list()
    {
        var hit = Assert.Single(Hits(One("{s:ENT} 为 {c:ENTS} 等? ~2 配套"), Annotate("甲乙科技为丙丁汽车、戊己重工和庚辛电子等车企配套。", "甲乙科技", "丙丁汽车", "戊己重工", "庚辛电子")));
        Assert.Equal("甲乙科技", hit.TextOf("s"));
        Assert.Equal("丙丁汽车、戊己重工和庚辛电子", hit.TextOf("c"));
    }

    [Fact]
    public void A_literal_never_matches_inside_a_name()
    {
        // 为 inside the firm name 华为星 is part of a mention: the literal 为 does not match it.
        var sentence = Annotate("华为星科技配套丙丁汽车。", "华为星科技", "丙丁汽车");
        Assert.Empty(Hits(One("为 {c:ENT} {s:ENT}?"), sentence));
    }

    [Fact]
    public void A_gap_is_bounded_and_stays_in_its_clause()
    {
        var near = Annotate("甲乙科技今年起批量为丙丁汽车配套。", "甲乙科技", "丙丁汽车");
        var split = Annotate("甲乙科技今年起，为丙丁汽车配套。", "甲乙科技", "丙丁汽车");
        var pattern = One("{s:ENT} ~3 为 {c:ENT} 配套");
        Assert.Single(Hits(pattern, near));
        Assert.Empty(Hits(pattern, split));
        Assert.Empty(Hits(One("{s:ENT} ~1 为 {c:ENT} 配套"), near));
    }

    [Fact]
    public void Alternatives_and_optional_parts_match_each_shape()
    {
        var pattern = One("{c:ENT} 的 {p:PRODUCT}? (由|是) {s:ENT} (供应|提供)");
        Assert.Single(Hits(pattern, Annotate("丙丁汽车的座椅由甲乙科技供应。", "甲乙科技", "丙丁汽车")));
        Assert.Single(Hits(pattern, Annotate("丙丁汽车的是甲乙科技提供。", "甲乙科技", "丙丁汽车")));
        Assert.Equal("座椅", Hits(pattern, Annotate("丙丁汽车的座椅由甲乙科技供应。", "甲乙科技", "丙丁汽车"))[0].TextOf("p"));
    }

    [Fact]
    public void Unless_after_vetoes_a_match_by_a_word_later_in_its_clause_only()
    {
        var words = WordList.FromWords("test", ["未能", "计划"]);
        var pattern = new PatternParser(name => name == "doubt" ? words : null)
            .Parse(["t:", "    {s:ENT} 收购 {c:ENT}", "    unless-after @doubt", "    -> SUBSIDIARY_OF c s"], "t.pat").Single();
        Assert.Empty(Hits(pattern, Annotate("甲乙科技收购丙丁汽车的计划最终未能实现。", "甲乙科技", "丙丁汽车")));
        Assert.Single(Hits(pattern, Annotate("甲乙科技收购丙丁汽车的交易已经完成。", "甲乙科技", "丙丁汽车")));
        Assert.Single(Hits(pattern, Annotate("甲乙科技收购丙丁汽车，此前的计划未能实现。", "甲乙科技", "丙丁汽车")));
    }

    [Fact]
    public void A_lexicon_reference_reads_the_injected_word_list()
    {
        var words = WordList.FromWords("test", ["拿下", "斩获"]);
        var pattern = One("{s:ENT} @win {c:ENT} 的 订单", name => name == "win" ? words : null);
        Assert.Single(Hits(pattern, Annotate("甲乙科技斩获丙丁汽车的订单。", "甲乙科技", "丙丁汽车")));
    }

    [Fact]
    public void A_lexicon_defined_in_the_file_takes_in_a_lexicon_defined_above_it()
    {
        var file = new[] { "@finishing = 染色|印花", "@work = 生产|@finishing", "t:", "    {s:ENT} 为 {c:ENT} @work", "    -> SUPPLIES s c" };
        var pattern = new PatternParser(NoLexicons).Parse(file, "t.pat").Single();
        Assert.Single(Hits(pattern, Annotate("甲乙纺织为丙丁服饰印花。", "甲乙纺织", "丙丁服饰")));
        Assert.Single(Hits(pattern, Annotate("甲乙纺织为丙丁服饰生产。", "甲乙纺织", "丙丁服饰")));
        Assert.Empty(Hits(pattern, Annotate("甲乙纺织为丙丁服饰设计。", "甲乙纺织", "丙丁服饰")));
    }

    [Fact]
    public void A_lexicon_may_take_in_only_one_defined_above_it_in_the_file()
    {
        var file = new[] { "@work = 生产|@finishing", "@finishing = 染色|印花", "t:", "    {s:ENT} 为 {c:ENT} @work", "    -> SUPPLIES s c" };
        var error = Assert.Throws<InvalidDataException>(() => new PatternParser(NoLexicons).Parse(file, "t.pat"));
        Assert.StartsWith("t.pat:1: @finishing is not a lexicon defined above in this file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pos_tag_prefix_matches_a_word_of_that_tag_family()
    {
        var pattern = One("{s:ENT} /v* {c:ENT}");
        Assert.Single(Hits(pattern, Annotate("甲乙科技服务丙丁汽车。", "甲乙科技", "丙丁汽车")));
    }

    [Theory]
    [InlineData("t:\n    {s:ENT} (为 {c:ENT}\n    -> SUPPLIES s c", "t.pat:2: expected ')'")]
    [InlineData("t:\n    {s:ENT} 为 {c:FIRM}\n    -> SUPPLIES s c", "t.pat:2: unknown element type 'FIRM'")]
    [InlineData("t:\n    {s:ENT} @nowhere {c:ENT}\n    -> SUPPLIES s c", "t.pat:2: unknown lexicon '@nowhere'")]
    [InlineData("t:\n    {s:ENT} 为 {c:ENT}\n    -> SUPPLIES s x", "t.pat:3: role 'x' is not captured")]
    [InlineData("t:\n    {s:ENT} 为 {c:ENT}\n    -> SELLS s c", "t.pat:3: unknown output 'SELLS'")]
    [InlineData("t:\n    {s:ENT} 为 {c:ENT}", "t.pat:1: pattern 't' has no output")]
    [InlineData("t:\n    (~2)+ {c:ENT}\n    -> SUPPLIES SUBJ c", "t.pat:2: '+' repeats something that can match nothing")]
    [InlineData("    {s:ENT}", "t.pat:1: an indented line outside a pattern")]
    [InlineData("t:\n    {s:ENT} 收购 {c:ENT}\n    -> SUBSIDIARY_OF c s by-product", "t.pat:3: by-product (the supplier is the firm named after the product) is a SUPPLIES option")]
    public void A_bad_pattern_is_reported_with_its_file_and_line(string file, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => new PatternParser(NoLexicons).Parse(file.Split('\n'), "t.pat"));
        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_contract_patterns_may_turn_a_supply_round_by_the_product()
    {
        var parsed = new PatternParser(NoLexicons).Parse(
            ["t:", "    {s:ENT} 为 {c:ENT}", "    -> SUPPLIES s c by-product", "u:", "    {s:ENT} 为 {c:ENT}", "    -> SUPPLIES s c"], "t.pat");
        Assert.Equal([true, false], parsed.Select(p => p.Emits.Single().ByProduct));
        // A pattern whose words give the direction (向B供应, 由A供应, 向A采购) never has its edge turned round.
        var turning = PatternSet.Default.Patterns.Where(p => p.Emits.Any(e => e.ByProduct)).Select(p => p.Name).Order();
        Assert.Equal(["supplies.contract", "supplies.purchase-contract"], turning);
    }

    [Fact]
    public void The_shipped_patterns_load_and_each_has_a_unique_name()
    {
        var patterns = PatternSet.Default.Patterns;
        Assert.True(patterns.Length >= 10);
        Assert.Equal(patterns.Length, patterns.Select(p => p.Name).Distinct().Count());
        Assert.All(patterns, p => Assert.NotEmpty(p.Emits));
    }

    [Fact]
    public void An_event_output_keeps_its_type_participants_and_attributes()
    {
        var pattern = new PatternParser(NoLexicons).Parse(
            ["signing:", "    {a:ENT} 与 {b:ENT} 签约 {x:AMOUNT}?", "    -> EVENT signing party=a party=b amount=x kind=\"签约\""], "e.pat").Single();
        var emit = Assert.Single(pattern.Emits);
        Assert.Equal(EmitKind.Event, emit.Kind);
        Assert.Equal("signing", emit.Type);
        Assert.Equal(["party", "party", "amount", "kind"], emit.Attributes.Select(a => a.Key));
        Assert.Equal("签约", emit.Attributes[3].Value.Literal);
        var hit = Assert.Single(Hits(pattern, Annotate("甲乙科技与丙丁汽车签约5亿元。", "甲乙科技", "丙丁汽车")));
        Assert.Equal("5亿元", hit.TextOf("x"));
    }

    [Fact]
    public void An_event_of_no_known_kind_fails_at_load_with_its_line()
    {
        var error = Assert.ThrowsAny<Exception>(() => new PatternParser(NoLexicons).Parse(
            ["opening:", "    揭牌", "    -> EVENT ribbon-cutting"], "e.pat").ToList());
        Assert.Contains("e.pat:3", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown event kind 'ribbon-cutting'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_and_the_names_after_them_are_elements()
    {
        var sentence = Annotate("甲乙科技执行副总经理张明华表示。", "甲乙科技");
        Assert.Contains(sentence.Elements, e => e.Kind == ElementKind.Title && sentence.Text[e.Start..e.End] == "执行副总经理");
        Assert.Contains(sentence.Elements, e => e.Kind == ElementKind.Person && sentence.Text[e.Start..e.End] == "张明华");
    }

    [Fact]
    public void Every_character_outside_spaces_is_in_exactly_one_element()
    {
        var sentence = Annotate("甲乙科技今年60%的产能，供应给丙丁汽车和戊己重工。", "甲乙科技", "丙丁汽车", "戊己重工");
        var covered = string.Concat(sentence.Elements.Select(e => sentence.Text[e.Start..e.End]));
        Assert.Equal(sentence.Text, covered);
        Assert.Contains(sentence.Elements, e => e.Kind == ElementKind.Percent);
        Assert.Equal(3, sentence.ClauseCount);
    }
    [Fact]
    public void A_pattern_requires_each_mandatory_part_an_alternative_of_words_included()
    {
        var pattern = One("{s:ENTS}? ~4 (以 {x:AMOUNT})? 战略? (入股|参股) 了? {c:ENT}");
        // ENT is the required atom, looked for on its own; the alternative of the verbs is one requirement.
        Assert.Equal("ENT", pattern.Required!.Describe());
        var requirement = Assert.Single(pattern.Requirements);
        Assert.Equal(["入股", "参股"], requirement.Select(a => a.Describe()));
    }

    [Fact]
    public void A_match_starts_no_later_than_the_last_place_a_requirement_holds()
    {
        var pattern = One("{s:ENTS}? ~4 (入股|参股) 了? {c:ENT}");
        var stake = Annotate("甲乙科技参股丙丁汽车，戊己重工表示祝贺。", "甲乙科技", "丙丁汽车", "戊己重工");
        var none = Annotate("甲乙科技收购丙丁汽车，戊己重工表示祝贺。", "甲乙科技", "丙丁汽车", "戊己重工");
        var verb = Array.FindIndex(stake.Elements, e => stake.Text[e.Start..e.End] == "参股");
        Assert.Equal(verb, pattern.LastStart(stake, stake.Elements.Length - 1));
        Assert.Equal(-1, pattern.LastStart(none, none.Elements.Length - 1));
        var hit = Assert.Single(Hits(pattern, stake));
        Assert.Equal(("甲乙科技", "丙丁汽车"), (hit.TextOf("s"), hit.TextOf("c")));
        Assert.Empty(Hits(pattern, none));
    }

    [Theory]
    [InlineData("甲乙科技今年起批量为丙丁汽车配套，戊己重工董事长方远舟表示祝贺。")]
    [InlineData("丙丁汽车与甲乙科技签署战略合作协议，后者向丙丁汽车供应座椅。")]
    [InlineData("戊己重工投资10亿元在临江建设新能源电池项目，项目于今年3月开工。")]
    [InlineData("甲乙科技是丙丁汽车的全资子公司，庚辛电子持有其30%的股权。")]
    [InlineData("今年持续扩大产能，各方表示祝贺。")]
    [InlineData("")]
    public void The_index_finds_the_matches_every_pattern_finds_alone(string text)
    {
        // The indexed matcher (the sentence's candidate patterns, each scanned only where its filters admit an element)
        // against every pattern of the set run by itself over the whole sentence (firms invented).
        var sentence = Annotate(text, "甲乙科技", "丙丁汽车", "戊己重工", "庚辛电子");
        var patterns = PatternSet.Default.Patterns;
        var alone = new List<PatternHit>();
        foreach (var pattern in patterns)
        {
            PatternMatcher.FindAll(pattern, sentence, alone);
        }

        var index = new PatternIndex(patterns);
        var candidates = new ulong[index.Words];
        var perElement = new int[2 * sentence.Elements.Length];
        index.Candidates(sentence, candidates, perElement);
        var indexed = new List<PatternHit>();
        for (var p = 0; p < patterns.Length; p++)
        {
            if ((candidates[p >> 6] & (1UL << (p & 63))) != 0)
            {
                PatternMatcher.FindAll(patterns[p], p, index, perElement, sentence, indexed);
            }
        }

        static string Show(PatternHit h) => $"{h.Pattern.Name} {h.Start}-{h.End} [{string.Join(',', h.Slots)}]";
        Assert.Equal(alone.Select(Show), indexed.Select(Show));
        if (text.Length > 20)
        {
            Assert.NotEmpty(alone);
        }
    }

    [Fact]
    public void A_role_holds_only_the_mention_kinds_its_atoms_take()
    {
        var pattern = new PatternParser(NoLexicons).Parse(
            ["t:", "    {s:ENT} ~3 为 {c:ENTS|PERSON} 供应 {p:PRODUCT} {x:ANY}", "    -> SUPPLIES s c product=p"], "t.pat").Single();
        Assert.True(pattern.RoleMayHold("s", ElementKind.Ent));
        Assert.False(pattern.RoleMayHold("s", ElementKind.Person));
        Assert.True(pattern.RoleMayHold("c", ElementKind.Person));
        Assert.False(pattern.RoleMayHold("c", ElementKind.Place));
        // A product is free words only; ANY takes any element; a name that is no role holds nothing.
        Assert.False(pattern.RoleMayHold("p", ElementKind.Ent));
        Assert.True(pattern.RoleMayHold("x", ElementKind.Place));
        Assert.False(pattern.RoleMayHold("SUBJ", ElementKind.Ent));
        // A list of firms that may carry their places holds those places too (read by the words that stand for a place).
        WordList? PlaceWords(string name) => name switch
        {
            "firm-place-words" => WordList.FromWords(name, ["本地", "隔壁"]),
            "zone-endings" => WordList.FromWords(name, ["园区"]),
            _ => null,
        };
        var placed = new PatternParser(PlaceWords).Parse(["t:", "    为 {c:FIRMS} 配套 {d:ENTS}", "    -> SUPPLIES SUBJ c"], "t.pat").Single();
        Assert.True(placed.RoleMayHold("c", ElementKind.Place));
        Assert.False(placed.RoleMayHold("d", ElementKind.Place));
    }

    [Fact]
    public void A_pattern_holds_a_clause_end_only_through_an_atom_that_takes_one()
    {
        Assert.False(One("{s:ENT} ~3 为 {c:ENT} 配套").MayConsumeClauseEnd);
        Assert.False(One("{s:ENT} !为 {c:ENTS} /v*").MayConsumeClauseEnd);
        Assert.True(One("{s:ENT} ， 为 {c:ENT}").MayConsumeClauseEnd);
        Assert.True(One("{s:ENT} PUNCT {c:ENT}").MayConsumeClauseEnd);
        var words = WordList.FromWords("t", ["如下：", "配套"]);
        Assert.True(One("{s:ENT} @w {c:ENT}", name => name == "w" ? words : null).MayConsumeClauseEnd);
    }

    [Fact]
    public void A_pattern_opening_with_a_clause_start_is_tried_only_at_one()
    {
        Assert.True(One("^ {s:ENT} 也? 为 {c:ENT} 配套").StartsAtClauseStart);
        Assert.True(One("^ ENT* {s:ENT} 为 {c:ENT}").StartsAtClauseStart);
        Assert.False(One("({s:ENT} 向 | ^ {s:ENT}) 为 {c:ENT}").StartsAtClauseStart);
        Assert.False(One("{s:ENT}? ^ 为 {c:ENT}").StartsAtClauseStart);
        Assert.False(One("{s:ENT} 为 {c:ENT} 配套 $").StartsAtClauseStart);

        // The firm before 为 opens the first and the second clause, not the third (据悉 is before it), nor the fourth's
        // second firm (each firm written once: the helper marks a name's first place only): the indexed matcher, which skips starts that open no clause, finds what the pattern alone finds.
        var sentence = Annotate("甲乙科技为丙丁汽车配套，戊己重工为子丑汽车配套，据悉庚辛电子为寅卯汽车配套，壬癸电机与辛酉精工为辰巳汽车配套。",
            "甲乙科技", "丙丁汽车", "戊己重工", "子丑汽车", "庚辛电子", "寅卯汽车", "壬癸电机", "辛酉精工", "辰巳汽车");
        var pattern = One("^ {s:ENT} 为 {c:ENT} 配套");
        var alone = Hits(pattern, sentence);
        var index = new PatternIndex([pattern]);
        var candidates = new ulong[index.Words];
        var perElement = new int[2 * sentence.Elements.Length];
        index.Candidates(sentence, candidates, perElement);
        var indexed = new List<PatternHit>();
        PatternMatcher.FindAll(pattern, 0, index, perElement, sentence, indexed);
        static string Show(PatternHit h) => $"{h.Start}-{h.End} {h.TextOf("s")}";
        Assert.Equal(["甲乙科技", "戊己重工"], alone.Select(h => h.TextOf("s")));
        Assert.Equal(alone.Select(Show), indexed.Select(Show));
    }

    [Theory]
    [InlineData("甲乙科技今年起批量为丙丁汽车配套，戊己重工董事长方远舟表示祝贺，庚辛电子为丙丁汽车供应座椅。")]
    [InlineData("丙丁汽车与甲乙科技签署战略合作协议；后者向丙丁汽车供应座椅，戊己重工为其配套。")]
    [InlineData("戊己重工投资10亿元在临江建设新能源电池项目：项目于今年3月开工，甲乙科技参股丙丁汽车。")]
    [InlineData("甲乙科技是丙丁汽车的全资子公司，庚辛电子持有其30%的股权，戊己重工为丙丁汽车配套。")]
    [InlineData("今年持续扩大产能，甲乙科技为丙丁汽车供应电池，各方表示祝贺。")]
    public void Matches_from_a_clauses_first_element_are_those_of_the_whole_sentence_there(string text)
    {
        // Every shipped pattern no match of which holds a clause end, searched from the first element of each clause:
        // the matches of the search from the sentence's start that begin there or later; searched up to an element and
        // the end of its clause: those that begin up to that element (firms invented).
        var sentence = Annotate(text, "甲乙科技", "丙丁汽车", "戊己重工", "庚辛电子");
        var patterns = PatternSet.Default.Patterns;
        var index = new PatternIndex(patterns);
        var candidates = new ulong[index.Words];
        var perElement = new int[2 * sentence.Elements.Length];
        index.Candidates(sentence, candidates, perElement);
        static string Show(PatternHit h) => $"{h.Pattern.Name} {h.Start}-{h.End} [{string.Join(',', h.Slots)}]";
        var clauseStarts = Enumerable.Range(1, sentence.Elements.Length - 1).Where(i => sentence.IsClauseBoundary(i - 1)).ToList();
        Assert.True(clauseStarts.Count >= 2);
        var compared = 0;
        for (var p = 0; p < patterns.Length; p++)
        {
            if ((candidates[p >> 6] & (1UL << (p & 63))) == 0 || patterns[p].MayConsumeClauseEnd)
            {
                continue;
            }

            var whole = new List<PatternHit>();
            PatternMatcher.FindAll(patterns[p], p, index, perElement, sentence, whole);
            compared += whole.Count;
            foreach (var from in clauseStarts)
            {
                var part = new List<PatternHit>();
                PatternMatcher.FindAll(patterns[p], p, index, perElement, sentence, part, firstStart: from);
                Assert.Equal(whole.Where(h => h.Start >= from).Select(Show), part.Select(Show));
            }

            // Starts up to any element, the required atom and the requirements looked for up to the end of its clause only.
            for (var last = 0; last < sentence.Elements.Length; last++)
            {
                var end = last;
                while (end < sentence.Elements.Length - 1 && !sentence.IsClauseBoundary(end))
                {
                    end++;
                }

                var part = new List<PatternHit>();
                PatternMatcher.FindAll(patterns[p], p, index, perElement, sentence, part, lastStart: last, lastHeld: end);
                Assert.Equal(whole.Where(h => h.Start <= last).Select(Show), part.Select(Show));
            }
        }

        Assert.True(compared > 0);
    }

    [Fact]
    public void Matching_allocates_nothing_per_element()
    {
        // Every pattern of the set over a sentence of 5 and of 60 filler clauses that none of them matches: the same bytes.
        static AnnotatedSentence Long(int clauses) =>
            Annotate("甲乙科技" + string.Concat(Enumerable.Repeat("今年持续扩大产能，", clauses)) + "丙丁汽车表示祝贺。", "甲乙科技", "丙丁汽车");
        var (shortSentence, longSentence) = (Long(5), Long(60));
        var hits = new List<PatternHit>(16);
        long Allocated(AnnotatedSentence sentence)
        {
            hits.Clear();
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var pattern in PatternSet.Default.Patterns)
            {
                PatternMatcher.FindAll(pattern, sentence, hits);
            }

            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        // The first rounds size the per-thread scratch and memo tables to the long sentence.
        Allocated(longSentence);
        Allocated(shortSentence);
        var (shortBytes, shortHits) = (Allocated(shortSentence), hits.Count);
        var (longBytes, longHits) = (Allocated(longSentence), hits.Count);
        Assert.Equal(shortHits, longHits);
        Assert.Equal(shortBytes, longBytes);
    }
}
