using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Graph.Ingest.Annotation;
using Graph.Ingest.Dates;
using Graph.Ingest.Extraction;
using Graph.Ingest.Lexicons;
using Graph.Model;

namespace Graph.Ingest.Events;

/// <summary>
/// Events by trigger: a trigger word (签约, 开工, 投产, 揭牌, 会议, 名单, 拿地, 展会 …) dated by the sentence (昨天上午,
/// 6月5日) or announced as a plan (将于…投产) makes an Event of its kind; the enterprises, officials, organisations and
/// clusters of the sentence take part in it (PARTICIPATES_IN, with the role the word after them says), a District
/// joined by 与 takes part too, a District after 在/落户 is where it happened. A later sentence that tells the same
/// event again (主持会议 after 会议举行, 会上 …) adds its participants to it: one event, one node. The event's id comes
/// from what it is — kind, date (or the document when undated), place, participants — never from its wording.
/// The rule's name is <c>event.KIND</c>, in the provenance of the event and of every edge it makes.
/// </summary>
public sealed partial class EventRule(EventLexicons words) : IExtractionRule
{
    private static readonly NodeLabel[] ParticipantLabels =
        [NodeLabel.Enterprise, NodeLabel.Official, NodeLabel.Organization, NodeLabel.Cluster];

    /// <summary>How far (characters, no clause break) a role word or 与 may sit after a participant.</summary>
    private const int RoleReach = 4;

    /// <summary>The longest event name kept; a longer phrase is cut to its trigger's actor.</summary>
    private const int MaxNameLength = 48;

    // Over MatchText (digits folded to half-width): [0-9], not \d, so the search for the first character is one IndexOfAny.
    [GeneratedRegex(@"(?:总投资|投资|总额|金额|签约额|投资额)?(?:约|超|超过|近|逾)?(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十百千]+)(?:万|亿|千万|百亿|十亿)?(?:元|美元|亩|平方米)")]
    private static partial Regex Amount();

    public void Apply(ArticleScope scope)
    {
        var published = scope.Published;
        var open = new List<EventDraft>();
        // The article's mentions and relations do not change while its sentences are read (events are emitted after):
        // what the sentences look up in the whole article is indexed once, not scanned again per sentence.
        var index = new ArticleIndex(scope);
        // A sentence's dates (read in that sentence only: a draft keeps the mention it picks, not the list).
        var (pastDates, plannedBuffer) = (new List<DateMention>(), new List<DateMention>());
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            var text = context.Sentence.MatchText;
            var mentions = scope.MentionsIn(i);
            var triggers = Triggers(index.TriggersIn(i), text);
            if (triggers.Count == 0)
            {
                if (open.Count == 0)
                {
                    continue;
                }

                var refer = words.Refer.LongestAt(text, SkipOpening(text));
                if (refer > 0 || HasRefer(scope, i, text))
                {
                    open[^1].Place ??= PlaceOf(text, mentions);
                    open[^1].AddParticipants(Participants(index, i, text, mentions, open[^1].Kind), i);
                    open[^1].AddParticipants(SubjectPlaces(text, mentions, refer > 0 ? SkipOpening(text) + refer : 0), i, all: true);
                }

                continue;
            }

            // One scan of the date expressions, read as past and, when the sentence tells of a plan, as planned.
            var plannedDates = HasPlanned(text, 0, text.Length) ? plannedBuffer : null;
            DateExpressions.FindPastAndPlanned(text, published?.Date, pastDates, plannedDates);
            OutsideNames(pastDates, mentions);
            if (plannedDates is null)
            {
                plannedDates = pastDates;
            }
            else
            {
                OutsideNames(plannedDates, mentions);
            }

            (EventDraft Draft, int End)? previous = null;
            // The triggers by kind, in the order each kind is first told; a kind's first trigger stands for it.
            for (var first = 0; first < triggers.Count; first++)
            {
                if (KindToldBefore(triggers, first))
                {
                    continue;
                }

                var (kind, start, end, rule) = (triggers[first].Kind, triggers[first].Start, triggers[first].End, triggers[first].Rule);
                var clauseStart = ClauseStart(text, start);
                var planned = ToldPlanned(triggers, first) || HasPlanned(text, clauseStart, start);
                var date = PickDate(planned ? plannedDates : pastDates, text, start);
                var participants = Participants(index, i, text, mentions, kind, triggers, first);
                var byTopic = false;
                if (participants.Count == 0 && kind is not ("meeting" or "fair") && (kind == "list" ? Subject(scope, index, i, start) : Topic(scope, index, i) ?? Subject(scope, index, i, start)) is { } topic)
                {
                    participants.Add((topic, null));
                    byTopic = true;
                }

                var earlier = Earlier(open, kind, date, participants);
                if (earlier is not null && (date is null || earlier.Sentence != i))
                {
                    earlier.Place ??= PlaceOf(text, mentions);
                    earlier.AddParticipants(participants, i, rule, byTopic);
                    previous = (earlier, end);
                    continue;
                }

                // A date after publication (2028年底 in a 2026 paper) is a plan whether or not the text says 将.
                if (date?.Resolved is { } when && published is not null
                    && string.CompareOrdinal(when.Iso, published.Iso[..Math.Min(when.Iso.Length, published.Iso.Length)]) > 0)
                {
                    planned = true;
                }

                // 成立,并与X签订协议: the second verb goes on about the same occasion, with its own parties.
                if (previous is { } before && IsContinuation(text, before.End, start, pastDates))
                {
                    before.Draft.Kinds.Add(kind);
                    before.Draft.AddParticipants(participants, i, rule, all: true);
                    continue;
                }

                if (date is null && !planned)
                {
                    if (participants.Count > 0)
                    {
                        scope.Drop($"{kind} event ({text[start..end]})", "no date and no plan: a trigger word, not a reported event", rule, context);
                    }

                    continue;
                }

                var name = NameOf(kind, text, start, end, mentions, out var nameStart);
                if (name is null)
                {
                    scope.Drop($"{kind} event ({text[start..end]})", "a bare noun (会议, 名单) names no particular event", rule, context);
                    continue;
                }

                // What someone will do (将于…启动, 准备…启用) is a planned event; what a timetable expects (预计2027年下半年
                // 建成投产, 计划于三季度投产; the forecast word governs the clauses after it) is no event.
                if (HasWord(words.Forecast, text, 0, start))
                {
                    scope.Drop($"{kind} event ({text[start..end]})", "a forecast (预计, 计划 …), not an event", rule, context);
                    continue;
                }

                var draft = new EventDraft(kind, i, start, end, date, planned)
                {
                    Rule = rule,
                    Name = name,
                    Place = PlaceOf(text, mentions),
                    Amount = FirstAmount(text),
                };
                // A body named inside a meeting's or fair's name (X产业对接会) is what it is about, not one who takes part.
                previous = (draft, end);
                if (kind is "meeting" or "fair")
                {
                    participants.RemoveAll(p => p.Mention.Label != NodeLabel.Official && p.Mention.Start >= nameStart && p.Mention.Start < end
                        && !States(triggers, first, p.Mention.Entity));
                }

                draft.AddParticipants(participants, i, rule);
                open.Add(draft);
            }
        }

        foreach (var draft in open)
        {
            if (draft.Participants.Count > 0)
            {
                Emit(scope, draft, published);
            }
        }
    }

    /// <summary>The first amount the sentence states (总投资约5亿元), or null.</summary>
    private static string? FirstAmount(string text)
    {
        foreach (var amount in Amount().EnumerateMatches(text))
        {
            return text.Substring(amount.Index, amount.Length);
        }

        return null;
    }

    /// <summary>A trigger of the same kind as <c>triggers[at]</c> comes before it in the sentence's list.</summary>
    private static bool KindToldBefore(IReadOnlyList<EventTrigger> triggers, int at)
    {
        for (var k = 0; k < at; k++)
        {
            if (triggers[k].Kind == triggers[at].Kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A trigger of <c>triggers[first]</c>'s kind (from it on) that the pattern states planned.</summary>
    private static bool ToldPlanned(IReadOnlyList<EventTrigger> triggers, int first)
    {
        for (var k = first; k < triggers.Count; k++)
        {
            if (triggers[k].Kind == triggers[first].Kind && triggers[k].Status == "planned")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A trigger of <c>triggers[first]</c>'s kind (from it on) gives <paramref name="entity"/> a role.</summary>
    private static bool States(IReadOnlyList<EventTrigger> triggers, int first, EntityKey entity)
    {
        for (var k = first; k < triggers.Count; k++)
        {
            if (triggers[k].Kind != triggers[first].Kind)
            {
                continue;
            }

            foreach (var (stated, _) in triggers[k].Roles)
            {
                if (stated == entity)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The last open event of <paramref name="kind"/> this telling goes on about: undated, the same date or day, or a shared participant.</summary>
    private static EventDraft? Earlier(List<EventDraft> open, string kind, DateMention? date, List<(Mention Mention, string? Role)> participants)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            var e = open[k];
            if (e.Kinds.Contains(kind) && (date is null || e.Date?.Text == date.Text || SameDay(e.Date, date) || e.Shares(participants)))
            {
                return e;
            }
        }

        return null;
    }

    /// <summary>
    /// The triggers the event patterns found in a sentence (never inside a name: patterns match whole words), in text
    /// order; where two overlap the longer wins (集中签约 over 签约), and one followed by a not-after word (会议精神,
    /// 成立以来) is none.
    /// </summary>
    private IReadOnlyList<EventTrigger> Triggers(IReadOnlyList<EventTrigger> told, string text)
    {
        if (told.Count == 0)
        {
            return [];
        }

        var found = new List<EventTrigger>(told.Count);
        foreach (var t in told)
        {
            if (words.NotAfter.LongestAt(text, t.End) > 0)
            {
                continue;
            }

            var overlap = -1;
            for (var k = 0; k < found.Count && overlap < 0; k++)
            {
                overlap = found[k].Start < t.End && t.Start < found[k].End ? k : -1;
            }

            if (overlap < 0)
            {
                found.Add(t);
            }
            else if (t.End - t.Start > found[overlap].End - found[overlap].Start
                || (t.Start == found[overlap].Start && t.End == found[overlap].End && t.Kind == found[overlap].Kind && t.Roles.Length > found[overlap].Roles.Length))
            {
                found[overlap] = t;
            }
            else if (t.Start == found[overlap].Start && t.End == found[overlap].End && t.Kind == found[overlap].Kind)
            {
                found[overlap] = found[overlap] with { Roles = found[overlap].Roles.AddRange(t.Roles), Status = found[overlap].Status ?? t.Status };
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>The date expressions of a sentence outside its names (a District's name aside): those inside one are removed.</summary>
    private static void OutsideNames(List<DateMention> dates, IReadOnlyList<Mention> mentions)
    {
        var kept = 0;
        for (var k = 0; k < dates.Count; k++)
        {
            if (!InsideName(dates[k], mentions))
            {
                dates[kept++] = dates[k];
            }
        }

        dates.RemoveRange(kept, dates.Count - kept);
    }

    private static bool InsideName(DateMention date, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Start <= date.Start && date.End <= m.End && m.Label != NodeLabel.District)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A trigger whose clause opens with 并 and which no date of its own parts from the trigger before it.</summary>
    private static bool IsContinuation(string text, int previousEnd, int start, List<DateMention> dates)
    {
        var clause = ClauseStart(text, start);
        if (clause < previousEnd || !text.AsSpan(clause).TrimStart(' ').StartsWith("并"))
        {
            return false;
        }

        foreach (var d in dates)
        {
            if (d.Start >= previousEnd && d.End <= start)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The date of a trigger: the nearest expression before it in the sentence, else the first after it in its clause.</summary>
    private static DateMention? PickDate(List<DateMention> dates, string text, int trigger)
    {
        for (var k = dates.Count - 1; k >= 0; k--)
        {
            if (dates[k].End <= trigger)
            {
                return dates[k];
            }
        }

        foreach (var d in dates)
        {
            if (d.Start >= trigger && !text.AsSpan(trigger, d.Start - trigger).ContainsAny(",;:。!?；"))
            {
                return d;
            }
        }

        return null;
    }

    private static bool SameDay(DateMention? a, DateMention b) =>
        a?.Resolved is { } x && b.Resolved is { } y && x == y;

    private bool HasPlanned(string text, int from, int to) => HasWord(words.Planned, text, from, to) || HasWord(words.Forecast, text, from, to);

    private static bool HasWord(WordList list, string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (list.LongestAt(text, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static int ClauseStart(string text, int at)
    {
        var i = at;
        while (i > 0 && text[i - 1] is not (',' or ';' or ':' or '。' or '!' or '?'))
        {
            i--;
        }

        return i;
    }

    /// <summary>Past an opening like 本报讯 or a date, where a sentence's own words begin.</summary>
    private static int SkipOpening(string text)
    {
        var i = 0;
        while (i < text.Length && (text[i] is ' ' or '　' or ',' or '“' or '"'))
        {
            i++;
        }

        return i;
    }

    /// <summary>
    /// The participants of a sentence with their roles: firms, officials, bodies and clusters — not the source of the
    /// news (记者从X获悉) nor the body an official is named with (市政协主席X: the official takes part, not 市政协) —
    /// and a District joined to another participant by 与/和.
    /// </summary>
    /// <summary>A HOLDS_POSITION relation to <paramref name="m"/> starts within 12 characters after it.</summary>
    private static bool HoldsPositionAfter(IReadOnlyList<(EntityKey To, int Start)> affiliations, Mention m)
    {
        for (var k = 0; k < affiliations.Count; k++)
        {
            var (to, start) = affiliations[k];
            if (to == m.Entity && start >= m.End && start - m.End <= 12)
            {
                return true;
            }
        }

        return false;
    }

    /// <param name="told">With <paramref name="first"/>: the sentence's triggers, whose roles for <paramref name="kind"/> (from <c>told[first]</c> on) are taken as said.</param>
    private List<(Mention Mention, string? Role)> Participants(ArticleIndex index, int sentence, string text, IReadOnlyList<Mention> mentions, string kind,
        IReadOnlyList<EventTrigger>? told = null, int first = 0)
    {
        // The first role stated for each entity.
        Dictionary<EntityKey, string>? given = null;
        for (var k = first; told is not null && k < told.Count; k++)
        {
            if (told[k].Kind != kind)
            {
                continue;
            }

            foreach (var (entity, statedRole) in told[k].Roles)
            {
                (given ??= []).TryAdd(entity, statedRole);
            }
        }

        var affiliations = index.AffiliationsIn(sentence);
        var kept = new List<(Mention Mention, string? Role)>();
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            // A part the pattern states (A与B签约 → 签约方) is taken as said.
            if (given is not null && given.TryGetValue(m.Entity, out var role))
            {
                kept.Add((m, role));
                continue;
            }

            var joined = Joined(text, m);
            if (m.Label == NodeLabel.District ? !joined || kind is not ("signing" or "meeting") : Array.IndexOf(ParticipantLabels, m.Label) < 0)
            {
                continue;
            }

            // Named in a title (《一位总书记与…》) or as the venue (在X举行): no participant.
            if (InsideTitle(text, m.Start) || IsVenue(text, m))
            {
                continue;
            }

            if (words.Sources.LongestAt(text, m.End) > 0 || (m.Start > 0 && text[m.Start - 1] == '据')
                || (m.Start > 0 && text[m.Start - 1] == '从'))
            {
                continue;
            }

            if (m.Label != NodeLabel.Official && (m.Label != NodeLabel.Enterprise || kind is "meeting" or "list" or "fair") && HoldsPositionAfter(affiliations, m)
                && RoleAfter(text, m.End) is null && !joined)
            {
                continue;
            }

            kept.Add((m, RoleAfter(text, m.End) ?? (kind == "signing" && m.End < text.Length && text[m.End] is '与' or '同' ? "签约方" : null)));
        }

        // A participant listed with the next (A、B入选; A与B签约) shares its role.
        for (var k = kept.Count - 2; k >= 0; k--)
        {
            if (kept[k].Role is null && kept[k + 1].Role is { } next && IsListGap(text.AsSpan(kept[k].Mention.End, kept[k + 1].Mention.Start - kept[k].Mention.End)))
            {
                kept[k] = (kept[k].Mention, next);
            }
        }

        return kept;
    }

    /// <summary>A refer word (会上, 仪式上) at the start of a word of the sentence (its annotated elements, when there are).</summary>
    private bool HasRefer(ArticleScope scope, int sentence, string text)
    {
        if (scope.ProductOrNull<IReadOnlyList<AnnotatedSentence>>() is { } annotated && sentence < annotated.Count)
        {
            foreach (var e in annotated[sentence].Elements)
            {
                if (e.IsPlain && words.Refer.LongestAt(text, e.Start) > 0)
                {
                    return true;
                }
            }

            return false;
        }

        return HasWord(words.Refer, text, 0, text.Length);
    }

    /// <summary>Places a sentence about the last event opens with (会上,嘉兴…; 嘉兴和海宁…在会上…): they took part.</summary>
    private static IEnumerable<(Mention Mention, string? Role)> SubjectPlaces(string text, IReadOnlyList<Mention> mentions, int from)
    {
        while (from < text.Length && text[from] is ',' or ' ' or '　')
        {
            from++;
        }

        foreach (var m in mentions.Where(m => m.Start >= from))
        {
            if (m.Label != NodeLabel.District || m.Start != from)
            {
                yield break;
            }

            yield return (m, null);
            from = m.End + (m.End < text.Length && text[m.End] is '和' or '与' or '、' ? 1 : 0);
        }
    }

    private static bool InsideTitle(string text, int at)
    {
        var open = text.LastIndexOf('《', Math.Max(0, at - 1));
        return open >= 0 && text.IndexOf('》', open) is var close && close >= at;
    }

    /// <summary>在X举行: the place of the event, not one who takes part.</summary>
    private bool IsVenue(string text, Mention m)
    {
        for (var n = 1; n <= 12 && m.Start - n >= 0; n++)
        {
            var c = text[m.Start - n];
            if (c is ',' or '。' or ';' or '、')
            {
                return false;
            }

            if (c is '在' && !(m.Start - n > 0 && text[m.Start - n - 1] is '正' or '现' or '还' or '也'))
            {
                return text.AsSpan(m.End).StartsWith("举行") || text.AsSpan(m.End).StartsWith("举办") || text.AsSpan(m.End).StartsWith("召开");
            }
        }

        return false;
    }

    /// <summary>The subject the clause subject pass gave the trigger's clause (该企业, 公司, a subject carried over), as a mention of it.</summary>
    private static Mention? Subject(ArticleScope scope, ArticleIndex index, int sentence, int at)
    {
        if (scope.ProductOrNull<IReadOnlyList<AnnotatedSentence>>() is not { } annotated || sentence >= annotated.Count)
        {
            return null;
        }

        var a = annotated[sentence];
        var element = Array.FindIndex(a.Elements, e => e.Start <= at && at < e.End);
        if (element < 0 || a.ClauseSubjects[a.ClauseOf[element]] is not { } subject || Array.IndexOf(ParticipantLabels, subject.Entity.Label) < 0)
        {
            return null;
        }

        return index.FirstMentionOf(subject.Entity);
    }

    /// <summary>
    /// Who an event without a named actor is about: the firm the article has been speaking of (该项目投产,
    /// 产业园一期投产) — the last enterprise named before, else the article's focus.
    /// </summary>
    private static Mention? Topic(ArticleScope scope, ArticleIndex index, int sentence)
    {
        for (var i = sentence - 1; i >= 0 && i >= sentence - 3; i--)
        {
            if (scope.MentionsIn(i).LastOrDefault(m => m.Label == NodeLabel.Enterprise) is { } firm)
            {
                return firm;
            }
        }

        return index.Focus is { } focus ? index.FirstMentionOf(focus) : null;
    }

    private static bool IsListGap(ReadOnlySpan<char> gap) =>
        gap.Length <= 2 && (gap.Length == 0 || gap.IndexOfAny("、和与及同,") >= 0);

    private static bool Joined(string text, Mention m) =>
        (m.End < text.Length && text[m.End] is '与' or '同')
        || (m.Start > 0 && text[m.Start - 1] is '与' or '同');

    /// <summary>The role word a little after a participant (陈某主持, 嘉兴市X协会作为主要合作单位 is none), or null.</summary>
    private string? RoleAfter(string text, int end)
    {
        for (var i = end; i < text.Length && i <= end + RoleReach; i++)
        {
            if (text[i] is ',' or '。' or ';' or '、')
            {
                return null;
            }

            var (length, role) = words.Roles.LongestAt(text, i);
            if (length > 0)
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>The District where the event took place: one right after 在, 于, 落户 …</summary>
    private Mention? PlaceOf(string text, IReadOnlyList<Mention> mentions)
    {
        foreach (var m in mentions)
        {
            if (m.Label != NodeLabel.District || Joined(text, m))
            {
                continue;
            }

            for (var n = 1; n <= Math.Min(3, m.Start); n++)
            {
                if (words.PlaceCues.Contains(text.AsSpan(m.Start - n, n)))
                {
                    return m;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A readable name from the text: a noun trigger (会议, 名单, 展会) closes the phrase before it (市政协主席会议);
    /// a verb trigger (签约, 投产) follows its actor (X项目签约落户). Never more than a short phrase.
    /// </summary>
    private string? NameOf(string kind, string text, int start, int end, IReadOnlyList<Mention> mentions, out int nameStart)
    {
        nameStart = start;
        if (kind is "meeting" or "list" or "fair")
        {
            // A verb and the noun as one word (出席会议): the verb is no part of a name, the noun alone names nothing.
            if (words.NameStops.LongestAt(text, start) is > 0 and var verb && start + verb < end)
            {
                return null;
            }

            var left = start;
            while (left > 0 && !IsNameBreak(text[left - 1]) && words.NameStops.LongestEndingAt(text, left) == 0)
            {
                // A quoted or titled part (“工享阅读 乐在南湖”, 《…》) belongs to the name whole.
                var open = text[left - 1] switch { '”' => '“', '"' => '"', '》' => '《', _ => '\0' };
                var at = open == '\0' ? -1 : text.LastIndexOf(open, Math.Max(0, left - 2));
                left = at >= 0 ? at : left - 1;
            }

            // An opening date (昨天上午, 7月3日) is when, not what.
            foreach (var date in DateExpressions.Find(text[left..start], null))
            {
                if (date.Start == 0 && date.Resolved is null)
                {
                    left += date.End;
                }
            }

            nameStart = left;
            var phrase = text[left..end].Trim().TrimStart('的');
            return phrase.Length > end - start && phrase.Length <= MaxNameLength ? phrase : null;
        }

        // A verb: its actor (the first project, firm or body of the clause), the verb, and a short object after it.
        var clause = ClauseStart(text, start);
        Mention? actor = null;
        foreach (var m in mentions)
        {
            if (m.End <= start && m.Start >= clause
                && m.Label is NodeLabel.Project or NodeLabel.Enterprise or NodeLabel.Organization or NodeLabel.Cluster or NodeLabel.District)
            {
                actor = m;
                break;
            }
        }

        var right = end;
        while (right < text.Length && right - end < 12 && !(IsNameBreak(text[right]) && !(text[right] == '.' && right + 1 < text.Length && char.IsAsciiDigit(text[right + 1]))))
        {
            right++;
        }

        var tail = right < text.Length && !IsNameBreak(text[right]) ? text[start..end] : text[start..right];
        var head = actor is null ? "" : start - actor.Start <= 20 ? text[actor.Start..start] : actor.Surface;
        return (head + tail).Trim();
    }

    private static bool IsNameBreak(char c) => c is ',' or ';' or ':' or '。' or '!' or '?' or '(' or ')' or ' ' or '.';

    private static void Emit(ArticleScope scope, EventDraft draft, PublicationDate? published)
    {
        var context = scope.Sentences[draft.Sentence];
        var rule = draft.Rule;
        // One edge an entity: its first telling, with the first role any telling gives it.
        var participants = new List<(EntityKey Entity, string? Role, Mention Mention, int Sentence, string Rule)>(draft.Participants.Count);
        foreach (var p in draft.Participants)
        {
            var at = participants.Count - 1;
            while (at >= 0 && participants[at].Entity != p.Mention.Entity)
            {
                at--;
            }

            if (at < 0)
            {
                participants.Add((p.Mention.Entity, p.Role, p.Mention, p.Sentence, p.Rule));
            }
            else if (participants[at].Role is null && p.Role is not null)
            {
                participants[at] = participants[at] with { Role = p.Role };
            }
        }

        var resolved = draft.Date?.Resolved;
        var id = StableId.ForEvent(draft.Kind, resolved?.Iso ?? scope.Document.Source.Id, draft.Place?.Entity.EntityId,
            participants.Select(p => p.Entity.EntityId));
        var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        attributes["kind"] = draft.Kind;
        if (draft.Date is { } date)
        {
            attributes["date"] = date.Text;
        }

        if (resolved is { } r)
        {
            attributes["dateIso"] = r.Iso;
            attributes["datePrecision"] = r.PrecisionName;
        }

        if (draft.Planned)
        {
            attributes["status"] = "planned";
        }

        if (draft.Amount is { } amount)
        {
            attributes["amount"] = amount;
        }

        if (published is not null)
        {
            attributes["published"] = published.Iso;
        }

        var mention = new Mention(NodeLabel.Event, draft.Name!, draft.Name!, context, draft.Start, draft.End, rule, 0.7, id)
        {
            Attributes = attributes.ToImmutable(),
        };
        scope.AddEvent(draft.Sentence, mention);
        foreach (var p in participants)
        {
            var roles = p.Role is null ? ImmutableSortedDictionary<string, string>.Empty : ImmutableSortedDictionary<string, string>.Empty.Add("role", p.Role);
            scope.Relations.Add(new RelationCandidate(RelationType.PARTICIPATES_IN, p.Entity, mention.Entity, roles,
                scope.Sentences[p.Sentence], p.Mention.Start, p.Mention.End, p.Rule, 0.7));
        }

        if (draft.Place is { } place)
        {
            scope.Relations.Add(new RelationCandidate(RelationType.LOCATED_IN, mention.Entity, place.Entity,
                ImmutableSortedDictionary<string, string>.Empty, context, place.Start, place.End, rule, 0.7));
        }
    }

    /// <summary>
    /// What the sentences of an article look up in the whole article, indexed on first use: the triggers and the
    /// HOLDS_POSITION relations by sentence, the first mention of each entity, the article's focus. Valid while the
    /// article's mentions and relations stay as they are (the sentence loop of <see cref="Apply"/>).
    /// </summary>
    private sealed class ArticleIndex(ArticleScope scope)
    {
        private static readonly List<(EntityKey To, int Start)> NoAffiliations = [];
        private static readonly EventTrigger[] NoTriggers = [];
        private Dictionary<int, List<EventTrigger>>? _triggers;
        private List<(EntityKey To, int Start)>[]? _affiliations;
        private Dictionary<EntityKey, Mention>? _first;
        private (bool Known, EntityKey? Key) _focus;

        /// <summary>The triggers found in sentence <paramref name="sentence"/>, in the order they were found.</summary>
        public IReadOnlyList<EventTrigger> TriggersIn(int sentence)
        {
            if (_triggers is null)
            {
                _triggers = [];
                foreach (var t in scope.Product<List<EventTrigger>>())
                {
                    if (!_triggers.TryGetValue(t.Sentence, out var list))
                    {
                        _triggers[t.Sentence] = list = [];
                    }

                    list.Add(t);
                }
            }

            return _triggers.TryGetValue(sentence, out var found) ? found : NoTriggers;
        }

        /// <summary>The organisations of the HOLDS_POSITION relations read from sentence <paramref name="sentence"/>, with where each relation starts.</summary>
        public IReadOnlyList<(EntityKey To, int Start)> AffiliationsIn(int sentence)
        {
            if (_affiliations is null)
            {
                _affiliations = new List<(EntityKey To, int Start)>[scope.Sentences.Count];
                Dictionary<SentenceContext, int>? byContext = null;
                foreach (var r in scope.Relations)
                {
                    if (r.Type != RelationType.HOLDS_POSITION)
                    {
                        continue;
                    }

                    // Sentences indexed by their context only in an article that has such relations.
                    if (byContext is null)
                    {
                        byContext = new Dictionary<SentenceContext, int>(ReferenceEqualityComparer.Instance);
                        for (var i = 0; i < scope.Sentences.Count; i++)
                        {
                            byContext[scope.Sentences[i]] = i;
                        }
                    }

                    // A context that is not one of the article's own objects but equal to one still counts, as == says.
                    if (!byContext.TryGetValue(r.Context, out var at))
                    {
                        at = -1;
                        for (var i = 0; i < scope.Sentences.Count && at < 0; i++)
                        {
                            at = r.Context == scope.Sentences[i] ? i : -1;
                        }
                    }

                    if (at >= 0)
                    {
                        (_affiliations[at] ??= []).Add((r.To, r.Start));
                    }
                }
            }

            return _affiliations[sentence] ?? NoAffiliations;
        }

        /// <summary>The article's first mention of <paramref name="entity"/> (sentence order), or null.</summary>
        public Mention? FirstMentionOf(EntityKey entity)
        {
            if (_first is null)
            {
                _first = [];
                foreach (var m in scope.AllMentions)
                {
                    _first.TryAdd(m.Entity, m);
                }
            }

            return _first.GetValueOrDefault(entity);
        }

        /// <summary>The article's <see cref="ArticleScope.Focus"/>, computed once.</summary>
        public EntityKey? Focus
        {
            get
            {
                if (!_focus.Known)
                {
                    _focus = (true, scope.Focus());
                }

                return _focus.Key;
            }
        }
    }

    /// <summary>An event being read: its first telling, and the participants every telling adds.</summary>
    private sealed class EventDraft(string kind, int sentence, int start, int end, DateMention? date, bool planned)
    {
        public string Kind { get; } = kind;

        /// <summary>The kinds it was told as: its own, and a verb that went on about the same occasion (成立,并与X签订).</summary>
        public HashSet<string> Kinds { get; } = [kind];

        public int Sentence { get; } = sentence;

        public int Start { get; } = start;

        public int End { get; } = end;

        public DateMention? Date { get; } = date;

        public bool Planned { get; } = planned;

        public string? Name { get; init; }

        /// <summary>The pattern that found the event's first telling.</summary>
        public required string Rule { get; init; }

        public Mention? Place { get; set; }

        public string? Amount { get; init; }

        /// <summary>Who takes part, with the sentence and the pattern of the telling that named them.</summary>
        public List<(Mention Mention, string? Role, int Sentence, string Rule)> Participants { get; } = [];

        public bool Shares(List<(Mention Mention, string? Role)> found)
        {
            foreach (var f in found)
            {
                foreach (var p in Participants)
                {
                    if (p.Mention.Entity == f.Mention.Entity)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Adds who a telling names; a later telling adds only officials and those the text gives a part.</summary>
        public void AddParticipants(IEnumerable<(Mention Mention, string? Role)> found, int sentence, string? rule = null, bool all = false)
        {
            foreach (var p in found)
            {
                if (all || sentence == Sentence || p.Role is not null || p.Mention.Label == NodeLabel.Official)
                {
                    Participants.Add((p.Mention, p.Role, sentence, rule ?? Rule));
                }
            }
        }
    }
}
