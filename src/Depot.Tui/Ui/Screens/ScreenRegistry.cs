using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Screens;

/// <summary>The main screens, each reachable by its F-key and digit. A new screen is one line here.</summary>
internal static class ScreenRegistry
{
    public static readonly IReadOnlyList<ScreenEntry> All =
    [
        new("Home", ConsoleKey.F1, '1', () => new HomeScreen()),
        new("Receive", ConsoleKey.F2, '2', () => new ReceiveScreen()),
        new("Inspect", ConsoleKey.F3, '3', () => new InspectScreen()),
        new("Repairs", ConsoleKey.F4, '4', () => new RepairsScreen()),
        new("Pool", ConsoleKey.F5, '5', () => new PoolScreen()),
        new("Unit", ConsoleKey.F6, '6', () => new UnitScreen()),
        new("Cases", ConsoleKey.F7, '7', () => new CasesScreen()),
        new("Exchange", ConsoleKey.F8, '8', () => new ExchangeScreen()),
        new("Reports", ConsoleKey.F9, '9', () => new ReportsScreen()),
        new("Count", ConsoleKey.F10, '0', () => new CountsScreen()),
    ];
}
