using System.Runtime.CompilerServices;

namespace Depot.Tui.Tests.Ui;

/// <summary>Every test process draws into Terminal.Gui's buffer only, never onto the terminal running the tests.</summary>
internal static class HeadlessTerminal
{
    [ModuleInitializer]
    internal static void NoRealTerminal() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
