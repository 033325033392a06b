using System.CommandLine;
using Depot.Core;

namespace Depot.Tui.Cli;

/// <summary>Runs a verb's body against the open depot and turns refusals into exit code 1.</summary>
internal static class Verb
{
    /// <summary>
    /// Opens the depot the options name and runs <paramref name="body"/>. A database file that does
    /// not exist is refused unless <paramref name="createsDatabase"/> (the verbs that make one) or --create.
    /// </summary>
    public static int Execute(ParseResult parse, Func<DepotContext, int> body, bool createsDatabase = false) =>
        Execute(parse.InvocationConfiguration.Error, () => GlobalOptions.OpenContext(parse, createsDatabase), body);

    /// <summary>Opens the depot with <paramref name="open"/> and runs <paramref name="body"/> against it.</summary>
    public static int Execute(TextWriter error, Func<DepotContext> open, Func<DepotContext, int> body) =>
        Guard(error, () =>
        {
            using var context = open();
            return body(context);
        });

    /// <summary>Runs <paramref name="body"/>; a refusal or a file error is one line on <paramref name="error"/> and its exit code.</summary>
    public static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (RefusedException e)
        {
            error.WriteLine($"depot: {e.Message}");
            return DepotCli.Refused;
        }
        catch (UsageException e)
        {
            error.WriteLine($"depot: {e.Message}");
            return DepotCli.UsageError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"depot: {e.Message}");
            return DepotCli.Refused;
        }
    }

    /// <summary>Runs a verb that changes one thing and prints one confirmation line.</summary>
    public static int Change(ParseResult parse, Func<DepotContext, string> body, bool createsDatabase = false) =>
        Execute(parse, context =>
        {
            parse.InvocationConfiguration.Output.WriteLine(body(context));
            return DepotCli.Done;
        }, createsDatabase);

    public static Command Command(string name, string description, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Arguments.Add(argument);
                    break;
                case Option option:
                    command.Options.Add(option);
                    break;
            }
        }

        return command;
    }
}

/// <summary>A malformed command line that the parser could not catch (exit code 2).</summary>
internal sealed class UsageException(string message) : Exception(message);
