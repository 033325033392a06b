using Depot.Core;

namespace Depot.Tui.Cli;

/// <summary>The full-screen UI, opened when no verb is given.</summary>
internal static class UiVerb
{
    public static int Run(DepotContext context)
    {
        Console.Error.WriteLine($"depot: the full-screen UI is not built yet; use a verb (depot --help). Database: {context.DatabasePath}");
        return DepotCli.UsageError;
    }
}
