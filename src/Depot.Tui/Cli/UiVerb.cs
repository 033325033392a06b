using Depot.Core;
using Depot.Tui.Ui.Input;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Terminal;

namespace Depot.Tui.Cli;

/// <summary>The full-screen UI, opened when no verb is given.</summary>
internal static class UiVerb
{
    public static int Run(DepotContext context)
    {
        if (Console.IsInputRedirected || Console.IsOutputRedirected)
        {
            Console.Error.WriteLine("depot: the full-screen UI needs a terminal; use a verb for scripts (depot --help)");
            return DepotCli.UsageError;
        }

        using var terminal = new ConsoleTerminal();
        using var keys = new ConsoleKeySource();
        new BenchLoop(context, keys, terminal).Run(AppState.Open(new HomeScreen(), context.Operator, context.DatabasePath));
        return DepotCli.Done;
    }
}
