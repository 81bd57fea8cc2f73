using System.CommandLine;
using Graph.Store;
using Graph.Store.Configuration;

namespace Graph.Cli;

/// <summary>
/// Runs a command line the way both programs do: <c>--Key:Sub=value</c> settings go to the configuration, usage
/// errors exit 2, a mistake a user can make is one line on stderr and exit 1, the stack trace only with -v.
/// (Linked into both programs: they share no project but the store.)
/// </summary>
internal static class CommandRunner
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(RootCommand root, string[] args)
    {
        var (arguments, settings) = GraphConfiguration.SplitArgs(args);
        GraphConfiguration.CommandLine = settings;
        var verbose = arguments.Any(a => a is "-v" or "--verbose");
        if (Console.IsOutputRedirected)
        {
            // Piped or redirected: tables keep their rows whole instead of wrapping at 80 columns.
            Spectre.Console.AnsiConsole.Profile.Width = 4096;
        }

        var parse = root.Parse(arguments);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await Console.Error.WriteLineAsync($"usage error: {error.Message}");
            }

            await Console.Error.WriteLineAsync("(--help shows the commands and their options)");
            return Usage;
        }

        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("stopped.");
            return Failure;
        }
        catch (Exception e)
        {
            return await ReportAsync(e, verbose);
        }
    }

    public static async Task<int> ReportAsync(Exception exception, bool verbose)
    {
        var inner = exception is AggregateException { InnerExceptions.Count: 1 } aggregate ? aggregate.InnerException! : exception;
        var line = UserErrors.Describe(inner);
        await Console.Error.WriteLineAsync(line is null
            ? $"error: {inner.GetType().Name}: {inner.Message} (a program error: run with -v for the stack trace and report it)"
            : $"error: {line}");
        if (verbose)
        {
            await Console.Error.WriteLineAsync(exception.ToString());
        }

        return Failure;
    }
}
