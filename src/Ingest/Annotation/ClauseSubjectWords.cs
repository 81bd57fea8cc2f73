using Graph.Ingest.Lexicons;

namespace Graph.Ingest.Annotation;

/// <summary>The word lists the clause-subject pass reads, each a commented file under <c>resources/extraction/</c>.</summary>
/// <param name="FirmReferences">Words that stand for a firm spoken of before (subject-references.txt: 该公司, 公司, 其, 我们).</param>
/// <param name="PersonReferences">Words that stand for a person spoken of before (person-references.txt: 他, 她).</param>
/// <param name="ClusterReferences">Words that stand for a cluster spoken of before (cluster-references.txt).</param>
/// <param name="TopicVerbs">Verbs of visiting at the start of a clause (topic-verbs.txt: 走进A，…): the firm after one is the topic of the clauses that follow.</param>
/// <param name="ZoneEndings">Words that end a zone's name (zone-endings.txt): a place so named is the zone later clauses are set in.</param>
/// <param name="UntaggedVerbs">Verbs jieba tags as nouns or unknown words (任命/n, 供往/x): what follows one is its object, not the subject.</param>
/// <param name="AppositionRoles">Nouns that name a second firm by its tie to the first (A的竞争对手C, A的客户B): the clause is about
/// the second (A的竞争对手C已拿下B的订单: C wins, not A).</param>
/// <param name="SpeechVerbs">Verbs that attribute speech to the person before them (speech-verbs.txt): in 公司总经理张三介绍，…, what
/// follows is said for the firm the person was named with.</param>
/// <param name="SupplierMeetings">Names of a firm's meeting with its suppliers (supplier-meetings.txt: 供应商大会, 合作伙伴大会): the
/// firm named with one is the host (HOST) of the clauses that tell of it.</param>
/// <param name="MeetingTellings">Words that open a sentence telling of the meeting named before (meeting-tellings.txt: 会上, 大会上).</param>
/// <param name="HandingVerbs">Verbs that hand goods on to, or take them from, the firm after them (handing-verbs.txt: 卖给, 采购自,
/// 来自): in a clause that opens with a verb (还卖给了本地的A), the firm after 的 is their object, not the subject.</param>
/// <param name="DoerWords">Words that name the firm doing the work after them (doer-words.txt: 由, 交由).</param>
/// <param name="ThenWords">Words that open a clause telling the next step (then-words.txt: 再, 然后再): after 由A…, A takes it.</param>
public sealed record ClauseSubjectWords(WordList FirmReferences, WordList PersonReferences, WordList ClusterReferences, WordList TopicVerbs,
    WordList ZoneEndings, WordList UntaggedVerbs, WordList AppositionRoles, WordList SpeechVerbs, WordList SupplierMeetings,
    WordList MeetingTellings, WordList HandingVerbs, WordList DoerWords, WordList ThenWords)
{
    /// <summary>The lists from <paramref name="folder"/>; zone endings and speech verbs are the ones the other stages read.</summary>
    public static ClauseSubjectWords Load(string folder, WordList zoneEndings, WordList speechVerbs)
    {
        WordList Of(string file) => WordList.Load(Path.Combine(folder, file));
        return new(Of("subject-references.txt"), Of("person-references.txt"), Of("cluster-references.txt"), Of("topic-verbs.txt"),
            zoneEndings, Of("untagged-verbs.txt"), Of("apposition-roles.txt"), speechVerbs, Of("supplier-meetings.txt"),
            Of("meeting-tellings.txt"), Of("handing-verbs.txt"), Of("doer-words.txt"), Of("then-words.txt"));
    }
}
