using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Formats.Billing;
using Depot.Core.Exchange.Formats.CycleCounts;
using Depot.Core.Exchange.Formats.OverdueReturns;
using Depot.Core.Exchange.Formats.PoolLevels;
using Depot.Core.Exchange.Formats.PreAlerts;
using Depot.Core.Exchange.Formats.QualityReports;
using Depot.Core.Exchange.Formats.RepairOrders;
using Depot.Core.Exchange.Formats.RepairResults;
using Depot.Core.Exchange.Formats.Units;
using Depot.Core.Exchange.Formats.Vouchers;
using Depot.Core.Exchange.Import;

namespace Depot.Core.Exchange;

/// <summary>
/// Every partner format the depot reads and writes (FORMATS.md), by the name the command line and
/// the Exchange screen use. A new kind is one line here plus its format class.
/// </summary>
public static class ExchangeKinds
{
    public static IReadOnlyList<ImportKind> Imports { get; } =
    [
        ImportKind.Of("units", "swap stock intake (upsert by identifier)", UnitColumns.Set, c => new UnitsImport(c)),
        ImportKind.Of("vouchers", "service vouchers linked to IMEIs", VouchersImport.Columns, c => new VouchersImport(c)),
        ImportKind.Of("pre-alerts", "returns to expect: opens the case and announces the unit", PreAlertsImport.Columns, c => new PreAlertsImport(c)),
        ImportKind.Of("repair-results", "what a repair partner did per order", RepairResultsImport.Columns, c => new RepairResultsImport(c)),
        ImportKind.Of("cycle-count", "what a stock controller counted: into each bin's count session, then the reconciliation", CycleCountImport.Columns, c => new CycleCountImport(c)),
    ];

    public static IReadOnlyList<ExportKind> Exports { get; } =
    [
        new("units", "every unit with its owner, model and descriptive fields", UnitColumns.Set, UnitsExport.Write),
        new("repair-orders", "shipment manifest for one partner (--partner CODE [--since DATE])", RepairOrdersExport.Columns, RepairOrdersExport.Write),
        new("pool-levels", "swap pool per owner and model against the target", PoolLevelsExport.Columns, PoolLevelsExport.Write),
        new("overdue-returns", "late swap returns and what they cost ([--owner CODE])", OverdueReturnsExport.Columns, OverdueReturnsExport.Write),
        new("quality-report", "per owner and month: cases, turnaround, outcome rates, pool ([--owner CODE] [--month yyyy-MM])", QualityReportExport.Columns, QualityReportExport.Write),
        new("billing", "one owner's billing basis for a month: fee, freight, packaging, charges, held amounts (--owner CODE --month yyyy-MM)", BillingExport.Columns, BillingExport.Write),
    ];

    public static ImportKind? FindImport(string name) =>
        Imports.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ExportKind? FindExport(string name) =>
        Exports.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
