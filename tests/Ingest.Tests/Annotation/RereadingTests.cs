using Graph.Ingest.Annotation;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Ingest.Places;
using Graph.Ingest.Segmentation;
using Graph.Ingest.Sources;
using Graph.Ingest.Text;
using Graph.Model;

namespace Graph.Ingest.Tests.Annotation;

/// <summary>A reading of an article after a rule added mentions: kept sentences are not read again, and nothing differs from a fresh reading.</summary>
public class RereadingTests
{
    private static readonly SentenceAnnotator Annotator = new(Segmenter.Default, OfficialLexicons.Default);

    /// <summary>An article of invented names, with <paramref name="firms"/> as enterprise mentions wherever they are written.</summary>
    private static ArticleScope Scope(string body, params string[] firms)
    {
        var document = new PageNormalizer().Normalize(SourceDocument.FromText("a.txt", "标题\n\n" + body + "\n"));
        var scope = new ArticleScope(document, document.Articles[0], AliasResolver.Build([], ExtractionLexicons.Default), new PlaceExtractor().Extract(document));
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            foreach (var firm in firms)
            {
                Add(scope, i, firm);
            }
        }

        return scope;
    }

    private static void Add(ArticleScope scope, int sentence, string firm)
    {
        var text = scope.Sentences[sentence].Text;
        for (var at = text.IndexOf(firm, StringComparison.Ordinal); at >= 0; at = text.IndexOf(firm, at + 1, StringComparison.Ordinal))
        {
            scope.TryAdd(sentence, new Mention(NodeLabel.Enterprise, firm, firm, scope.Sentences[sentence], at, at + firm.Length, "test", 1));
        }
    }

    [Fact]
    public void A_sentence_read_with_a_known_name_keeps_that_reading_while_its_mentions_and_names_stay()
    {
        // 潘宏伟 is read as a person after a title; in the second sentence jieba cuts it (潘|宏伟), and only the known name reads it whole.
        var scope = Scope("甲乙科技总经理潘宏伟出席。据了解，潘宏伟多年从事研发。丙丁汽车将采购座椅。", "甲乙科技");
        var first = Annotator.Annotate(scope);
        // Sentence 0 is the title.
        Assert.Contains("潘宏伟", first[2].KnownNames);
        Assert.Contains(first[2].Elements, e => e.Kind == ElementKind.Person && first[2].TextOf(e) is "潘宏伟");

        Add(scope, 3, "丙丁汽车");
        var second = Annotator.Annotate(scope, first);
        AssertReadsAsFresh(scope, second);

        // The unchanged sentences are the same readings (not segmented again), as new records whose subjects start empty.
        Assert.Same(first[1].Elements, second[1].Elements);
        Assert.Same(first[2].Elements, second[2].Elements);
        Assert.NotSame(first[2], second[2]);
        Assert.NotSame(first[3].Elements, second[3].Elements);
        Assert.Contains(second[3].Elements, e => e.Kind == ElementKind.Ent);
    }

    [Fact]
    public void A_reading_after_a_mention_joined_the_sentence_that_names_the_person_equals_a_fresh_one()
    {
        // The mention changes the sentence where 潘宏伟 is read after a title; the sentence that only repeats the name is kept.
        var scope = Scope("丁戊总经理潘宏伟出席。据了解，潘宏伟多年从事研发。");
        var first = Annotator.Annotate(scope);
        Add(scope, 1, "丁戊");
        var second = Annotator.Annotate(scope, first);
        AssertReadsAsFresh(scope, second);
    }

    /// <summary>Each sentence of a re-reading has the elements and known names of a fresh reading of the same scope.</summary>
    private static void AssertReadsAsFresh(ArticleScope scope, IReadOnlyList<AnnotatedSentence> reread)
    {
        var fresh = Annotator.Annotate(scope);
        Assert.Equal(fresh.Length, reread.Count);
        for (var i = 0; i < fresh.Length; i++)
        {
            Assert.Equal(fresh[i].Elements, reread[i].Elements);
            Assert.Equal(fresh[i].KnownNames, reread[i].KnownNames);
        }
    }
}
