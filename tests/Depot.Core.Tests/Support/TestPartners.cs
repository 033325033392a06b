using Depot.Core;
using Depot.Core.Partners;

namespace Depot.Core.Tests.Support;

/// <summary>The repair partners the test depots send units to: sending needs a partner of the catalog.</summary>
internal static class TestPartners
{
    public static readonly IReadOnlyList<string> Codes = ["BOARDLAB", "FIXIT", "NORDREP"];

    public static void AddTo(DepotContext context)
    {
        var catalog = new PartnerCatalog(context);
        foreach (var code in Codes)
        {
            catalog.Add(code, $"{code} repairs");
        }
    }
}
