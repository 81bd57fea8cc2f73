using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Annotation;

/// <summary>
/// Gives every clause of an article its subject, once, for all patterns: the firm, cluster or body the clause opens
/// with (before its first verb or preposition); else the firm a reference stands for (该公司, 公司, 其, 该企业, 我们 → the
/// firm last spoken of, or the article's focus); 他/她 → the person last spoken of; in a quotation, the speaker's
/// company; else the topic carried from the previous clause, or from the sentence before.
/// </summary>
public sealed class ClauseSubjectPass(ClauseSubjectWords words)
{
    /// <summary>How many sentences a topic is carried without being named again.</summary>
    public const int CarryWindow = 2;

    public void Run(IReadOnlyList<AnnotatedSentence> sentences, Func<int, EntityKey?> quoteCompany, EntityKey? focus)
    {
        EntityKey? firm = null;
        EntityKey? person = null;
        EntityKey? cluster = null;
        // The firm each person was named with (X的总经理张三), and the person last named: 他表示，公司… speaks for that firm.
        var firmOfPerson = new Dictionary<EntityKey, EntityKey>();
        EntityKey? lastPerson = null;
        EntityKey? zone = null;
        var firmSentence = -CarryWindow - 1;
        // The enterprise last named anywhere: 该公司/公司 stands for it when the topic is a body, not a firm (宜春市委…来到A。该公司…).
        EntityKey? lastEnterprise = null;
        var enterpriseSentence = -CarryWindow - 1;
        // Subjects are values (records): the clauses that carry the same one, or fall back on the focus, share one record
        // instead of a new one per clause.
        ClauseSubject? lastCarried = null;
        ClauseSubject? focusSubject = null;
        // The firm an announcement defines a reference word for (X股份有限公司（以下简称“公司”）): a later bare 公司 / 本公司 is
        // that firm for the rest of the article, whatever firm was named last (B将向公司采购…。公司董事长张三…).
        EntityKey? defined = null;
        // The firm a bare 公司 last stood for (or the first firm the article made its subject), and the other firms named as
        // subjects since: after a run of two or more (会上，A获评…；C获评…；D拿下…), a bare 公司 still means that firm (公司采购
        // 中心总监…说 is the host's), not the last of the run; after one other firm (…来到D的车间。公司负责人介绍…) it means that one.
        EntityKey? referent = null;
        var others = new List<EntityKey>();
        var othersSentence = -1;
        // The host of the supplier meeting the article named last, and whether the sentence before told of it (会上，A获评…；).
        EntityKey? meetingHost = null;
        var tellingMeeting = false;
        // The firm the sentence before spoke for (A总经理张三介绍，…。 / …，A总经理张三说。): a quotation that follows is said for it.
        // (and a quotation of several sentences goes on being said for it until it closes)
        EntityKey? spokeBefore = null;
        var quoteOpen = false;
        for (var n = 0; n < sentences.Count; n++)
        {
            var sentence = sentences[n];
            var hostHere = MeetingHost(sentence, ref meetingHost);
            tellingMeeting = hostHere is not null || (meetingHost is not null
                && (OpensWithTelling(sentence) || (tellingMeeting && n > 0 && EndsWithSemicolon(sentences[n - 1]))));
            var clauseHost = tellingMeeting ? hostHere ?? meetingHost : null;
            // 公司总经理张三介绍，…: the firm the speaker is named with is the subject of what the sentence says after the speech verb.
            EntityKey? spokenFor = null;
            defined = DefinedReference(sentence) ?? defined;
            NoteFirmsOfPersons(sentence, firmOfPerson);
            var quotedFor = OpensWithQuote(sentence) || (spokeBefore is not null && quoteOpen) ? spokeBefore : null;
            quoteOpen = quotedFor is not null && !ClosesQuote(sentence);
            var speaker = quoteCompany(sentence.Index) ?? CompanyAfterQuote(sentence, n + 1 < sentences.Count ? sentences[n + 1] : null) ?? quotedFor
                ?? (LastClause(sentence) is > 0 and var last ? SpeakersFirm(sentence, firmOfPerson, last) : null);
            // The cluster a sentence names first is what a later 集群/该集群 means.
            var opening = Array.FindIndex(sentence.Elements, e => e.Kind == ElementKind.Cluster);
            if (opening >= 0)
            {
                cluster = sentence.EntityOf(opening);
            }

            var elements = sentence.Elements;
            var i = 0;
            // the firm the clause before names as the doer after 由 (剩下的由A加工成棒材，…)
            EntityKey? doerBefore = null;
            for (var clause = 0; clause < sentence.ClauseCount; clause++)
            {
                var start = i;
                while (i < elements.Length && sentence.ClauseOf[i] == clause)
                {
                    i++;
                }

                var zoneBefore = zone;
                for (var k = start; k < i; k++)
                {
                    if (IsZone(sentence, k) is { } named)
                    {
                        zone = named;
                    }
                }

                sentence.ClauseZones[clause] = zoneBefore ?? zone;
                sentence.ClauseClusters[clause] = cluster;
                sentence.ClauseHosts[clause] = clauseHost;
                sentence.ClauseTopics[clause] = speaker ?? defined ?? (firm is { } topic && sentence.Index - firmSentence <= CarryWindow ? topic : focus);
                var explicitAt = ExplicitSubject(sentence, start, i);

                ClauseSubject? subject = null;
                if (explicitAt < 0 && ReferenceAt(sentence, start, i, words.PersonReferences) && lastPerson is { } spoken
                    && firmOfPerson.TryGetValue(spoken, out var employer))
                {
                    // 他表示，公司将…: the firm a later 公司/企业 stands for is the one the person was named with.
                    (firm, firmSentence) = (employer, sentence.Index);
                }

                // 公司/该公司: the firm the reference stands for — the enterprise named last when the topic is a body, or
                // when 该 points back past the topic to a firm named since (…来到A。该公司总经理…).
                var referring = ReferenceAt(sentence, start, i, words.FirmReferences);
                var pointsBack = referring && lastEnterprise is not null && sentence.Index - enterpriseSentence <= CarryWindow
                    && (firm is { Label: not NodeLabel.Enterprise } || (enterpriseSentence > firmSentence && OpensWithThis(sentence, start, i)));
                var bare = referring && OpensWithDefinedReference(sentence, start, i);
                var reference = bare && defined is not null ? defined
                    : pointsBack ? lastEnterprise
                    : bare && referent is { } meantBefore && others.Count >= 2 && firmSentence < sentence.Index ? meantBefore
                    : referring ? firm ?? focus : null;
                if (pointsBack && speaker is null && (explicitAt < 0 || elements[explicitAt].Kind == ElementKind.Person))
                {
                    // 该公司总经理张三…: the clause's topic is that firm, though its subject is the person.
                    sentence.ClauseTopics[clause] = lastEnterprise;
                }

                if (cluster is { } opened && start < i && OpensWith(sentence, start, words.ClusterReferences))
                {
                    // 集群内有A、B: a clause that opens with 集群/该集群 is about the cluster, not the firms it lists.
                    subject = new ClauseSubject(opened, "reference");
                }
                else if (explicitAt >= 0 && sentence.EntityOf(explicitAt) is { } named)
                {
                    subject = new ClauseSubject(named, "explicit");
                    if (named.Label == NodeLabel.Official)
                    {
                        person = named;
                    }
                    else if (!SpeaksOfOtherFirm(sentence, explicitAt, i))
                    {
                        (firm, firmSentence) = (named, sentence.Index);
                        if (named.Label == NodeLabel.Enterprise)
                        {
                            // (a firm that opens a ；-run is one of the run, not the firm before it)
                            if (referent == named || (referent is null && !EndsWithSemicolon(sentence)))
                            {
                                referent = named;
                                others.Clear();
                            }
                            else if (!others.Contains(named))
                            {
                                // only a run joined by ；(会上，A获评…；C获评…；D拿下…): one firm per sentence in separate
                                // sentences (A在经开区投资…。C投资…项目同日签约。公司负责人说…) is a new topic each time.
                                if (others.Count > 0 && !(othersSentence == sentence.Index - 1 && n > 0 && EndsWithSemicolon(sentences[n - 1])))
                                {
                                    others.Clear();
                                }

                                others.Add(named);
                                othersSentence = sentence.Index;
                            }
                        }
                    }
                }
                else if (ReferenceAt(sentence, start, i, words.ClusterReferences) && cluster is { } k)
                {
                    subject = new ClauseSubject(k, "reference");
                }
                else if (ReferenceAt(sentence, start, i, words.PersonReferences) && person is { } p)
                {
                    subject = new ClauseSubject(p, "reference");
                }
                else if (speaker is { } company)
                {
                    subject = new ClauseSubject(company, "speaker");
                    Refer(company, ref referent, others);
                }
                else if (reference is { } meant)
                {
                    subject = new ClauseSubject(meant, "reference");
                    (firm, firmSentence) = (meant, sentence.Index);
                    Refer(meant, ref referent, others);
                }
                else if (spokenFor is { } speakersFirm)
                {
                    subject = new ClauseSubject(speakersFirm, "speaker");
                }
                else if (doerBefore is { } doer && OpensWithThen(sentence, start, i))
                {
                    // 剩下的由A加工成棒材，再卖给B: the firm that did the work goes on to sell it, not the clause's topic.
                    subject = new ClauseSubject(doer, "doer");
                }
                else if (clause > 0 && sentence.ClauseSubjects[clause - 1] is { } previous)
                {
                    subject = Carried(previous.Entity, ref lastCarried);
                }
                else if (firm is { } carried && sentence.Index - firmSentence <= CarryWindow)
                {
                    subject = Carried(carried, ref lastCarried);
                }
                else if (focus is { } main)
                {
                    subject = focusSubject ??= new ClauseSubject(main, "focus");
                }

                sentence.ClauseSubjects[clause] = subject;
                doerBefore = DoerAfterBy(sentence, start, i);
                if (subject?.Entity.Label == NodeLabel.Cluster && subject.How == "explicit")
                {
                    cluster = subject.Entity;
                }

                if (subject is { How: "explicit", Entity.Label: NodeLabel.Official } && EndsWithSpeech(sentence, start, i))
                {
                    // 公司总经理张三介绍，… / A总经理张三说，…: the person speaks for the firm named with them, or for the firm the
                    // clause's bare 公司 stands for.
                    spokenFor = firmOfPerson.TryGetValue(subject.Entity, out var employer2) ? employer2
                        : referring && !pointsBack ? reference : null;
                    if (spokenFor is { } speaking)
                    {
                        (firm, firmSentence) = (speaking, sentence.Index);
                        Refer(speaking, ref referent, others);
                    }
                }


                for (var k = start; k < i; k++)
                {
                    if (elements[k].Kind == ElementKind.Person && sentence.EntityOf(k) is { } personNamed)
                    {
                        lastPerson = personNamed;
                    }
                    else if (elements[k].Kind == ElementKind.Ent && sentence.EntityOf(k) is { Label: NodeLabel.Enterprise } enterpriseNamed)
                    {
                        (lastEnterprise, enterpriseSentence) = (enterpriseNamed, sentence.Index);
                    }
                }

                // 走进A，…: a clause that visits a firm makes it the topic of the clauses after it.
                var verbAt = start < i && sentence.Elements[start].IsPlain && words.TopicVerbs.Contains(sentence.TextOf(sentence.Elements[start])) ? start
                    : start + 1 < i && sentence.Elements[start + 1].IsPlain && words.TopicVerbs.Contains(sentence.TextOf(sentence.Elements[start + 1])) ? start + 1 : -1;
                if (verbAt >= 0 && verbAt + 1 < i && sentence.Elements[verbAt + 1].Kind == ElementKind.Ent && sentence.EntityOf(verbAt + 1) is { } visited)
                {
                    (firm, firmSentence) = (visited, sentence.Index);
                    sentence.ClauseSubjects[clause] = new ClauseSubject(visited, "visited");
                }
            }

            spokeBefore = spokenFor ?? SpeakersFirm(sentence, firmOfPerson) ?? (quoteOpen ? quotedFor : null);
        }
    }

    /// <summary>
    /// The firm of the person whose speech a clause of the sentence ends with (A总经理张三介绍，… / …，A总经理张三说。), or only
    /// the clause <paramref name="inClause"/> (…，A总经理张三说。 in its last clause: what the sentence said before is said for A).
    /// </summary>
    private EntityKey? SpeakersFirm(AnnotatedSentence sentence, Dictionary<EntityKey, EntityKey> firmOfPerson, int? inClause = null)
    {
        var elements = sentence.Elements;
        EntityKey? found = null;
        for (var k = 0; k < elements.Length; k++)
        {
            if (elements[k].Kind == ElementKind.Person && (inClause is null || sentence.ClauseOf[k] == inClause) && sentence.EntityOf(k) is { } person && firmOfPerson.TryGetValue(person, out var firm)
                && EndsWithSpeech(sentence, k, ClauseEnd(sentence, k)))
            {
                found = firm;
            }
        }

        return found;
    }

    /// <summary>The last clause of the sentence that holds more than punctuation (-1 for none).</summary>
    private static int LastClause(AnnotatedSentence sentence)
    {
        var last = Array.FindLastIndex(sentence.Elements, e => e.Kind != ElementKind.Punct);
        return last < 0 ? -1 : sentence.ClauseOf[last];
    }

    /// <summary>The index after the last element of the clause that holds element <paramref name="at"/>.</summary>
    private static int ClauseEnd(AnnotatedSentence sentence, int at)
    {
        var end = at;
        while (end < sentence.Elements.Length && sentence.ClauseOf[end] == sentence.ClauseOf[at])
        {
            end++;
        }

        return end;
    }

    /// <summary>The sentence opens with a quotation mark: a quotation standing as a sentence of its own.</summary>
    private static bool OpensWithQuote(AnnotatedSentence sentence) => sentence.Text.Length > 0 && sentence.Text[0] is '“' or '"' or '「';

    /// <summary>The sentence holds a closing quotation mark.</summary>
    private static bool ClosesQuote(AnnotatedSentence sentence) => sentence.Text.AsSpan().IndexOfAny('”', '」') >= 0
        || sentence.Text.IndexOf('"', sentence.Text.StartsWith('"') ? 1 : 0) >= 0;

    /// <summary>A reference resolved to <paramref name="meant"/>: it is what a bare 公司 stands for from now on.</summary>
    private static void Refer(EntityKey meant, ref EntityKey? referent, List<EntityKey> others)
    {
        if (meant.Label == NodeLabel.Enterprise)
        {
            referent = meant;
            others.Clear();
        }
    }

    /// <summary>Words a meeting's host may have between its name and the meeting's (B（以下简称“B”）2026年度供应商大会, 在B召开的
    /// 供应商大会上, B近日在PLACE召开供应商大会, B11月20日举行供应商大会); digits, quotes and what brackets hold aside.</summary>
    private static readonly string[] HostFillers = ["召开的", "举办的", "举行的", "主办的", "召开", "举办", "举行", "隆重", "全球", "年度", "首届", "第", "届", "的", "年", "度", "中国区", "一年一度",
        "近日", "日前", "昨日", "昨天", "今日", "今天", "当天", "上午", "下午", "月", "日", "号"];

    /// <summary>
    /// The enterprise named with a supplier meeting in the sentence (B的供应商大会, B2026年供应商大会, B召开供应商大会), which also
    /// becomes <paramref name="host"/>; a sentence that convenes another meeting (召开…表彰大会) ends the last one's.
    /// </summary>
    private EntityKey? MeetingHost(AnnotatedSentence sentence, ref EntityKey? host)
    {
        var text = sentence.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (words.SupplierMeetings.LongestAt(text, at) <= 0)
            {
                continue;
            }

            var elements = sentence.Elements;
            for (var k = elements.Length - 1; k >= 0; k--)
            {
                if (elements[k].End > at || elements[k].Kind != ElementKind.Ent)
                {
                    continue;
                }

                if (sentence.EntityOf(k) is { Label: NodeLabel.Enterprise } firm && OnlyFillers(BetweenHostAndMeeting(sentence, k, at)))
                {
                    host = firm;
                    return firm;
                }

                break;
            }

            return null;
        }

        if (host is not null && (text.Contains("召开", StringComparison.Ordinal) || text.Contains("举行", StringComparison.Ordinal) || text.Contains("举办", StringComparison.Ordinal))
            && (text.Contains("大会", StringComparison.Ordinal) || text.Contains("会议", StringComparison.Ordinal) || text.Contains("论坛", StringComparison.Ordinal)
                || text.Contains("峰会", StringComparison.Ordinal) || text.Contains("年会", StringComparison.Ordinal) || text.Contains("展", StringComparison.Ordinal)))
        {
            host = null;
        }

        return null;
    }

    /// <summary>The text between the host (element <paramref name="host"/>) and the meeting's name at <paramref name="at"/>, less
    /// where it is held (B在临江召开供应商大会: 在 and a place).</summary>
    private static string BetweenHostAndMeeting(AnnotatedSentence sentence, int host, int at)
    {
        var text = sentence.Text;
        var elements = sentence.Elements;
        var between = new System.Text.StringBuilder();
        var from = elements[host].End;
        for (var j = host + 1; j < elements.Length && elements[j].End <= at; j++)
        {
            if (elements[j].Kind == ElementKind.Place && elements[j].Start > from && text[elements[j].Start - 1] == '在')
            {
                between.Append(text, from, elements[j].Start - 1 - from);
                from = elements[j].End;
            }
        }

        return between.Append(text, from, at - from).ToString();
    }

    private static bool OnlyFillers(ReadOnlySpan<char> between)
    {
        if (between.Length > 16)
        {
            return false;
        }

        var i = 0;
        while (i < between.Length)
        {
            var c = between[i];
            // B（以下简称“B”）…: what a bracket says is the name's, not words between name and meeting
            if (c is '（' or '(' && between[i..].IndexOfAny('）', ')') is > 0 and var close)
            {
                i += close + 1;
                continue;
            }

            if (char.IsDigit(c) || c is '“' or '”' or '"' or ' ')
            {
                i++;
                continue;
            }

            var matched = 0;
            foreach (var filler in HostFillers)
            {
                if (between[i..].StartsWith(filler, StringComparison.Ordinal) && filler.Length > matched)
                {
                    matched = filler.Length;
                }
            }

            if (matched == 0)
            {
                return false;
            }

            i += matched;
        }

        return true;
    }

    /// <summary>The sentence opens with a word telling of the meeting named before (会上，…; 大会上，…).</summary>
    private bool OpensWithTelling(AnnotatedSentence sentence) =>
        words.MeetingTellings.LongestAt(sentence.Text, 0) > 0;

    private static bool EndsWithSemicolon(AnnotatedSentence sentence) =>
        sentence.Text.TrimEnd().EndsWith('；') || sentence.Text.TrimEnd().EndsWith(';');

    /// <summary>The clause ends with a speech verb (张三说，; 张三告诉记者，), its end punctuation aside.</summary>
    private bool EndsWithSpeech(AnnotatedSentence sentence, int start, int end)
    {
        var last = end - 1;
        while (last > start && sentence.Elements[last].Kind == ElementKind.Punct)
        {
            last--;
        }

        if (last <= start || !sentence.Elements[last].IsPlain)
        {
            return false;
        }

        var from = sentence.Elements[last].Start;
        var to = sentence.Elements[last].End;
        // 告诉记者 comes as two words, 介绍说 may too
        var before = sentence.Elements[last - 1];
        return words.SpeechVerbs.Contains(sentence.Text.AsSpan(from, to - from))
            || (before.IsPlain && words.SpeechVerbs.Contains(sentence.Text.AsSpan(before.Start, to - before.Start)));
    }

    /// <summary>
    /// The firm the sentence defines a reference word for: an enterprise followed by （以下简称“公司”） (or 本公司, any word of the
    /// firm references but 其), else null.
    /// </summary>
    private EntityKey? DefinedReference(AnnotatedSentence sentence)
    {
        var elements = sentence.Elements;
        for (var k = 0; k < elements.Length; k++)
        {
            if (elements[k].Kind == ElementKind.Ent && sentence.EntityOf(k) is { Label: NodeLabel.Enterprise } named
                && DefinedShortNames.DefinitionAt(sentence.Text, elements[k].End) is { } surface && surface is not "其" && words.FirmReferences.Contains(surface))
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>Among the clause's first three elements, the bare reference an announcement defines (公司, 本公司), not 该公司 or 其.</summary>
    private static bool OpensWithDefinedReference(AnnotatedSentence sentence, int start, int end)
    {
        for (var k = start; k < end && k < start + 3; k++)
        {
            var e = sentence.Elements[k];
            if (!e.IsPlain)
            {
                return false;
            }

            if (sentence.TextOf(e) is "公司" or "本公司" && (k == start || sentence.TextOf(sentence.Elements[k - 1]) is not "该"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The subject carried to a clause: the record made last for the same entity, else a new one.</summary>
    private static ClauseSubject Carried(EntityKey entity, ref ClauseSubject? last) =>
        last is { } made && made.Entity == entity ? made : last = new ClauseSubject(entity, "carried");

    /// <summary>The zone (a park, a development zone) a place element names, or null.</summary>
    private EntityKey? IsZone(AnnotatedSentence sentence, int index)
    {
        var e = sentence.Elements[index];
        if (e.Kind != ElementKind.Place || e.Mention < 0)
        {
            return null;
        }

        var mention = sentence.Mentions[e.Mention];
        return mention.Rule.StartsWith("zone", StringComparison.Ordinal) || EndsWithZoneWord(mention.Key) ? mention.Entity : null;
    }

    /// <summary>The name ends with a zone word (zone-endings.txt; a place element of the article is tried once each).</summary>
    private bool EndsWithZoneWord(string name) => words.ZoneEndings.LongestEndingAt(name, name.Length) > 0;

    /// <summary>The first firm, cluster, body or person of the clause, when no verb or preposition stands before it.</summary>
    private int ExplicitSubject(AnnotatedSentence sentence, int start, int end)
    {
        if (OpensWithOneOf(sentence, start, end) is var described and >= 0)
        {
            return described;
        }

        var verbSeen = false;
        for (var i = start; i < end; i++)
        {
            // 来自江苏省的A / 位于B的A: a firm after a modifier ending in 的 is still the subject.
            if (verbSeen)
            {
                var e2 = sentence.Elements[i];
                // 包装木箱我们交给本地的A做: a reference to a firm or a person before the firm is the clause's subject (its verb
                // governs the firm): the firm after 的 is its object, not the subject a modifier describes.
                // (not 其/它 or a bare 公司/企业/集团, which modifiers hold: 收购其股权的A, 服务企业的A)
                if (e2.IsPlain && sentence.TextOf(e2) is var word && word is not ("其" or "它" or "公司" or "企业" or "集团")
                    && (words.FirmReferences.Contains(word) || words.PersonReferences.Contains(word)))
                {
                    return -1;
                }

                if (e2.Kind is ElementKind.Ent or ElementKind.Org && i > start && AfterModifier(sentence, start, i))
                {
                    // 还进入了上海的A的采购体系; 拿下了江苏的A的订单: a firm whose thing ends the clause is the verb's object, not
                    // a subject its modifier describes (来自江苏的A生产…); so is a firm goods are handed to or taken from
                    // (还卖给了本地的A和许昌的B; 调味料采购自同在临颍县的A; 交给开发区内的A染色).
                    return PossessedToClauseEnd(sentence, i, end) || HandedTo(sentence, start, i, end) ? -1 : i;
                }

                if (e2.Kind is ElementKind.Ent or ElementKind.Org or ElementKind.Cluster or ElementKind.Person)
                {
                    return -1;
                }

                continue;
            }

            var e = sentence.Elements[i];
            switch (e.Kind)
            {
                case ElementKind.Ent or ElementKind.Cluster or ElementKind.Org or ElementKind.Person:
                    // A的这个项目包括…: the firm whose thing the clause is about is its subject too; A的竞争对手C…: C.
                    return e.Kind == ElementKind.Ent ? Apposed(sentence, i, end) : i;
                // 同在产业链上的A / 在园区内的A: 在 opening the clause may open a modifier of the firm too (not 从/向/为…:
                // 从铜官区的A采购 names where the goods come from).
                case ElementKind.Word when (e.Tag.StartsWith('v') || words.UntaggedVerbs.Contains(sentence.TextOf(e)) || OpensLocative(sentence, i, end)) && AdverbsOnlyBefore(sentence, start, i):
                    verbSeen = true;
                    continue;
                case ElementKind.Word when e.Tag.StartsWith('v') || e.Tag.StartsWith('p') || words.UntaggedVerbs.Contains(sentence.TextOf(e)) || e.Tag == "c" || IsPreposition(sentence.TextOf(e)):
                    return -1;
                default:
                    continue;
            }
        }

        return -1;
    }

    /// <summary>The clause opens with 再 (再卖给B, 然后再…): a step after the one the clause before told.</summary>
    private bool OpensWithThen(AnnotatedSentence sentence, int start, int end)
    {
        for (var k = start; k < end && k < start + 2; k++)
        {
            if (sentence.Elements[k].IsPlain && words.ThenWords.Contains(sentence.TextOf(sentence.Elements[k])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The firm named after 由 or 交由 in the clause (由PLACE的A加工成…): who does the work the clause tells of.</summary>
    private EntityKey? DoerAfterBy(AnnotatedSentence sentence, int start, int end)
    {
        for (var k = start; k + 1 < end; k++)
        {
            if (!sentence.Elements[k].IsPlain || !words.DoerWords.Contains(sentence.TextOf(sentence.Elements[k])))
            {
                continue;
            }

            for (var j = k + 1; j < end && j <= k + 4; j++)
            {
                var e = sentence.Elements[j];
                if (e.Kind == ElementKind.Ent)
                {
                    return sentence.EntityOf(j);
                }

                if (e.Kind != ElementKind.Place && !(e.IsPlain && (sentence.TextOf(e) is "的" || e.Tag is "r" or "n" or "f" or "x")))
                {
                    break;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A handing verb (卖给, 采购|自, 来自) stands between the clause's start and the firm at <paramref name="at"/>, and the firm
    /// is its object: the firms end the clause (还卖给了本地的A和许昌的B。), or the verb hands the goods to the firm to work on
    /// (交给开发区内的A染色: A works for the subject); 来自江苏的A生产… keeps A, which has a verb of its own.
    /// </summary>
    private bool HandedTo(AnnotatedSentence sentence, int start, int at, int end)
    {
        for (var k = start; k < at; k++)
        {
            var e = sentence.Elements[k];
            if (!e.IsPlain)
            {
                continue;
            }

            var next = k + 1 < at && sentence.Elements[k + 1].IsPlain && sentence.Elements[k + 1].Start == e.End ? sentence.Elements[k + 1].End : -1;
            var word = words.HandingVerbs.Contains(sentence.TextOf(e)) ? sentence.Text.AsSpan(e.Start, e.End - e.Start)
                : next > 0 && words.HandingVerbs.Contains(sentence.Text.AsSpan(e.Start, next - e.Start)) ? sentence.Text.AsSpan(e.Start, next - e.Start)
                : [];
            if (!word.IsEmpty)
            {
                return word[^1] == '给' || FirmsEndClause(sentence, at, end);
            }
        }

        return false;
    }

    /// <summary>From the firm at <paramref name="at"/> to the clause's end there are only more firms of a list (和许昌的B、本地的C等).</summary>
    private static bool FirmsEndClause(AnnotatedSentence sentence, int at, int end)
    {
        for (var k = at + 1; k < end; k++)
        {
            var e = sentence.Elements[k];
            if (e.Kind is ElementKind.Ent or ElementKind.Place or ElementKind.Punct
                || (e.IsPlain && (sentence.TextOf(e) is "的" or "和" or "及" or "以及" or "与" or "等" || e.Tag is "r")))
            {
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>
    /// The firm a role noun names right after the firm at <paramref name="at"/> (A的竞争对手C, A的老对手C, A的客户B, A的子公司C: C, B),
    /// with at most one word between 的 and the noun (A的主要竞争对手C), or before 的 (A旗下的C, A下属的C: C); else <paramref name="at"/>.
    /// </summary>
    private int Apposed(AnnotatedSentence sentence, int at, int end)
    {
        if (at + 3 >= end || !sentence.Elements[at + 1].IsPlain)
        {
            return at;
        }

        if (sentence.TextOf(sentence.Elements[at + 1]) is not "的")
        {
            return words.AppositionRoles.Contains(sentence.TextOf(sentence.Elements[at + 1])) && sentence.Elements[at + 2].IsPlain
                && sentence.TextOf(sentence.Elements[at + 2]) is "的" && sentence.Elements[at + 3].Kind == ElementKind.Ent ? at + 3 : at;
        }

        for (var k = at + 2; k < end - 1 && k <= at + 3; k++)
        {
            var e = sentence.Elements[k];
            if (!e.IsPlain)
            {
                return at;
            }

            if (words.AppositionRoles.Contains(sentence.TextOf(e)))
            {
                return sentence.Elements[k + 1].Kind == ElementKind.Ent ? k + 1 : at;
            }
        }

        return at;
    }

    /// <summary>在, or 同/也/都 then 在, opening a clause (同在产业链上的A则为B配套).</summary>
    private static bool OpensLocative(AnnotatedSentence sentence, int at, int end)
    {
        var e = sentence.Elements[at];
        if (!e.IsPlain)
        {
            return false;
        }

        return sentence.TextOf(e) switch
        {
            "在" => true,
            "同" or "也" or "都" or "均" => at + 1 < end && sentence.Elements[at + 1].IsPlain && sentence.TextOf(sentence.Elements[at + 1]) is "在",
            _ => false,
        };
    }

    /// <summary>
    /// The element before <paramref name="at"/> is 的, or 的 and up to three nouns that classify the firm (入驻园区的本土企业A,
    /// 位于B的龙头企业A): the clause's verb sits in a modifier of the firm.
    /// </summary>
    /// <summary>
    /// The firm at <paramref name="at"/> is followed by 的 and nouns only up to the clause end (A的采购体系, A的合格供应商名录):
    /// the clause names a thing of the firm, the firm is no subject.
    /// </summary>
    private static bool PossessedToClauseEnd(AnnotatedSentence sentence, int at, int end)
    {
        // the clause's elements hold its closing punctuation
        while (end > at + 1 && sentence.Elements[end - 1].Kind == ElementKind.Punct)
        {
            end--;
        }

        if (at + 2 >= end || !sentence.Elements[at + 1].IsPlain || sentence.TextOf(sentence.Elements[at + 1]) is not "的")
        {
            return false;
        }

        for (var k = at + 2; k < end; k++)
        {
            var e = sentence.Elements[k];
            if (e.Kind != ElementKind.Word || !(e.Tag.StartsWith('n') || e.Tag is "v" or "vn" or "j" or "x" or "eng"))
            {
                return false;
            }
        }

        return sentence.Elements[end - 1].Tag is not "v";
    }

    private static bool AfterModifier(AnnotatedSentence sentence, int start, int at)
    {
        for (var k = at - 1; k >= start && k >= at - 4; k--)
        {
            var e = sentence.Elements[k];
            if (e.Kind == ElementKind.Place)
            {
                continue;
            }

            if (!e.IsPlain)
            {
                return false;
            }

            if (sentence.TextOf(e) is "的")
            {
                return true;
            }

            if (e.Tag is not ("n" or "nz" or "vn" or "j" or "b" or "an" or "ns" or "ng"))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Words that open a noun phrase describing one firm (另一家获奖企业A, 这家企业A); not 一家, which a description of
    /// the firm before follows (A，一家由B控股的企业).</summary>
    private static readonly string[] OneOfOpeners = ["另一家", "另外一家", "这家", "还有一家"];

    /// <summary>
    /// The clause opens with 另一家/一家/这家 and names a firm within its next four elements, with no punctuation between: the
    /// words between describe it (另一家|获奖|企业|A), so the firm is the subject though a verb stands before it.
    /// </summary>
    private static int OpensWithOneOf(AnnotatedSentence sentence, int start, int end)
    {
        if (start >= end || !sentence.Elements[start].IsPlain || !IsOneOfOpener(sentence.TextOf(sentence.Elements[start])))
        {
            return -1;
        }

        for (var k = start + 1; k < end && k <= start + 4; k++)
        {
            var e = sentence.Elements[k];
            if (e.Kind == ElementKind.Ent)
            {
                return k;
            }

            // 另一家由A控股的企业B: a preposition or function word before the firm makes it part of the description.
            if (!e.IsPlain || e.Kind == ElementKind.Punct || e.Tag.StartsWith('p') || e.Tag is "c" or "uj")
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>One of <see cref="OneOfOpeners"/> (compared as a span: this runs for every clause, no string is made).</summary>
    private static bool IsOneOfOpener(ReadOnlySpan<char> word)
    {
        foreach (var opener in OneOfOpeners)
        {
            if (word.SequenceEqual(opener))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The clause opens at <paramref name="start"/> with adverbs only before <paramref name="at"/> (同样|入驻…).</summary>
    private static bool AdverbsOnlyBefore(AnnotatedSentence sentence, int start, int at)
    {
        for (var k = start; k < at; k++)
        {
            if (!sentence.Elements[k].IsPlain || sentence.Elements[k].Tag is not ("d" or "ad"))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>“…”X总经理张三说: the firm of the speaker named after a quotation.</summary>
    private static EntityKey? CompanyAfterQuote(AnnotatedSentence sentence, AnnotatedSentence? next)
    {
        var text = sentence.Text;
        if (text.Length == 0 || text[0] is not ('“' or '"' or '「'))
        {
            return null;
        }

        var close = text.LastIndexOfAny(['”', '"', '」']);
        return SpeakerCompany(sentence, close) ?? (close == text.Length - 1 && next is not null ? SpeakerCompany(next, -1) : null);
    }

    /// <summary>FIRM TITLE PERSON after <paramref name="after"/>: the firm the person speaks for.</summary>
    private static EntityKey? SpeakerCompany(AnnotatedSentence sentence, int after)
    {
        var elements = sentence.Elements;
        for (var i = 0; i + 2 < elements.Length; i++)
        {
            if (elements[i].Start > after && elements[i].Kind == ElementKind.Ent && elements[i + 1].Kind == ElementKind.Title
                && elements[i + 2].Kind == ElementKind.Person)
            {
                return sentence.EntityOf(i);
            }
        }

        return null;
    }

    /// <summary>FIRM (的)? TITLE PERSON in the sentence: the firm the person is named with.</summary>
    private static void NoteFirmsOfPersons(AnnotatedSentence sentence, Dictionary<EntityKey, EntityKey> firmOfPerson)
    {
        var elements = sentence.Elements;
        for (var i = 0; i + 2 < elements.Length; i++)
        {
            if (elements[i].Kind != ElementKind.Ent || sentence.EntityOf(i) is not { } firm)
            {
                continue;
            }

            var t = i + 1 < elements.Length && elements[i + 1].IsPlain && sentence.TextOf(elements[i + 1]) is "的" ? i + 2 : i + 1;
            if (t + 1 < elements.Length && elements[t].Kind == ElementKind.Title && elements[t + 1].Kind == ElementKind.Person
                && sentence.EntityOf(t + 1) is { } person)
            {
                firmOfPerson[person] = firm;
            }
        }
    }

    /// <summary>Prepositions jieba may tag otherwise (为 as x): a firm after one is no subject.</summary>
    private static bool IsPreposition(ReadOnlySpan<char> word) =>
        word is "为" or "向" or "给" or "与" or "和" or "对" or "在" or "由" or "被" or "从" or "把" or "将" or "跟" or "同";

    /// <summary>The clause opens with 该 (该公司, 该企业): the firm named last, not the topic.</summary>
    private static bool OpensWithThis(AnnotatedSentence sentence, int start, int end)
    {
        for (var i = start; i < end && i < start + 2; i++)
        {
            if (sentence.Elements[i].IsPlain && sentence.Text[sentence.Elements[i].Start] == '该')
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensWith(AnnotatedSentence sentence, int start, WordList references) =>
        sentence.Elements[start].IsPlain && references.Contains(sentence.TextOf(sentence.Elements[start]));

    /// <summary>
    /// Words before a reference that make it the other side of the clause (B也是|公司|的客户, B已与|公司|签订…; B的采购额占|公司|营业
    /// 收入的三成: B's share of the firm's sales, so B is its customer, not the firm 公司 means).
    /// </summary>
    private static readonly string[] OtherSideLinks = ["是", "为", "成为", "与", "和", "同", "跟", "向", "给", "占"];

    /// <summary>
    /// After the subject, the clause names the firm the text is about by a reference on the other side of it (B、C也是公司的长期
    /// 客户; B已与公司签订了采购协议): the subject is that firm's customer or partner, and 公司 keeps meaning the firm it meant.
    /// </summary>
    private bool SpeaksOfOtherFirm(AnnotatedSentence sentence, int subjectAt, int end)
    {
        for (var k = subjectAt + 2; k < end; k++)
        {
            var e = sentence.Elements[k];
            var link = sentence.Elements[k - 1];
            if (e.IsPlain && link.IsPlain && words.FirmReferences.Contains(sentence.TextOf(e)) && sentence.TextOf(e) is not "其")
            {
                foreach (var word in OtherSideLinks)
                {
                    if (sentence.TextOf(link).SequenceEqual(word))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>A reference word among the clause's first three elements (其 anywhere before a verb).</summary>
    private static bool ReferenceAt(AnnotatedSentence sentence, int start, int end, WordList references)
    {
        for (var i = start; i < end && i < start + 3; i++)
        {
            var e = sentence.Elements[i];
            if (!e.IsPlain)
            {
                return false;
            }

            var text = sentence.TextOf(e);
            if (references.Contains(text))
            {
                // 园区企业的座椅…, 本地企业…: a noun before the word makes it firms of a kind, not the firm meant before.
                return i == start || sentence.Elements[i - 1].Tag is not ("n" or "vn" or "ns" or "nz" or "j" or "s");
            }

            // 该公司 may come as 该 + 公司 tokens.
            if (i + 1 < end && sentence.Elements[i + 1].IsPlain && sentence.Elements[i + 1].Start == e.End
                && references.Contains(sentence.Text.AsSpan(e.Start, sentence.Elements[i + 1].End - e.Start)))
            {
                return true;
            }
        }

        return false;
    }
}
