using Depot.Tui.Ui.Input;
using Spectre.Console.Rendering;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// One screen's state, immutable. <see cref="Update"/> and <see cref="Handle"/> are pure: they return
/// the next state and the commands the outer loop should run; only the loop touches the depot.
/// </summary>
internal interface IScreen
{
    string Title { get; }

    /// <summary>The text of the field that has focus, or null when no text field has focus (then digits jump to screens).</summary>
    string? FocusedText { get; }

    /// <summary>What the keys do on this screen now; the footer and the help are drawn from it.</summary>
    IReadOnlyList<KeyBinding> Bindings { get; }

    /// <summary>The screen after <paramref name="key"/>, or null when the screen leaves the key to the shell (Esc back, q quit, ? help, screen jumps).</summary>
    Step? Update(ConsoleKeyInfo key);

    /// <summary>The screen after one of its commands finished.</summary>
    Step Handle(Outcome outcome);

    /// <summary>What to fetch when the screen opens or is shown again.</summary>
    IReadOnlyList<Command> Load();

    IRenderable View(ViewSize size);
}
