using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>Every screen drawn without a terminal at the smallest and a roomy size: the frame fits and says what it should.</summary>
public sealed class RenderTests
{
    public static TheoryData<string, int, int> Screens()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in new[] { "Home", "Receive", "Inspect", "Repairs", "Pool", "Unit", "Units", "Help" })
        {
            data.Add(name, 80, 24);
            data.Add(name, 120, 40);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void Screen_fits_the_terminal_and_shows_its_content(string name, int width, int height)
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        depot.Units.Inspect(UiTestDepot.Announced(1), InspectionOutcome.CoveredFault);
        depot.Units.Receive(UiTestDepot.Announced(2));
        var (state, expected) = Open(depot, name);
        var text = UiTestDepot.Render(state, width, height);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= height, $"{lines.Length} lines in a {height}-line terminal:\n{text}");
        Assert.All(lines, l => Assert.True(l.Length <= width, $"line wider than {width}: {l}"));
        Assert.Contains("operator tester", lines[0]);
        Assert.Contains(expected, text);
        Assert.Contains("F1 Home", lines[^1]);
    }

    private static (AppState State, string Expected) Open(UiTestDepot depot, string name) => name switch
    {
        "Home" => (depot.Open(new HomeScreen()), "Units by state"),
        "Receive" => (depot.Press(depot.Open(new ReceiveScreen()), Keys.Text(UiTestDepot.Announced(3)), [Keys.Enter]), "received for case SR-3"),
        "Inspect" => (depot.Open(new InspectScreen()), UiTestDepot.Announced(2)),
        "Repairs" => (depot.Open(new RepairsScreen()), "AwaitingRepair"),
        "Pool" => (depot.Open(new PoolScreen()), "ACME"),
        "Unit" => (depot.Open(UnitScreen.Showing(UiTestDepot.Announced(1))), "Timeline"),
        "Units" => (depot.Open(new UnitListScreen(new UnitFilter(UnitState.Announced))), UiTestDepot.Announced(4)),
        _ => (depot.Press(depot.Open(new HomeScreen()), Keys.Char('?')), "Everywhere"),
    };

    [Fact]
    public void User_data_with_markup_characters_is_shown_as_typed()
    {
        using var depot = new UiTestDepot();
        var state = depot.Press(depot.Open(new UnitScreen()), Keys.Text("[red]x[/]"));
        Assert.Contains("[red]x[/]", UiTestDepot.Render(state));
    }
}
