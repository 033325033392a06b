using Depot.Core;
using Depot.Tui.Ui.Shell;

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

        StartupTrace.Mark("terminal ready");
        BenchApp.Run(context, () => StartupTrace.Mark("first frame written"));
        return DepotCli.Done;
    }
}
