using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Cli;

/// <summary>The full-screen UI, opened when no verb is given.</summary>
internal static class UiVerb
{
    public static int Run(UiArguments options, TextWriter error) => Verb.Guard(error, () =>
    {
        // A path that names no file is refused at once, before the terminal is touched.
        var open = GlobalOptions.Opener(options);
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            error.WriteLine("depot: the full-screen UI needs a terminal; use a verb for scripts (depot --help)");
            return DepotCli.UsageError;
        }

        // The depot opens on another core while Terminal.Gui sets up the terminal.
        using var opening = DepotOpening.Start(open.Location, open.Open);
        StartupTrace.Mark("opening started");
        BenchApp.Run(opening, () => StartupTrace.Mark("first frame written"));
        return DepotCli.Done;
    });
}
