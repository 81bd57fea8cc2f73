using System.Collections.Immutable;
using Graph.Model;

namespace Graph.Ingest.Extraction;

/// <summary>
/// Officials and HOLDS_POSITION: a title (董事长, 书记, 副主席, 区领导 …) followed by one name or a list of names
/// (副主席A、B、C等). The holder is the organisation or enterprise named right before the title (西湖区委|书记,
/// …有限公司|董事长); the article's company after 公司/该公司; the article's district after 区领导; or, for a deputy
/// in the same sentence, the body of the official named before (县政协主席X…，副主席Y).
/// </summary>
public sealed class OfficialMentionRule(OfficialLexicons lexicons, ExtractionLexicons common) : IExtractionRule
{
    public const string OrgTitleNameRule = "official.org-title-name";
    public const string TitleNameRule = "official.title-name";
    public const string TitleListRule = "official.title-list";
    public const string NameTitleRule = "official.name-title";

    /// <summary>Most characters of a unit (department, office) between a body and a title.</summary>
    private const int MaxUnitLength = 20;

    private readonly PersonNameReader _names = new(lexicons);

    /// <summary>One official read in a sentence, with the title and holder it was read with.</summary>
    private sealed record Reading(string Name, int Start, int End, string Title, EntityKey? Holder, string HolderRule);

    public void Apply(ArticleScope scope)
    {
        var focus = new Lazy<EntityKey?>(() => DocumentExtractor.ArticleFocus(scope));
        for (var i = 0; i < scope.Sentences.Count; i++)
        {
            var context = scope.Sentences[i];
            var text = context.Text;
            var mentions = scope.MentionsIn(i).ToList();
            var readings = new List<Reading>();
            var ahead = 0;
            for (var at = 0; at < text.Length;)
            {
                // Mentions are ordered by start: skip the ones behind, jump over the one covering this position.
                while (ahead < mentions.Count && mentions[ahead].End <= at)
                {
                    ahead++;
                }

                if (ahead < mentions.Count && mentions[ahead].Start <= at)
                {
                    at = mentions[ahead].End;
                    continue;
                }

                var (titleStart, titleEnd) = (at, TitleEnd(text, at));
                if (titleEnd == at)
                {
                    at++;
                    continue;
                }

                var title = text[titleStart..titleEnd];
                var nameStart = SkipSpaces(text, titleEnd);
                var first = _names.Read(text, nameStart);
                if (first.Kind != PersonNameKind.Found)
                {
                    var before = NameBefore(text, titleStart, mentions);
                    if (before > 0)
                    {
                        readings.Add(new Reading(text[(titleStart - before)..titleStart], titleStart - before, titleStart, title, null, string.Empty));
                    }
                    else if (first.Kind == PersonNameKind.Unbounded)
                    {
                        scope.Drop(text.Substring(nameStart, Math.Min(4, text.Length - nameStart)), $"name after '{title}' has no clear end", TitleNameRule, context);
                    }

                    at = titleEnd;
                    continue;
                }

                var (holder, holderRule) = HolderOf(scope, i, mentions, text, titleStart, title, readings, focus);
                var end = nameStart + first.Length;
                readings.Add(new Reading(text[nameStart..end], nameStart, end, title, holder, holderRule));
                while (end + 1 < text.Length && text[end] == '、' && TitleEnd(text, end + 1) == end + 1)
                {
                    var next = _names.Read(text, end + 1);
                    if (next.Kind != PersonNameKind.Found || mentions.Any(m => m.Start <= end + 1 && end + 1 < m.End))
                    {
                        break;
                    }

                    readings.Add(new Reading(text.Substring(end + 1, next.Length), end + 1, end + 1 + next.Length, title, holder, holderRule));
                    end += 1 + next.Length;
                }

                at = end;
            }

            foreach (var reading in readings)
            {
                Add(scope, i, reading);
            }
        }
    }

    private static void Add(ArticleScope scope, int sentence, Reading reading)
    {
        var context = scope.Sentences[sentence];
        var listed = reading.Start > 0 && context.Text[reading.Start - 1] == '、';
        var apposed = reading.End < context.Text.Length && context.Text.AsSpan(reading.End).StartsWith(reading.Title, StringComparison.Ordinal);
        var rule = apposed ? NameTitleRule : listed ? TitleListRule : reading.Holder is null ? TitleNameRule : OrgTitleNameRule;
        var mention = new Mention(NodeLabel.Official, reading.Name, reading.Name, context, reading.Start, reading.End, rule, listed ? 0.75 : 0.85)
        {
            Attributes = ImmutableSortedDictionary<string, string>.Empty.Add("title", reading.Title),
        };
        if (!scope.TryAdd(sentence, mention))
        {
            scope.Drop(reading.Name, "overlaps a mention found before", rule, context);
            return;
        }

        if (reading.Holder is { } holder)
        {
            scope.Relations.Add(new RelationCandidate(RelationType.HOLDS_POSITION, mention.Entity, holder,
                ImmutableSortedDictionary<string, string>.Empty.Add("title", reading.Title), context, reading.Start, reading.End,
                reading.HolderRule, listed ? 0.7 : 0.8));
        }
    }

    /// <summary>End of the title (with its modifiers and a 、-joined second title) starting at <paramref name="at"/>, or at.</summary>
    private int TitleEnd(string text, int at)
    {
        var end = OneTitleEnd(text, at);
        while (end > at && end + 1 < text.Length && text[end] == '、')
        {
            var next = OneTitleEnd(text, end + 1);
            if (next == end + 1)
            {
                break;
            }

            end = next;
        }

        return end;
    }

    private int OneTitleEnd(string text, int at)
    {
        var start = at;
        for (var (length, _) = lexicons.TitleModifiers.LongestAt(text, start); length > 0; (length, _) = lexicons.TitleModifiers.LongestAt(text, start))
        {
            start += length;
        }

        var (titleLength, _) = lexicons.Titles.LongestAt(text, start);
        return titleLength > 0 ? start + titleLength : at;
    }

    private (EntityKey? Holder, string Rule) HolderOf(ArticleScope scope, int sentence, List<Mention> mentions, string text, int titleStart, string title,
        List<Reading> before, Lazy<EntityKey?> focus)
    {
        var end = titleStart;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        // The body, firm or district named right before the title (东莞市副市长X: the city).
        var named = mentions.LastOrDefault(m => m.End == end && m.Label is NodeLabel.Organization or NodeLabel.Enterprise or NodeLabel.District);
        if (named is not null && !IsLeadInReference(named.Surface))
        {
            return (named.Entity, "holds-position.org-title-name");
        }

        // 杭州市知识产权保护中心|综合应用与快速维权部数据知识产权|审查员: a unit of the body between it and the title.
        var unitOf = mentions.LastOrDefault(m => m.End < end && m.Label is NodeLabel.Organization or NodeLabel.Enterprise);
        if (unitOf is not null && end - unitOf.End <= MaxUnitLength && IsUnitText(text, unitOf.End, end)
            && ReferenceEndingAt(text, end) == 0 && !lexicons.DistrictLeaderTitles.ContainsKey(StripModifiers(title)))
        {
            return (unitOf.Entity, "holds-position.org-unit-title-name");
        }

        var reference = ReferenceEndingAt(text, end);
        if (reference > 0 || named is not null)
        {
            reference = Math.Max(reference, named is null ? 0 : ReferenceEndingAt(named.Surface, named.Surface.Length));
            // 远航|公司|董事长: a short company name before the reference word.
            var company = mentions.LastOrDefault(m => m.End == end - reference && m.Label == NodeLabel.Enterprise);
            if (company is not null)
            {
                return (company.Entity, "holds-position.org-title-name");
            }

            var meant = LatestEnterpriseBefore(scope, sentence, end - reference) ?? focus.Value;
            if (meant is not null && IntroducesReference(text, end - reference, text.Substring(end - reference, reference)))
            {
                return (meant, "holds-position.company-reference");
            }

            return (null, string.Empty);
        }

        if (lexicons.DistrictLeaderTitles.TryGetValue(StripModifiers(title), out var suffix))
        {
            var district = DistrictOf(scope, suffix);
            return district is null ? (null, string.Empty) : (district, "holds-position.district-leader");
        }

        // 县政协主席X…，副主席Y: a deputy takes the body of the official named before with the same title.
        var head = HeadTitle(title);
        var previous = before.LastOrDefault(r => r.Holder is not null && HeadTitle(r.Title) == head);
        return previous is null ? (null, string.Empty) : (previous.Holder, "holds-position.deputy");
    }

    /// <summary>A mention read as a company that is only a lead-in and a reference (正如|公司): it means the article's company.</summary>
    private bool IsLeadInReference(string surface)
    {
        var reference = ReferenceEndingAt(surface, surface.Length);
        return reference > 0 && reference < surface.Length && lexicons.CompanyReferenceLeadIns.Contains(surface[..^reference]);
    }

    /// <summary>Text between a body and a title that can only name a unit of it: characters of a name, no verb or particle.</summary>
    private bool IsUnitText(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!PersonNameReader.IsHan(text[i]) || text[i] is '的' or '是' or '在' or '了' or '将' or '把' or '被' or '说' or '和' or '等'
                || lexicons.NameFollowers.LongestAt(text, i).Length > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The enterprise named last before a position of the article: what 该公司 refers to.</summary>
    private EntityKey? LatestEnterpriseBefore(ArticleScope scope, int sentence, int position)
    {
        for (var i = sentence; i >= 0; i--)
        {
            // In the sentence itself the firm named last; in an earlier one its subject, the firm it opens with
            // (X是…企业,其旗下Y…。公司副总经理Z: Z is X's).
            var candidates = scope.MentionsIn(i, NodeLabel.Enterprise).Where(m => (i < sentence || m.End <= position) && !IsLeadInReference(m.Surface));
            var named = i < sentence ? candidates.FirstOrDefault() : candidates.LastOrDefault();
            if (named is not null)
            {
                return named.Entity;
            }
        }

        return null;
    }

    private int ReferenceEndingAt(string text, int end)
    {
        for (var start = Math.Max(0, end - 4); start < end; start++)
        {
            var (length, _) = lexicons.CompanyReferences.LongestAt(text, start);
            if (length > 0 && start + length == end)
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>公司负责人 stands for the article's company after a clause break, a lead-in (正如) or a determiner (该公司).</summary>
    private bool IntroducesReference(string text, int start, string reference)
    {
        if (start == 0 || !PersonNameReader.IsHan(text[start - 1]) || reference[0] is '该' or '本' or '这')
        {
            return true;
        }

        for (var length = Math.Min(lexicons.CompanyReferenceLeadIns.MaxLength, start); length >= 1; length--)
        {
            if (lexicons.CompanyReferenceLeadIns.Contains(text.AsSpan(start - length, length))
                && (start - length == 0 || !PersonNameReader.IsHan(text[start - length - 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The article's place of a level (…区 for 区领导): the most mentioned, else the place heading an organisation's name.</summary>
    private EntityKey? DistrictOf(ArticleScope scope, string suffix)
    {
        var districts = scope.AllMentions
            .Where(m => m.Label == NodeLabel.District && m.Key.EndsWith(suffix, StringComparison.Ordinal))
            .GroupBy(m => m.Entity)
            .OrderByDescending(g => g.Count())
            .Select(g => (EntityKey?)g.Key)
            .FirstOrDefault();
        if (districts is not null)
        {
            return districts;
        }

        foreach (var organization in scope.AllMentions.Where(m => m.Label == NodeLabel.Organization))
        {
            for (var length = Math.Min(common.PlacePrefixes.MaxLength, organization.Key.Length - 1); length >= 2; length--)
            {
                var place = organization.Key[..length];
                if (place.EndsWith(suffix, StringComparison.Ordinal) && common.PlacePrefixes.Contains(place))
                {
                    return new EntityKey(NodeLabel.District, place);
                }
            }
        }

        return null;
    }

    private string StripModifiers(string title)
    {
        var start = 0;
        for (var (length, _) = lexicons.TitleModifiers.LongestAt(title, 0); length > 0 && start + length < title.Length;
             (length, _) = lexicons.TitleModifiers.LongestAt(title, start))
        {
            start += length;
        }

        return title[start..];
    }

    /// <summary>The title without modifiers and deputy marks: 副主席 and 主席 share the head 主席.</summary>
    private string HeadTitle(string title)
    {
        var last = title[(title.LastIndexOf('、') + 1)..];
        return StripModifiers(last).TrimStart('副');
    }

    /// <summary>
    /// Length of a three-character name right before a title that no name follows (贯彻|王某某|主任|考察…), when a
    /// clause break, a function word or a leading verb stands before it; else 0. Shorter names are too often words.
    /// </summary>
    private int NameBefore(string text, int titleStart, List<Mention> mentions)
    {
        const int length = 3;
        var start = titleStart - length;
        if (start < 0 || mentions.Any(m => m.Start < titleStart && start < m.End))
        {
            return 0;
        }

        var read = _names.Read(text[start..titleStart], 0);
        if (read.Kind != PersonNameKind.Found || read.Length != length)
        {
            return 0;
        }

        var opens = start == 0 || !PersonNameReader.IsHan(text[start - 1]) || text[start - 1] is '的' or '在' or '是' or '和' or '与' or '向' or '对';
        var words = lexicons.OrganizationLeadingWords;
        for (var n = Math.Min(words.MaxLength, start); n >= 2 && !opens; n--)
        {
            opens = words.Contains(text.AsSpan(start - n, n));
        }

        return opens ? length : 0;
    }

    private static int SkipSpaces(string text, int at)
    {
        while (at < text.Length && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }
}
