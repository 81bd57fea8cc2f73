using Graph.Ingest.Extraction;
using Graph.Model;

namespace Graph.Ingest.Patterns;

/// <summary>
/// Where an official's titles belong. A leader title (区领导) is of the article's place of its level. A party
/// committee (惠州市委, 南湖区委) holds the party titles said of it, written with its level (书记 → 区委书记); the
/// government titles said with it (惠州市委副书记、市长; 副市长 after the committee's secretary) are of the place
/// itself (惠州市), when the article names that place.
/// </summary>
public sealed class OfficeTitles(OfficialLexicons lexicons)
{
    /// <summary>The holders of <paramref name="title"/> said of <paramref name="holder"/>, each with its part of the title.</summary>
    public IReadOnlyList<(EntityKey Holder, string? Title)> Split(ArticleScope scope, EntityKey holder, string? title, int sentence = -1)
    {
        if (title is null)
        {
            return [(holder, title)];
        }

        if (holder.Label != NodeLabel.Organization || CommitteeLevel(holder.Name) is not { } level)
        {
            var split = OfItsLevel(scope, holder, title, sentence);
            return BareCommitteeLevel(holder) is { } bare ? WithCommittee(split, holder, bare) : split;
        }

        var parts = title.Split('、');
        var government = parts.Where(p => IsGovernmentTitle(p, level)).ToList();
        var place = government.Count > 0 ? PlaceNamed(scope, holder.Name[..^1]) : null;
        if (place is null)
        {
            government.Clear();
        }

        var party = parts.Where(p => !government.Contains(p)).ToList();
        var result = new List<(EntityKey, string?)>(2);
        if (party.Count > 0)
        {
            // 书记 of 南湖区委 → 区委书记; a title that names its body already (区委书记, 党委委员) stays as it is.
            var committee = level + "委";
            if (!party[0].StartsWith(committee, StringComparison.Ordinal) && !party[0].StartsWith('党') && !IsGovernmentTitle(party[0], level))
            {
                party[0] = committee + party[0];
            }

            result.Add((holder, string.Join('、', party)));
        }

        if (place is { } p)
        {
            result.Add((p, string.Join('、', government)));
        }

        return result;
    }

    /// <summary>
    /// A government title (副市长, 区长) is of the place of its level: said of a zone, a park's committee, a firm or a place of
    /// another level (the holder of the title before it: 龙岩高新区党工委书记A，副市长B), it goes to the article's place of that
    /// level (the city the article names most). With no such place, a zone, a firm or a body loses the title (it has no
    /// 副市长); a place (洛阳 of 洛阳市副市长, when the article writes no other 市) keeps it.
    /// </summary>
    private IReadOnlyList<(EntityKey Holder, string? Title)> OfItsLevel(ArticleScope scope, EntityKey holder, string title, int sentence)
    {
        var parts = title.Split('、');
        var moved = new Dictionary<EntityKey, List<string>>();
        var kept = new List<string>(parts.Length);
        var dropped = false;
        foreach (var part in parts)
        {
            if (lexicons.GovernmentTitles.TryGetValue(part, out var level) && !IsPlaceOfLevel(holder, level) && !IsGovernment(holder))
            {
                if ((PlaceOfLevelIn(scope, sentence, level) ?? PlaceOfLevel(scope, level)) is { } area && area != holder)
                {
                    (moved.TryGetValue(area, out var list) ? list : moved[area] = []).Add(part);
                    continue;
                }

                if (holder.Label != NodeLabel.District || IsZone(holder.Name))
                {
                    // A zone, a park's committee or a firm has no 副市长: with no place of the level, the title goes nowhere.
                    dropped = true;
                    continue;
                }
            }

            kept.Add(part);
        }

        if (moved.Count == 0 && !dropped)
        {
            return [(holder, title)];
        }

        var result = new List<(EntityKey, string?)>(moved.Count + 1);
        if (kept.Count > 0)
        {
            result.Add((holder, string.Join('、', kept)));
        }

        foreach (var (area, titles) in moved)
        {
            result.Add((area, string.Join('、', titles)));
        }

        return result;
    }

    /// <summary>
    /// The place of a level the sentence names (衡阳市), or whose party committee it names (衡阳市委常委、…高新区党工委书记A，副市长B:
    /// 衡阳市, when the article names it), else null.
    /// </summary>
    private static EntityKey? PlaceOfLevelIn(ArticleScope scope, int sentence, string level)
    {
        if (sentence < 0)
        {
            return null;
        }

        foreach (var m in scope.MentionsIn(sentence, NodeLabel.District))
        {
            if (m.Key.EndsWith(level, StringComparison.Ordinal) && m.Key.Length > level.Length)
            {
                return m.Entity;
            }
        }

        foreach (var m in scope.MentionsIn(sentence, NodeLabel.Organization))
        {
            if (m.Key.EndsWith(level + "委", StringComparison.Ordinal) && m.Key.Length > level.Length + 1 && PlaceNamed(scope, m.Key[..^1]) is { } place)
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>The article's place of a level (…市 for 市) it names most, or null.</summary>
    private static EntityKey? PlaceOfLevel(ArticleScope scope, string level) =>
        scope.AllMentions
            .Where(m => m.Label == NodeLabel.District && m.Key.EndsWith(level, StringComparison.Ordinal) && m.Key.Length > level.Length)
            .GroupBy(m => m.Entity)
            .OrderByDescending(g => g.Count())
            .Select(g => (EntityKey?)g.Key)
            .FirstOrDefault();

    /// <summary>A government named as a body (吉安市人民政府, 某县政府): its titles are its own.</summary>
    private static bool IsGovernment(EntityKey holder) =>
        holder.Label == NodeLabel.Organization && holder.Name.Contains("政府", StringComparison.Ordinal);

    /// <summary>A zone's name (a park, a development zone: a place of no level of government; zone-endings.txt).</summary>
    private bool IsZone(string name) => lexicons.IsZoneName(name);

    /// <summary>A place whose name ends with the level's character (临江市 for 市).</summary>
    private static bool IsPlaceOfLevel(EntityKey holder, string level) =>
        holder.Label == NodeLabel.District && holder.Name.EndsWith(level, StringComparison.Ordinal);

    /// <summary>The article's place of the level a leader title names (区领导 → the district most mentioned; 书记 → the party committee).</summary>
    public EntityKey? AreaOf(ArticleScope scope, string title)
    {
        if (!lexicons.DistrictLeaderTitles.TryGetValue(title, out var suffix))
        {
            return null;
        }

        // A party committee (…委) is an organisation; any other level is a place.
        var label = suffix.EndsWith('委') ? NodeLabel.Organization : NodeLabel.District;
        return scope.AllMentions
            .Where(m => m.Label == label && m.Key.EndsWith(suffix, StringComparison.Ordinal) && m.Key.Length > suffix.Length)
            .GroupBy(m => m.Entity)
            .OrderByDescending(g => g.Count())
            .Select(g => (EntityKey?)g.Key)
            .FirstOrDefault();
    }

    /// <summary>The level of a party committee named place, level and 委 (惠州市委 → 市; a banner's 某某旗委 → 旗), else null.</summary>
    /// <summary>
    /// A committee named by its level alone (市委书记张三, 区委常委、秘书长李四: the body is 市委, 区委): its party titles are
    /// written with the level too (市委书记, 区委常委、秘书长), as a named committee's are; the government titles said with it
    /// went to the article's place of that level (OfItsLevel).
    /// </summary>
    private IReadOnlyList<(EntityKey Holder, string? Title)> WithCommittee(IReadOnlyList<(EntityKey Holder, string? Title)> split, EntityKey holder, string level)
    {
        var result = new List<(EntityKey, string?)>(split.Count);
        foreach (var (h, t) in split)
        {
            if (h == holder && t is { Length: > 0 } && !t.StartsWith(holder.Name, StringComparison.Ordinal) && !t.StartsWith('党') && !IsGovernmentTitle(t.Split('、')[0], level))
            {
                result.Add((h, holder.Name + t));
            }
            else
            {
                result.Add((h, t));
            }
        }

        return result;
    }

    private static string? BareCommitteeLevel(EntityKey holder) =>
        holder.Label == NodeLabel.Organization && holder.Name.Length == 2 && holder.Name[1] == '委'
            && holder.Name[0] is '省' or '市' or '区' or '县' or '镇' or '乡' or '旗' or '州' or '盟' ? holder.Name[..1] : null;

    private static string? CommitteeLevel(string name) =>
        name.Length >= 4 && name[^1] == '委' && name[^2] is '省' or '市' or '区' or '县' or '镇' or '乡' or '旗' or '州' or '盟' ? name[^2].ToString() : null;

    private bool IsGovernmentTitle(string title, string level) =>
        lexicons.GovernmentTitles.TryGetValue(title, out var of) && of == level;

    private static EntityKey? PlaceNamed(ArticleScope scope, string name)
    {
        foreach (var mention in scope.AllMentions)
        {
            if (mention.Label == NodeLabel.District && mention.Key == name)
            {
                return mention.Entity;
            }
        }

        return null;
    }
}
