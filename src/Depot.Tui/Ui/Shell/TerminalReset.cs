namespace Depot.Tui.Ui.Shell;

/// <summary>
/// What the terminal is set back to after the UI has shut down, whatever the toolkit left behind:
/// normal cursor and keypad keys (Terminal.Gui 2.5.0 leaves application-keypad mode on), no mouse
/// tracking, no bracketed paste, a visible cursor.
/// </summary>
internal static class TerminalReset
{
    public const string Sequence =
        "\u001b[?1l" + "\u001b>" + "\u001b[?1000l\u001b[?1002l\u001b[?1003l\u001b[?1006l\u001b[?1015l" + "\u001b[?2004l" + "\u001b[?25h" + "\u001b[0m";

    public static void Write()
    {
        try
        {
            using var stdout = Console.OpenStandardOutput();
            var bytes = System.Text.Encoding.ASCII.GetBytes(Sequence);
            stdout.Write(bytes);
            stdout.Flush();
        }
        catch (IOException)
        {
            // The terminal is gone (the pane was closed): nothing to reset.
        }
    }
}
