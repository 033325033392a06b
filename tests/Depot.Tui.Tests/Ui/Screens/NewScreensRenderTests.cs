using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>The case, exchange, report and count screens drawn at the smallest and a roomy size: the frame fits and says what it should.</summary>
public sealed class NewScreensRenderTests
{
    public static TheoryData<string, int, int> Screens()
    {
        var data = new TheoryData<string, int, int>();
        foreach (var name in new[] { "Cases", "Case", "CaseForm", "Exchange", "DryRun", "Reports", "Returns", "Counts", "Count", "Home" })
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
        CaseStock.Add(depot);
        CaseStock.Overdue(depot);
        var (state, expected) = Open(depot, name);
        var text = UiTestDepot.Render(state, width, height);
        var lines = text.TrimEnd('\n').Split('\n');
        Assert.True(lines.Length <= height, $"{lines.Length} lines in a {height}-line terminal:\n{text}");
        Assert.All(lines, l => Assert.True(l.Length <= width, $"line wider than {width}: {l}"));
        Assert.Contains("operator tester", lines[0]);
        Assert.True(text.Contains(expected, StringComparison.Ordinal), text);
        Assert.Contains("? Help", lines[^1]);
    }

    private static (AppState State, string Expected) Open(UiTestDepot depot, string name)
    {
        switch (name)
        {
            case "Cases":
                return (depot.Open(new CasesScreen()), "Overdue");
            case "Case":
                return (depot.Open(new CaseScreen("SR-2")), CaseStock.Pool(1));
            case "CaseForm":
                return (depot.Open(new CaseFormScreen()), "SIM removed");
            case "Exchange":
                return (depot.Open(new ExchangeScreen()), "Import pre-alerts");
            case "DryRun":
                var file = UnitsFile.Write($"{Imeis.Make(700)},,IP15,ACME,A,A-02,,,", $"{Imeis.Broken(701)},,IP15,ACME,A,A-02,,,");
                try
                {
                    return (depot.Press(depot.Open(new ExchangeScreen()), [Keys.Enter], Keys.Text(file), [Keys.Enter]), "would apply 1");
                }
                finally
                {
                    File.Delete(file);
                    File.Delete(file + ".rejects.csv");
                }

            case "Reports":
                return (depot.Open(new ReportsScreen()), "Cases opened per month");
            case "Returns":
                return (depot.Press(depot.Open(new ReportsScreen()), Keys.Char('t')), "! out");
            case "Counts":
                new CountService(depot.Context).Start(CountScope.Bin, "A-01");
                return (depot.Open(new CountsScreen()), "bin A-01");
            case "Count":
                var session = new CountService(depot.Context).Start(CountScope.Bin, "A-01");
                return (depot.Open(new CountScreen(session.Id)), "not counted");
            default:
                new CountService(depot.Context).Start(CountScope.Bin, "A-01");
                return (depot.Open(new HomeScreen()), "Open count sessions   1");
        }
    }
}
