using Depot.Core.Exchange.Import;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;

namespace Depot.Tui.Tests.Ui.Screens;

public sealed class ExchangeScreenTests : IDisposable
{
    private readonly List<string> _files = [];

    private string Units(params string[] rows)
    {
        var file = UnitsFile.Write(rows);
        _files.AddRange([file, file + ".rejects.csv"]);
        return file;
    }

    private string Temp()
    {
        var file = Path.Combine(Path.GetTempPath(), $"depot-ui-{Guid.NewGuid():N}.csv");
        _files.Add(file);
        return file;
    }

    public void Dispose()
    {
        foreach (var f in _files)
        {
            File.Delete(f);
        }
    }

    [Fact]
    public void Import_runs_dry_first_shows_the_errors_and_applies_only_after_y()
    {
        using var depot = new UiTestDepot();
        var file = Units($"{Imeis.Make(700)},,IP15,ACME,A,A-02,,,", $"{Imeis.Broken(701)},,IP15,ACME,A,A-02,,,");
        var state = depot.Press(depot.Open(new ExchangeScreen()), [Keys.Enter], Keys.Text(file), [Keys.Enter]);
        var screen = (ExchangeScreen)state.Top;
        Assert.True(screen.Confirming);
        Assert.Null(depot.Units.Find(Imeis.Make(700)));
        var text = UiTestDepot.Render(state, 120, 40);
        Assert.Contains("would apply 1", text);
        Assert.Matches(@"3\s+imei\s+" + Imeis.Broken(701), text);
        state = depot.Press(state, Keys.Char('y'));
        Assert.Equal(UnitState.Available, depot.Units.Require(Imeis.Make(700)).State);
        Assert.Contains("1 applied, 1 rejected", state.Message);
        var recent = Assert.Single(((ExchangeScreen)state.Top).Recent);
        Assert.Equal(Path.GetFileName(file), recent.FileName);
        state = depot.Press(state, Keys.Down);
        var shown = UiTestDepot.Render(state, 120, 40);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(shown, Path.GetFileName(file)[..20] + @".*\s+units\s+.*tester\s+" + recent.Sha256[..12] + @"\s+2\s+1\s+0\s+1"), shown);
    }

    [Fact]
    public void n_leaves_the_depot_as_it_was_and_a_missing_file_is_a_refusal()
    {
        using var depot = new UiTestDepot();
        var file = Units($"{Imeis.Make(702)},,IP15,ACME,A,A-02,,,");
        var state = depot.Press(depot.Open(new ExchangeScreen()), [Keys.Enter], Keys.Text(file), [Keys.Enter, Keys.Char('n')]);
        Assert.Equal("nothing imported", state.Message);
        Assert.Null(depot.Units.Find(Imeis.Make(702)));
        Assert.Empty(new ImportLog(depot.Context).Recent());
        state = depot.Press(state, [Keys.Ctrl('u')], Keys.Text("/no/such/file.csv"), [Keys.Enter]);
        Assert.True(state.MessageIsRefusal);
        Assert.Contains("no such file", state.Message);
        state = depot.Press(state, Keys.Esc, Keys.Char('j'), Keys.Down, Keys.Char('k'), Keys.Up, Keys.Char('r'));
        Assert.Equal(0, ((ExchangeScreen)state.Top).Cursor.Index);
        Assert.Null(((ExchangeScreen)state.Top).FocusedText);
    }

    [Fact]
    public void Export_writes_the_file_and_asks_before_writing_over_one()
    {
        using var depot = new UiTestDepot();
        var file = Temp();
        var exportUnits = ExchangeScreen.Choices.ToList().FindIndex(c => !c.Import && c.Kind == "units");
        var state = depot.Open(new ExchangeScreen());
        state = depot.Press(state, Enumerable.Repeat(Keys.Down, exportUnits).Append(Keys.Enter).ToArray());
        state = depot.Press(state, Keys.Text(file), [Keys.Enter]);
        Assert.Contains("wrote 5 row(s)", state.Message);
        Assert.Contains(UiTestDepot.Announced(1), File.ReadAllText(file));
        File.WriteAllText(file, "keep me");
        state = depot.Press(state, Keys.Enter, Keys.Enter);
        Assert.NotNull(((ExchangeScreen)state.Top).Overwriting);
        state = depot.Press(state, Keys.Char('n'));
        Assert.Equal("keep me", File.ReadAllText(file));
        state = depot.Press(state, Keys.Enter, Keys.Enter, Keys.Char('y'));
        Assert.Contains(UiTestDepot.Announced(1), File.ReadAllText(file));
    }
}
