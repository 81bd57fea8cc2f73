namespace Graph.Ingest.Annotation;

/// <summary>What one element of an annotated sentence is: a plain word, punctuation, or a recognised mention collapsed into one element.</summary>
public enum ElementKind : byte
{
    Word,
    Punct,
    Ent,
    Org,
    Place,
    Cluster,
    Project,
    Person,
    Title,
    Amount,
    Percent,
}

/// <summary>
/// One element of an <see cref="AnnotatedSentence"/>: a jieba token with its POS tag, or a mention covering one or
/// more tokens. <see cref="Start"/>/<see cref="End"/> are character offsets in the sentence; <see cref="Mention"/> is the
/// index of the mention in <see cref="AnnotatedSentence.Mentions"/>, or -1 (words, titles, amounts, a person read from text).
/// </summary>
public readonly record struct Element(ElementKind Kind, int Start, int End, string Tag, int Mention)
{
    public int Length => End - Start;

    /// <summary>True for words and punctuation: what a literal or a lexicon may match.</summary>
    public bool IsPlain => Kind is ElementKind.Word or ElementKind.Punct;

    /// <summary>Not part of a mention (a word, a title, an amount): what literals and lexicons may match, never a name.</summary>
    public bool IsFree => Mention < 0;
}
