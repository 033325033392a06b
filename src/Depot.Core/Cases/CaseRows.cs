using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Cases;

/// <summary>Case rows as the domain sees them, and the look-ups every case question starts from.</summary>
internal static class CaseRows
{
    public static ServiceCase ToCase(CaseRow row, CatalogLookup catalog) =>
        new(row.Id, row.Ticket, catalog.OwnerCode(row.OwnerId) ?? "", Enum.Parse<CaseKind>(row.Kind, ignoreCase: true), row.OpenedAt, row.ClosedAt)
        {
            Details = new CaseDetails(row.Customer, row.Phone, row.Email, row.Address, row.Fault, row.ReportedAt, row.Diagnosis),
            ShipDate = row.ShipDate,
            DueDate = row.DueDate,
        };

    /// <summary>A ticket as its index stores it: trimmed, upper-cased (tickets match case-insensitively).</summary>
    public static string TicketKey(string ticket) => (ticket ?? "").Trim().ToUpperInvariant();

    /// <summary>The latest case (highest id) linked to the unit, or null.</summary>
    public static CaseRow? CurrentCaseOf(IStoreSession session, long unitId) =>
        session.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, unitId) is { Count: > 0 } links
            ? session.Table<CaseRow>().Get(links.Max(l => l.CaseId))
            : null;

    /// <summary>The unit's role in the case ("defective" or "swap"), or null when the case does not move it.</summary>
    public static string? RoleOf(IStoreSession session, long caseId, long unitId) =>
        session.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, unitId).FirstOrDefault(l => l.CaseId == caseId)?.Role;

    /// <summary>The case's links to its units, defective before swap, then by unit id.</summary>
    public static IReadOnlyList<CaseUnitRow> LinksOf(IStoreSession session, long caseId) =>
        session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, caseId)
            .OrderBy(l => l.Role, StringComparer.Ordinal)
            .ThenBy(l => l.UnitId)
            .ToList();
}
