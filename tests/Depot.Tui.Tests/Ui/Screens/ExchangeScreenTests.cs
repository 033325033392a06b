using System.Text.RegularExpressions;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Lifecycle;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Shell;

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

    private static int Index(bool import, string kind) => ExchangeScreen.Choices.ToList().FindIndex(c => c.Import == import && c.Kind == kind);

    private static UiSession Choose(UiSession ui, bool import, string kind) =>
        ui.Press(Enumerable.Repeat(Keys.Down, Index(import, kind)).Append(Keys.Enter).ToArray());

    [Fact]
    public void Import_runs_dry_first_shows_the_errors_and_applies_only_after_y()
    {
        using var depot = new UiTestDepot();
        var file = Units($"{Imeis.Make(700)},,IP15,ACME,A,A-02,,,", $"{Imeis.Broken(701)},,IP15,ACME,A,A-02,,,");
        var ui = depot.Open(b => new ExchangeScreen(b), 120, 40).Press(Keys.Enter).Type(file).Press(Keys.Enter);
        var screen = ui.TopAs<ExchangeScreen>();
        Assert.True(screen.Result!.Value.Result.DryRun);
        Assert.IsType<AskDialog>(ui.Dialog);
        Assert.Null(depot.Units.Find(Imeis.Make(700)));
        var text = ui.Screen();
        Assert.Contains("would apply 1", text);
        Assert.Matches(@"3\s+imei\s+" + Imeis.Broken(701), text);
        ui.Press(Keys.Char('y'));
        Assert.Equal(UnitState.Available, depot.Units.Require(Imeis.Make(700)).State);
        Assert.Contains("1 applied, 1 rejected", ui.Message);
        var recent = Assert.Single(screen.Recent);
        Assert.Equal(Path.GetFileName(file), recent.FileName);
        ui.Press(Keys.Down);
        Assert.Matches(Path.GetFileName(file)[..20] + @".*\s+units\s+.*tester\s+" + recent.Sha256[..12] + @"\s+2\s+1\s+0\s+1", ui.Screen());
    }

    [Fact]
    public void A_re_import_shows_in_the_recent_imports_with_the_rows_it_already_had_at_80_columns()
    {
        using var depot = new UiTestDepot();
        var file = Units($"{Imeis.Make(710)},,IP15,ACME,A,A-02,,,", $"{Imeis.Make(711)},,IP15,ACME,A,A-02,,,");
        var units = ExchangeKinds.FindImport("units")!;
        units.Run(depot.Context, ImportSource.FromFile(file), new ImportOptions());
        depot.Clock.Advance(TimeSpan.FromMinutes(5));
        units.Run(depot.Context, ImportSource.FromFile(file), new ImportOptions());

        var text = depot.Open(b => new ExchangeScreen(b)).Screen();

        // Newest first, each line whole at 80 columns: when, read, applied, already had, rejected.
        var name = Regex.Escape(Path.GetFileName(file)[..23]) + "…";
        Assert.Matches(name + @"\s+units\s+2026-11-20 09:05\s+2\s+0\s+2\s+0\s*\n" + name + @"\s+units\s+2026-11-20 09:00\s+2\s+2\s+0\s+0\s*\n", text);
    }

    [Fact]
    public void n_leaves_the_depot_as_it_was_and_a_missing_file_is_a_refusal()
    {
        using var depot = new UiTestDepot();
        var file = Units($"{Imeis.Make(702)},,IP15,ACME,A,A-02,,,");
        var ui = depot.Open(b => new ExchangeScreen(b)).Press(Keys.Enter).Type(file).Press(Keys.Enter, Keys.Char('n'));
        Assert.Equal("nothing imported", ui.Message);
        Assert.Null(depot.Units.Find(Imeis.Make(702)));
        Assert.Empty(new ImportLog(depot.Context).Recent());
        ui.Press(Keys.Enter);
        var ask = Assert.IsType<AskDialog>(ui.Dialog);
        Assert.Equal("", ask.Fields[0].Text);
        ui.Type("/no/such/file.csv").Press(Keys.Enter);
        Assert.True(ui.MessageIsRefusal);
        Assert.Contains("no such file", ui.Message);
        ui.Press(Keys.Char('j'), Keys.Down, Keys.Char('k'), Keys.Up, Keys.Char('r'));
        Assert.Equal(0, ui.TopAs<ExchangeScreen>().Menu.SelectedIndex);
    }

    [Fact]
    public void Export_starts_with_an_empty_file_field_writes_the_file_and_asks_before_writing_over_one()
    {
        using var depot = new UiTestDepot();
        var file = Temp();
        var ui = Choose(depot.Open(b => new ExchangeScreen(b)), import: false, "units");
        Assert.Equal("", Assert.IsType<AskDialog>(ui.Dialog).Fields[0].Text);
        ui.Type(file).Press(Keys.Enter, Keys.Enter);
        Assert.Contains("wrote 5 row(s)", ui.Message);
        Assert.Contains(UiTestDepot.Announced(1), File.ReadAllText(file));
        File.WriteAllText(file, "keep me");
        ui.Press(Keys.Enter).Type(file).Press(Keys.Enter, Keys.Enter);
        Assert.Contains("Write over it", ui.Screen());
        ui.Press(Keys.Char('n'));
        Assert.Equal("keep me", File.ReadAllText(file));
        ui.Press(Keys.Enter).Type(file).Press(Keys.Enter, Keys.Enter, Keys.Char('y'));
        Assert.Contains(UiTestDepot.Announced(1), File.ReadAllText(file));
    }

    [Fact]
    public void Repair_orders_are_exported_for_the_partner_typed()
    {
        using var depot = new UiTestDepot();
        depot.Units.Receive(UiTestDepot.Announced(1));
        depot.Units.Inspect(UiTestDepot.Announced(1), InspectionOutcome.CoveredFault);
        depot.Units.SendToPartner(UiTestDepot.Announced(1), "FIXIT");
        var file = Temp();
        var ui = Choose(depot.Open(b => new ExchangeScreen(b)), import: false, "repair-orders").Type(file).Press(Keys.Enter, Keys.Enter, Keys.Enter);
        Assert.Contains("type the partner code", ui.Message);
        Assert.False(File.Exists(file));
        ui.Press(Keys.Up).Type("FIXIT").Press(Keys.Enter, Keys.Enter);
        Assert.Contains("wrote 1 row(s)", ui.Message);
        Assert.Contains(UiTestDepot.Announced(1), File.ReadAllText(file));
    }
}
