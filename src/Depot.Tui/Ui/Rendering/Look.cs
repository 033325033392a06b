namespace Depot.Tui.Ui.Rendering;

/// <summary>The few markup styles the screens share, so the look stays one look.</summary>
internal static class Look
{
    public const string Heading = "bold";
    public const string Dim = "grey";
    public const string Good = "green";
    public const string Warn = "yellow";
    public const string Bad = "red";
    // Reverse video rather than colours, so the selection still shows with NO_COLOR.
    public const string Selected = "invert";
    public const string Key = "bold aqua";

    /// <summary>User data in markup, always escaped.</summary>
    public static string Safe(string? text) => Spectre.Console.Markup.Escape(text ?? "");

    public static string In(string style, string? text) => $"[{style}]{Safe(text)}[/]";

    /// <summary>Keeps the end of a long text (a path) so it fits <paramref name="width"/>.</summary>
    public static string TailFit(string text, int width) =>
        width <= 1 || text.Length <= width ? text : "…" + text[^(width - 1)..];

    /// <summary>Cuts a text to <paramref name="width"/>.</summary>
    public static string Fit(string? text, int width)
    {
        text ??= "";
        return width <= 1 || text.Length <= width ? text : text[..(width - 1)] + "…";
    }
}
