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

        using var console = new ConsoleTerminal();
        using var keys = new ConsoleKeySource();
        StartupTrace.Mark("terminal ready");
        var terminal = new FirstFrameMark(console);
        new BenchLoop(context, keys, terminal).Run(AppState.Open(new HomeScreen(), context.Operator, context.DatabasePath));
        return DepotCli.Done;
    }

    /// <summary>Notes in the startup trace when the first frame has been written.</summary>
    private sealed class FirstFrameMark(ITerminal inner) : ITerminal
    {
        private bool _written;

        public (int Width, int Height) Size => inner.Size;

        public bool Color => inner.Color;

        public void Write(string text)
        {
            inner.Write(text);
            if (!_written)
            {
                _written = true;
                StartupTrace.Mark("first frame written");
            }
        }
    }
}
