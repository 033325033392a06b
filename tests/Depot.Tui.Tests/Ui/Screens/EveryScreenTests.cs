using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Reconciliation;
using Depot.Core.Units;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>Every screen drawn at the smallest and a roomy size, and every key of every screen pressed once.</summary>
public sealed class EveryScreenTests
{
    public static readonly string[] Names =
        ["Home", "Receive", "Inspect", "Inspecting", "Repairs", "Pool", "Unit", "Units", "Cases", "Case", "CaseForm", "Exchange", "Reports", "Counts", "Count"];

    public static TheoryData<string, int, int> Sizes()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in Names.Append("Help").Append("Question").Append("DryRun").Append("Returns").Append("Repeats"))
        {
            data.Add(name, 80, 24);
            data.Add(name, 120, 40);
        }

        return data;
    }

    public static TheoryData<string> Screens()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void Screen_fits_the_terminal_and_shows_its_content(string name, int width, int height)
    {
        using var depot = Depot();
        var (ui, expected) = Open(depot, name, width, height);
        var rows = ui.Rows();
        var text = string.Join("\n", rows);
        Assert.True(rows.Length <= height, $"{rows.Length} rows in a {height}-row terminal:\n{text}");
        Assert.All(rows, r => Assert.True(r.Length <= width, $"row wider than {width}: {r}"));
        Assert.True(text.Contains(expected, StringComparison.Ordinal), $"\"{expected}\" not on the screen:\n{text}");
        if (ui.Dialog is null)
        {
            Assert.Contains("tester", rows[0]);
        }

        Assert.Contains("│", rows[^1]);
    }

    [Theory]
    [MemberData(nameof(Screens))]
    public void Every_key_of_the_screen_does_its_work_or_says_why_not(string name)
    {
        using var depot = Depot();
        var (ui, _) = Open(depot, name, 80, 24);
        var first = ui.Top;
        foreach (var label in first.Bindings.Select(b => b.Label).Distinct().ToList())
        {
            // Back on the screen under test, as it is now, for each key.
            while (ui.Dialog is not null)
            {
                ui.Press(Keys.Esc);
            }

            while (!ReferenceEquals(ui.Top, first) && ui.Shell.Stack.Contains(first))
            {
                ui.Press(Keys.Esc);
            }

            if (!ui.Shell.Stack.Contains(first))
            {
                break;
            }

            if (first.Bindings.FirstOrDefault(b => b.Label == label) is not { } binding)
            {
                continue;
            }

            ui.Press(binding.Keys[0].Key);
            Assert.True(binding.Enabled || ui.Message?.Contains(binding.DisabledBecause!, StringComparison.Ordinal) == true,
                $"{name}: {binding.Label} is disabled but did not say why");
            Assert.NotEmpty(ui.Screen());
        }
    }

    /// <summary>The test depot with something in every state the screens show.</summary>
    private static UiTestDepot Depot()
    {
        var depot = new UiTestDepot();
        CaseStock.Add(depot);
        var units = depot.Units;
        units.Receive(UiTestDepot.Announced(2));
        units.Receive(UiTestDepot.Announced(3));
        units.Inspect(UiTestDepot.Announced(3), InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(50, "SEK"));
        units.Receive(UiTestDepot.Announced(4));
        units.Inspect(UiTestDepot.Announced(4), InspectionOutcome.NoFaultFound);
        CaseStock.Overdue(depot);
        new CountService(depot.Context).Start(CountScope.Bin, "A-01");
        return depot;
    }

    private static (UiSession Ui, string Expected) Open(UiTestDepot depot, string name, int width, int height)
    {
        UiSession At(Func<Bench, Screen> make) => depot.Open(make, width, height);
        switch (name)
        {
            case "Home":
                return (At(b => new HomeScreen(b)), "Units by state");
            case "Receive":
                return (At(b => new ReceiveScreen(b)).Scan(UiTestDepot.Announced(5)), "received for case SR-5");
            case "Inspect":
                return (At(b => new InspectScreen(b)), UiTestDepot.Announced(2));
            case "Inspecting":
                return (At(b => new InspectScreen(b)).Press(Keys.Enter), "Outcome?");
            case "Repairs":
                return (At(b => new RepairsScreen(b)), "AwaitingApproval");
            case "Pool":
                return (At(b => new PoolScreen(b)), "ACME");
            case "Unit":
                return (At(b => UnitScreen.Showing(b, UiTestDepot.Announced(3))), "Timeline");
            case "Units":
                return (At(b => new UnitListScreen(b, new UnitFilter(UnitState.Available))), CaseStock.Pool(1));
            case "Cases":
                return (At(b => new CasesScreen(b)), "! Overdue");
            case "Case":
                return (At(b => new CaseScreen(b, "SR-2")), CaseStock.Pool(1));
            case "CaseForm":
                return (At(b => new CaseFormScreen(b)), "SIM removed");
            case "Exchange":
                return (At(b => new ExchangeScreen(b)), "Import pre-alerts");
            case "DryRun":
                var file = UnitsFile.Write($"{Imeis.Make(700)},,IP15,ACME,A,A-02,,,", $"{Imeis.Broken(701)},,IP15,ACME,A,A-02,,,");
                try
                {
                    return (At(b => new ExchangeScreen(b)).Press(Keys.Enter).Type(file).Press(Keys.Enter), "would apply 1");
                }
                finally
                {
                    File.Delete(file);
                    File.Delete(file + ".rejects.csv");
                }

            case "Reports":
                return (At(b => new ReportsScreen(b)), "Cases opened per month");
            case "Returns":
                return (At(b => new ReportsScreen(b)).Press(Keys.Char('t')), "! out");
            case "Repeats":
                return (At(b => new ReportsScreen(b)).Press(Keys.Char('e')), "No repairs yet");
            case "Counts":
                return (At(b => new CountsScreen(b)), "bin A-01");
            case "Count":
                return (At(b => new CountScreen(b, 1)), "not counted");
            case "Help":
                return (At(b => new RepairsScreen(b)).Press(Keys.Char('?')), "Help: Repairs");
            default:
                return (At(b => new RepairsScreen(b)).Press(Keys.Char('/')).Type(UiTestDepot.Announced(3)).Press(Keys.Enter, Keys.Char('d')), "20.00 EUR");
        }
    }
}
