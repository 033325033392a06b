using Spectre.Console;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Rendering;

/// <summary>Renders a whole frame to text at a fixed size, without a terminal: the same path for the screen and for tests.</summary>
internal static class FrameRenderer
{
    /// <summary>Plain text, no escape codes: what a test reads.</summary>
    public static string ToText(IRenderable frame, int width, int height) => Render(frame, width, height, ansi: false, color: false);

    public static string Render(IRenderable frame, int width, int height, bool ansi, bool color)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = color ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        console.Profile.Width = width;
        console.Profile.Height = height;
        console.Write(frame);
        return writer.ToString();
    }

    /// <summary>
    /// The frame as terminal output: cursor home, then exactly <paramref name="height"/> lines, each
    /// clearing what an older, longer frame left behind; never a newline after the last line, so
    /// the screen does not scroll.
    /// </summary>
    public static string ForTerminal(string rendered, int height)
    {
        var lines = rendered.Replace("\r\n", "\n").Split('\n');
        var output = new System.Text.StringBuilder("\u001b[H");
        for (var i = 0; i < height; i++)
        {
            if (i > 0)
            {
                output.Append("\r\n");
            }

            output.Append(i < lines.Length ? lines[i] : "").Append("\u001b[0m\u001b[K");
        }

        return output.ToString();
    }
}
