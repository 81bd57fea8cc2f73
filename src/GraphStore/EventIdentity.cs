using Graph.Model;

namespace Graph.Store;

/// <summary>
/// One event, one node across merges. An Event's id is what it is (<see cref="StableId.ForEvent"/>: kind, resolved date or
/// the document that tells it, place, sorted participant ids), so when a participant (or its place) merges into another
/// entity, the events it took part in are recomputed from what the store holds and moved to their new id: joined with
/// the event already held there (the same signing told under the full name), else renamed, the old id left as a redirect.
/// Written once for every store, over <see cref="IGraphStore"/>.
/// </summary>
public static class EventIdentity
{
    /// <summary>The prefix of the rules that make events (<c>event.signing</c>, <c>event.signing.by-verb</c>): their LOCATED_IN is the event's place.</summary>
    public const string RulePrefix = "event.";

    /// <summary>Merges <paramref name="fromId"/> into <paramref name="intoId"/>, then re-keys the events it touched. Returns the events moved (old id → new id).</summary>
    public static async Task<IReadOnlyList<(string From, string Into)>> MergeAsync(IGraphStore store, string fromId, string intoId,
        CancellationToken cancellationToken)
    {
        await store.MergeAsync(fromId, intoId, cancellationToken);
        return await RekeyAsync(store, intoId, cancellationToken);
    }

    /// <summary>
    /// Recomputes the id of every event <paramref name="entityId"/> takes part in or is the place of, and moves each
    /// event whose id changed (a redirect is left). Returns the events moved (old id → new id).
    /// </summary>
    public static async Task<IReadOnlyList<(string From, string Into)>> RekeyAsync(IGraphStore store, string entityId, CancellationToken cancellationToken)
    {
        var participates = await store.RelationsAsync(RelationType.PARTICIPATES_IN, entityId, null, cancellationToken);
        var located = await store.RelationsAsync(RelationType.LOCATED_IN, null, entityId, cancellationToken);
        var eventIds = participates.Select(r => r.ToId).Concat(located.Where(IsEventPlace).Select(r => r.FromId))
            .Where(IsEventId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (eventIds.Count == 0)
        {
            return [];
        }

        var events = await store.EntitiesAsync(eventIds, cancellationToken);
        var moved = new List<(string From, string Into)>();
        foreach (var id in eventIds)
        {
            if (!events.TryGetValue(id, out var held) || held.Id != id || held.Label != NodeLabel.Event)
            {
                continue; // moved already (a redirect), or not an event
            }

            var fresh = await IdOfAsync(store, held, cancellationToken);
            if (fresh is not null && fresh != id)
            {
                await store.MergeAsync(id, fresh, cancellationToken);
                moved.Add((id, fresh));
            }
        }

        return moved;
    }

    /// <summary>The id an event held in the store has by what it now is; null when the store does not say its kind.</summary>
    public static async Task<string?> IdOfAsync(IGraphStore store, Entity held, CancellationToken cancellationToken)
    {
        if (!held.Attributes.TryGetValue("kind", out var kind))
        {
            return null;
        }

        var when = held.Attributes.GetValueOrDefault("dateIso")
            ?? held.Evidence.Select(e => e.DocumentId).Order(StringComparer.Ordinal).FirstOrDefault();
        if (when is null)
        {
            return null;
        }

        var participants = (await store.RelationsAsync(RelationType.PARTICIPATES_IN, null, held.Id, cancellationToken)).Select(r => r.FromId);
        var place = (await store.RelationsAsync(RelationType.LOCATED_IN, held.Id, null, cancellationToken))
            .Where(IsEventPlace).Select(r => r.ToId).Order(StringComparer.Ordinal).FirstOrDefault();
        return StableId.ForEvent(kind, when, place, participants);
    }

    private static bool IsEventId(string id) => id.StartsWith(StableId.EventPrefix, StringComparison.Ordinal);

    private static bool IsEventPlace(Relation located) =>
        IsEventId(located.FromId) && located.Evidence.Any(e => e.Rule.StartsWith(RulePrefix, StringComparison.Ordinal));
}
