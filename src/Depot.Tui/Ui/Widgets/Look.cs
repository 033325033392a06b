using Terminal.Gui.Drawing;
using Attribute = Terminal.Gui.Drawing.Attribute;

namespace Depot.Tui.Ui.Widgets;

/// <summary>
/// The screens' one look. Colours sit on the terminal's own foreground and background; with
/// <c>NO_COLOR</c> set, every attribute is the terminal's default plus bold, faint or reverse, so
/// nothing depends on colour and no colour code is written.
/// </summary>
internal sealed class Look
{
    private Look(bool monochrome)
    {
        Monochrome = monochrome;
        Base = Scheme(monochrome);
    }

    public static Look Colour { get; } = new(false);

    public static Look Mono { get; } = new(true);

    /// <summary>The look the environment asks for: monochrome when NO_COLOR is set to anything.</summary>
    public static Look FromEnvironment() =>
        string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")) ? Colour : Mono;

    public bool Monochrome { get; }

    /// <summary>The scheme every view of the UI uses.</summary>
    public Scheme Base { get; }

    public Attribute For(Tone tone) => Monochrome ? MonoAttribute(tone) : ColourAttribute(tone);

    private static Attribute Plain(TextStyle style = TextStyle.None) => new(Color.None, Color.None, style);

    private static Attribute Fore(ColorName16 colour, TextStyle style = TextStyle.None) => new(new Color(colour), Color.None, style);

    private static Attribute MonoAttribute(Tone tone) => tone switch
    {
        Tone.Heading => Plain(TextStyle.Bold),
        Tone.Dim => Plain(TextStyle.Faint),
        Tone.Good => Plain(TextStyle.Bold),
        Tone.Warn => Plain(TextStyle.Bold),
        Tone.Bad => Plain(TextStyle.Bold | TextStyle.Underline),
        Tone.Key => Plain(TextStyle.Bold),
        Tone.Selected => Plain(TextStyle.Reverse),
        _ => Plain(),
    };

    private static Attribute ColourAttribute(Tone tone) => tone switch
    {
        Tone.Heading => Plain(TextStyle.Bold),
        Tone.Dim => Fore(ColorName16.Gray),
        Tone.Good => Fore(ColorName16.Green, TextStyle.Bold),
        Tone.Warn => Fore(ColorName16.Yellow, TextStyle.Bold),
        Tone.Bad => Fore(ColorName16.BrightRed, TextStyle.Bold),
        Tone.Key => Fore(ColorName16.Cyan, TextStyle.Bold),
        Tone.Selected => Plain(TextStyle.Reverse),
        _ => Plain(),
    };

    private static Scheme Scheme(bool monochrome)
    {
        var normal = Plain();
        var hot = monochrome ? Plain(TextStyle.Bold | TextStyle.Underline) : Fore(ColorName16.Cyan, TextStyle.Bold);
        return new Scheme(normal)
        {
            Focus = Plain(TextStyle.Reverse),
            HotNormal = hot,
            HotFocus = Plain(TextStyle.Reverse | TextStyle.Bold),
            Active = Plain(TextStyle.Reverse),
            HotActive = Plain(TextStyle.Reverse | TextStyle.Bold),
            Highlight = Plain(TextStyle.Reverse),
            Editable = Plain(TextStyle.Underline),
            ReadOnly = Plain(TextStyle.Faint),
            Disabled = monochrome ? Plain(TextStyle.Faint) : Fore(ColorName16.Gray),
        };
    }
}
