using Depot.Core.Owners;

namespace Depot.Core.Exchange.Export;

/// <summary>What an export includes. Each kind uses the filters that make sense for it and ignores the rest.</summary>
/// <param name="Partner">Repair orders of this partner.</param>
/// <param name="Since">Only what happened on or after this day (local depot time).</param>
/// <param name="Month">One month (yyyy-MM) of a monthly report.</param>
public sealed record ExportFilter(
    string? Partner = null, DateOnly? Since = null, string? OwnerCode = null, string? ModelSku = null, Lifecycle.UnitState? State = null,
    string? Month = null)
{
    /// <summary>
    /// This filter with its owner and model looked up in the catalog and spelled as the depot
    /// spells them. An unknown owner or model is refused (listing the known ones), so an export
    /// never answers a typo with an empty file.
    /// </summary>
    public ExportFilter Checked(DepotContext context)
    {
        var catalog = new Catalog(context);
        return this with
        {
            OwnerCode = string.IsNullOrWhiteSpace(OwnerCode) ? null : catalog.RequireOwner(OwnerCode).Code,
            ModelSku = string.IsNullOrWhiteSpace(ModelSku) ? null : catalog.RequireModel(ModelSku).Sku,
        };
    }
}
