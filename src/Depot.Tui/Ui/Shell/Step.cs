namespace Depot.Tui.Ui.Shell;

/// <summary>
/// What a screen's update returns: its next state, commands for the outer loop, and optionally a
/// screen to open on top of it, a request to go back, or a notice for the message line.
/// </summary>
internal sealed record Step(IScreen Screen, IReadOnlyList<Command> Commands)
{
    public IScreen? Open { get; init; }

    public bool Back { get; init; }

    public string? Notice { get; init; }

    /// <summary>The screen shows the refusal it was handed itself, so the message line stays clear.</summary>
    public bool ShowsRefusal { get; init; }

    public static Step Stay(IScreen screen) => new(screen, []);

    public static Step Run(IScreen screen, params Command[] commands) => new(screen, commands);

    public static Step Say(IScreen screen, string notice) => new(screen, []) { Notice = notice };
}
