using Depot.Core;
using Depot.Core.Cases;
using Depot.Core.Demo;
using Depot.Core.Time;
using Depot.Tui.Cli;
using Depot.Tui.Tests.Ui;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// The demo depot in a file, loaded once for a test class as on 3 December 2026 (its November bills
/// every kind of line), plus one BALTLOG swap shipped that morning under the ticket
/// <see cref="FormulaTicket"/>, which a spreadsheet would run as a formula: December bills its
/// freight (9.50 EUR) and packaging (2.50 EUR). Verbs run against it with --db.
/// </summary>
public sealed class BilledDemoDepot : IDisposable
{
    /// <summary>A ticket a spreadsheet would run as a formula.</summary>
    public const string FormulaTicket = "=HYPERLINK(\"x\")";

    public BilledDemoDepot()
    {
        Directory.CreateDirectory(Folder);
        Database = Path.Combine(Folder, "demo.db");
        var day = new DateOnly(2026, 12, 3);
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        using var context = DepotContext.Open(Database, "demo", clock);
        DemoDepot.Load(context, Path.Combine(GlobalOptions.DataDirectory(), "demo"), day);

        clock.Set(new DateTimeOffset(2026, 12, 3, 9, 0, 0, TimeSpan.Zero));
        var cases = new CaseService(context);
        cases.OpenWithDevice(FormulaTicket, "BALTLOG", CaseKind.Swap, Imeis.Make(777), "IP14-128", new CaseDetails("Eva Berg", Fault: "Screen cracked"));
        cases.ReserveSwap(FormulaTicket);
        cases.ShipSwap(FormulaTicket);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "depot-cli-tests", $"billed-demo-{Guid.NewGuid():N}");

    public string Database { get; }

    /// <summary>Runs <c>depot --db DEMO ARGS</c> in-process and captures what it prints.</summary>
    public (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DepotCli.Run(["--db", Database, "--operator", "tester", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
