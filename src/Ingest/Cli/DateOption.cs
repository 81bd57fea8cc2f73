using System.CommandLine;
using Graph.Ingest.Dates;
using Graph.Ingest.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Ingest.Cli;

/// <summary>
/// `--date YYYY-MM-DD`: the publication date of articles whose feed or page does not give one, what 昨天 and 今年3月
/// resolve against. Shared by ingest, extract, eval and run.
/// </summary>
public sealed class DateOption
{
    public Option<string?> Option { get; } = new("--date")
    {
        Description = "Publication date (YYYY-MM-DD) of articles whose feed or page gives none",
        Validators =
        {
            result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
                if (text is not null && (text.Length != 10 || !PublicationDate.TryParseIso(text, out _)))
                {
                    result.AddError($"--date {text}: expected a date as YYYY-MM-DD, e.g. 2026-07-04");
                }
            },
        },
    };

    public void AddTo(Command command) => command.Options.Add(Option);

    public DateOnly? Value(ParseResult parse) =>
        PublicationDate.TryParseIso(parse.GetValue(Option), out var date) ? date : null;

    /// <summary>The pipeline of a hosted command, with the date given.</summary>
    public void Register(IServiceCollection services, ParseResult parse) =>
        services.AddSingleton(_ => ExtractionPipeline.CreateDefault(Value(parse)));
}
