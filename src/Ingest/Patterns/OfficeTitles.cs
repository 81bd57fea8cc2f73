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
    public IReadOnlyList<(EntityKey Holder, string? Title)> Split(ArticleScope scope, EntityKey holder, string? title)
    {
        if (title is null || holder.Label != NodeLabel.Organization || CommitteeLevel(holder.Name) is not { } level)
        {
            return [(holder, title)];
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
