using Depot.Core.Storage.Rows;

namespace Depot.Core.Storage;

/// <summary>
/// Every table of a depot with its indexes. Engines create what is missing on open; the format
/// version says which shape of the rows a store holds (see <see cref="FormatVersion"/>).
/// </summary>
public static class StoreSchema
{
    /// <summary>
    /// The shape of the rows this program writes. A store records the version it was written in;
    /// an older store is upgraded in one step on open, a newer one is refused.
    /// </summary>
    public const int FormatVersion = 1;

    public static IReadOnlyList<TableSpec> Tables { get; } =
    [
        new(typeof(OwnerRow), "owners", [OwnerRow.ByCode]),
        new(typeof(ModelRow), "models", [ModelRow.BySku]),
        new(typeof(UnitRow), "units", [UnitRow.ByState, UnitRow.ByOwnerStateSince, UnitRow.ByBin]),
        new(typeof(UnitIdentifierRow), "unit_identifiers", [UnitIdentifierRow.ByIdentifier, UnitIdentifierRow.ByUnit]),
        new(typeof(EventRow), "events", [EventRow.ByUnit, EventRow.ByAt]),
        new(typeof(CaseRow), "cases", [CaseRow.ByTicket, CaseRow.ByOwner, CaseRow.ByOpenOwner, CaseRow.ByOpenDue, CaseRow.ByListOrder, CaseRow.ByOwnerListOrder]),
        new(typeof(CaseUnitRow), "case_units", [CaseUnitRow.ByCase, CaseUnitRow.ByUnit]),
        new(typeof(RepairOrderRow), "repair_orders", [RepairOrderRow.ByOrderNo, RepairOrderRow.ByUnit, RepairOrderRow.ByOpenPartner]),
        new(typeof(ChargeRow), "charges", [ChargeRow.ByCase]),
        new(typeof(VoucherRow), "vouchers", [VoucherRow.ByCode, VoucherRow.ByImei]),
        new(typeof(SettingRow), "settings", [SettingRow.ByKey]),
        new(typeof(ImportRow), "imports", [ImportRow.BySha256, ImportRow.ByAt]),
        new(typeof(RepairResultRow), "repair_results", [RepairResultRow.ByKey]),
        new(typeof(CountSessionRow), "count_sessions", []),
        new(typeof(CountLineRow), "count_lines", [CountLineRow.BySession]),
        new(typeof(CountResolutionRow), "count_resolutions", [CountResolutionRow.BySession]),
        new(typeof(UnitCorrectionRow), "unit_corrections", [UnitCorrectionRow.ByUnit]),
        new(typeof(ReceiptChecklistRow), "receipt_checklists", [ReceiptChecklistRow.ByEvent]),
        new(typeof(AgreementRow), "agreements", [AgreementRow.ByOwner]),
        new(typeof(FleetChangeRow), "fleet_changes", [FleetChangeRow.ByOwner]),
        new(typeof(PartnerRow), "partners", [PartnerRow.ByCode]),
        new(typeof(QualityCaseRow), "quality_cases", [QualityCaseRow.ByCase, QualityCaseRow.ByAwaiting]),
    ];

    /// <summary>The table of <paramref name="rowType"/>.</summary>
    public static TableSpec For(Type rowType) =>
        Tables.FirstOrDefault(t => t.RowType == rowType) ?? throw new ArgumentException($"{rowType.Name} is not a table of the depot");
}
