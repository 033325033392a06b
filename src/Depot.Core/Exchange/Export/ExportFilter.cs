namespace Depot.Core.Exchange.Export;

/// <summary>What an export includes. Each kind uses the filters that make sense for it and ignores the rest.</summary>
/// <param name="Partner">Repair orders of this partner.</param>
/// <param name="Since">Only what happened on or after this day (local depot time).</param>
/// <param name="Month">One month (yyyy-MM) of a monthly report.</param>
public sealed record ExportFilter(
    string? Partner = null, DateOnly? Since = null, string? OwnerCode = null, string? ModelSku = null, Lifecycle.UnitState? State = null,
    string? Month = null);
