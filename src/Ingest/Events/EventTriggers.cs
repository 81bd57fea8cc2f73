using System.Collections.Immutable;
using Graph.Ingest.Extraction;
using Graph.Ingest.Patterns;

namespace Graph.Ingest.Events;

/// <summary>
/// A trigger an event pattern found (<c>-> EVENT kind trigger=t 签约方=a</c>): its sentence, kind, where the trigger is
/// (characters of the sentence), the pattern, the status the pattern states, and the entities it gives a role.
/// </summary>
public sealed record EventTrigger(int Sentence, string Kind, int Start, int End, string Rule, string? Status,
    ImmutableArray<(EntityKey Entity, string Role)> Roles);

/// <summary>
/// The events stage's end of the pattern engine: every EVENT output becomes an <see cref="EventTrigger"/> of the article,
/// which <see cref="EventRule"/> dates, completes and joins into events once every rule of the article has run.
/// </summary>
public sealed class EventTriggerSink : IPatternEventSink
{
    /// <summary>Attributes of an EVENT output that are no role: the trigger's span and what the pattern says of the event.</summary>
    private const string TriggerRole = "trigger";
    private const string StatusKey = "status";
    private const string AmountKey = "amount";

    public static EventTriggerSink Instance { get; } = new();

    public void Emit(ArticleScope scope, PatternHit hit, PatternEmit emit)
    {
        var sentence = hit.Sentence;
        var span = TriggerSpan(hit, emit) ?? (hit.Start, hit.End);
        string? status = null;
        // Made for the triggers that give roles (most give one or two).
        ImmutableArray<(EntityKey, string)>.Builder? roles = null;
        foreach (var (key, value) in emit.Attributes)
        {
            if (key == StatusKey)
            {
                status = value.Literal ?? value.Choices.Select(hit.TextOf).FirstOrDefault(t => t is not null);
            }
            else if (key is not (TriggerRole or AmountKey) && value.Literal is null)
            {
                foreach (var role in value.Choices)
                {
                    if (hit.Span(role) is not { } r)
                    {
                        continue;
                    }

                    for (var i = r.Start; i < r.End; i++)
                    {
                        if (sentence.EntityOf(i) is { } entity)
                        {
                            (roles ??= ImmutableArray.CreateBuilder<(EntityKey, string)>(4)).Add((entity, key));
                        }
                    }
                }
            }
        }

        scope.Product<List<EventTrigger>>().Add(new EventTrigger(sentence.Index, emit.Type, sentence.Elements[span.Start].Start, sentence.Elements[span.End - 1].End,
            hit.Pattern.Name, status, roles?.ToImmutable() ?? []));
    }

    /// <summary>Where the first <c>trigger=</c> attribute's first role that matched lies, if it has one.</summary>
    private static (int Start, int End)? TriggerSpan(PatternHit hit, PatternEmit emit)
    {
        foreach (var (key, value) in emit.Attributes)
        {
            if (key != TriggerRole)
            {
                continue;
            }

            foreach (var choice in value.Choices)
            {
                if (hit.Span(choice) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        return null;
    }
}
