using Depot.Core.Partners;
using Depot.Core.Tests.Support;

namespace Depot.Core.Tests.Partners;

public sealed class PartnerCatalogTests : IDisposable
{
    private readonly TestDepot _depot = new(partners: false);

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Partner_codes_match_whatever_their_case()
    {
        var catalog = new PartnerCatalog(_depot.Context);
        catalog.Add("nordrep", "Nordic Repair AB");

        Assert.Equal("NORDREP", catalog.Require("NordRep").Code);
        var refused = Assert.Throws<RefusedException>(() => catalog.Add("NORDREP", "Again"));
        Assert.Contains("already exists", refused.Message);
        Assert.Single(catalog.List());
    }

    [Fact]
    public void An_unknown_partner_is_refused_with_the_known_ones_listed()
    {
        var catalog = new PartnerCatalog(_depot.Context);
        catalog.Add("NORDREP", "Nordic Repair AB");
        catalog.Add("FIXIT", "Fix-It Oy");

        var refused = Assert.Throws<RefusedException>(() => catalog.Require("NORDREPP"));

        Assert.Contains("known: FIXIT, NORDREP", refused.Message);
    }

    [Fact]
    public void A_partner_code_with_spaces_is_refused_and_nothing_is_added()
    {
        var catalog = new PartnerCatalog(_depot.Context);

        Assert.Throws<RefusedException>(() => catalog.Add("NORD REP", "Nordic Repair AB"));

        Assert.Empty(catalog.List());
    }
}
