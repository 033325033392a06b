namespace Depot.Tui.Ui.Shell;

/// <summary>A screen reachable from anywhere by an F-key and its digit alias.</summary>
internal sealed record ScreenEntry(string Name, ConsoleKey FunctionKey, char Digit, Func<IScreen> Create)
{
    public string KeyLabel => $"F{FunctionKey - ConsoleKey.F1 + 1}/{Digit}";
}
