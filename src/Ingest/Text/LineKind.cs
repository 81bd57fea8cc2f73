namespace Graph.Ingest.Text;

/// <summary>What a line of a page is to a reader.</summary>
public enum LineKind
{
    /// <summary>Running text.</summary>
    Body,

    /// <summary>A short line without sentence punctuation: a title, subtitle, subheading or column label.</summary>
    Heading,

    /// <summary>■记者 …, 通讯员 …: metadata of an article, kept out of extraction.</summary>
    Byline,

    /// <summary>■摄影 …, ■ 记者 … 摄: the byline of a photo and its caption.</summary>
    PhotoByline,

    /// <summary>(下转2版), 》》》详见4版: the article goes on elsewhere.</summary>
    Continuation,

    /// <summary>■导读 and other page furniture.</summary>
    Marker,

    /// <summary>Part of an advertisement (addresses, hotlines).</summary>
    Advert,

    /// <summary>A weather box.</summary>
    Weather,
}
