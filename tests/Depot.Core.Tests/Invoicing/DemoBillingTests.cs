using Depot.Core.Agreements;
using Depot.Core.Invoicing;
using Depot.Core.Owners;
using Depot.Core.Tests.Demo;

namespace Depot.Core.Tests.Invoicing;

/// <summary>The demo depot, loaded on 3 December 2026, has an agreement for every owner and bills every kind of line for November.</summary>
public sealed class DemoBillingTests : IDisposable
{
    private readonly LoadedDemo _demo;
    private readonly DepotContext _context;

    public DemoBillingTests()
    {
        _demo = new LoadedDemo(new DateOnly(2026, 12, 3));
        _context = _demo.Context;
    }

    public void Dispose() => _demo.Dispose();

    [Fact]
    public void Every_demo_owner_has_an_agreement_in_force_all_through_the_month_before()
    {
        var owners = new Catalog(_context).ListOwners();
        var agreements = new AgreementService(_context);

        Assert.NotEmpty(owners);
        Assert.All(owners, owner =>
        {
            Assert.NotEmpty(agreements.History(owner.Code));
            Assert.NotNull(agreements.TermsOn(owner.Code, new DateOnly(2026, 11, 1)));
            Assert.NotNull(agreements.TermsOn(owner.Code, new DateOnly(2026, 12, 3)));
        });
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
}
