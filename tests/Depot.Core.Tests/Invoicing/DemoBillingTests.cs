using Depot.Core.Demo;
using Depot.Core.Invoicing;
using Depot.Core.Time;

namespace Depot.Core.Tests.Invoicing;

/// <summary>The demo depot, loaded on 3 December 2026, bills every kind of line for November.</summary>
public sealed class DemoBillingTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"depot-demo-billing-{Guid.NewGuid():N}");
    private readonly DepotContext _context;

    public DemoBillingTests()
    {
        Directory.CreateDirectory(_folder);
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 3, 8, 0, 0, TimeSpan.Zero), TimeZoneInfo.Utc);
        _context = DepotContext.Open(Path.Combine(_folder, "demo.db"), "demo", clock);
        DemoDepot.Load(_context, Path.Combine(DataFolder(), "demo"), new DateOnly(2026, 12, 3));
    }

    public void Dispose()
    {
        _context.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    [Theory]
    [InlineData("NORDBANK")]
    [InlineData("SMARTSH")]
    public void The_month_before_bills_the_fee_shipments_and_every_kind_of_charge_and_holds_a_late_return(string owner)
    {
        var basis = new BillingService(_context).Basis(owner, new DateOnly(2026, 11, 1));

        Assert.Equal(
            [BillingLineKind.ServiceFee, BillingLineKind.Freight, BillingLineKind.Packaging, BillingLineKind.DiagnosticFee, BillingLineKind.Quote, BillingLineKind.RetailPrice],
            basis.Lines.Select(l => l.Kind).Distinct().Order());
        Assert.NotEmpty(basis.Pending);
        Assert.Equal(["EUR", "SEK"], basis.Totals.Select(t => t.Currency));
    }

    private static string DataFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Depot.sln")))
            {
                return Path.Combine(folder.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("the repository's data folder");
    }
}
