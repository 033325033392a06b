using System.Globalization;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using Depot.Tui.Cli;

namespace Depot.Storage.Tests.Postgres;

/// <summary>
/// Two benches on one server depot acting at the same instant on rows that several units share:
/// the two units of one swap case, and the record of an import.
/// </summary>
public sealed class SharedCaseAndImportTests : IDisposable
{
    private const int Cases = 12;

    private readonly PostgresDatabase _database = new();

    [Fact]
    public async Task Shipping_the_swap_and_passing_the_defective_at_the_same_moment_closes_the_case_once_with_its_figures()
    {
        using var first = DepotContext.Open(_database.Url, "bench-1");
        using var second = DepotContext.Open(_database.Url, "bench-2");
        new Catalog(first).AddOwner("ACME", "Acme AB", 100);
        new Catalog(first).AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        var cases = new CaseService(first);
        var units = new UnitService(first);
        var defectives = new List<string>();
        for (var i = 0; i < Cases; i++)
        {
            var ticket = Ticket(i);
            var defective = MakeImei(100 + i);
            units.Intake(MakeImei(500 + i), new UnitDetails("ACME", "IP15"));
            cases.OpenWithDevice(ticket, "ACME", CaseKind.Swap, defective, "IP15", new CaseDetails(Customer: "Eva Berg", Fault: "Screen cracked"));
            cases.ReserveSwap(ticket);
            units.Receive(defective);
            units.Inspect(defective, InspectionOutcome.NoFaultFound);
            defectives.Add(defective);
        }

        // Each case's last two steps, one on each bench, released together: either finishes the case.
        for (var i = 0; i < Cases; i++)
        {
            using var start = new Barrier(2);
            var ticket = Ticket(i);
            var defective = defectives[i];
            await Task.WhenAll(
                Task.Run(() =>
                {
                    start.SignalAndWait();
                    new CaseService(first).ShipSwap(ticket);
                }),
                Task.Run(() =>
                {
                    start.SignalAndWait();
                    new UnitService(second).PassQc(defective);
                }));
        }

        Assert.All(Enumerable.Range(0, Cases), i => Assert.Equal(CaseStatus.Closed, cases.Overview(Ticket(i)).Status));
        var check = new IntegrityCheck(first).Full();
        Assert.True(check.Clean, string.Join("\n", check.ReportCounts.Select(d => d.ToString()).Concat(check.PoolCounts.Select(d => d.ToString()))));
    }

    [Fact]
    public async Task The_same_file_imported_on_two_benches_at_once_is_applied_once_and_the_second_recorded_as_already_applied()
    {
        using (var setup = DepotContext.Open(_database.Url, "setup"))
        {
            new Catalog(setup).AddOwner("ACME", "Acme AB", 100);
            new Catalog(setup).AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
        }

        var folder = Directory.CreateTempSubdirectory("depot-import-race-").FullName;
        try
        {
            var file = Path.Combine(folder, "units.csv");
            File.WriteAllLines(file, ["imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until",
                .. Enumerable.Range(0, 300).Select(i => $"{MakeImei(1000 + i)},,IP15,ACME,A,A-01,2026-01-10,2027-01-10,")]);
            using var start = new Barrier(2);
            var results = await Task.WhenAll(new[] { "bench-1", "bench-2" }.Select(bench => Task.Run(() =>
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                start.SignalAndWait();
                var code = DepotCli.Run(["--db", _database.Url, "--operator", bench, "import", "units", file], output, error);
                return (Code: code, Output: output.ToString(), Error: error.ToString());
            })));

            Assert.All(results, r => Assert.True(r.Code == 0, r.Output + r.Error));
            using var depot = DepotContext.Open(_database.Url, "test");
            // The second bench waited for the first: its import found every row already applied, and says so in the record.
            var imports = depot.Read(s => s.Table<ImportRow>().All().ToList());
            Assert.Equal([(300L, 0L, 0L), (0L, 300L, 0L)], imports.Select(i => (i.Applied, i.AlreadyApplied, i.Rejected)));
            Assert.Equal(300, depot.Read(s => s.Table<UnitRow>().Count()));
            Assert.Single(results, r => r.Output.Contains("already applied  300", StringComparison.Ordinal));
            Assert.True(new IntegrityCheck(depot).Full().Clean);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Ticket(int i) => "SR-" + i.ToString(CultureInfo.InvariantCulture);

    private static string MakeImei(int serial) => Imei.FromFourteen(string.Create(CultureInfo.InvariantCulture, $"35693803{serial:D6}")).Value;

    public void Dispose() => _database.Dispose();
}
