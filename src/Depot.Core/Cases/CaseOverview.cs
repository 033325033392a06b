using Depot.Core.Billing;
using Depot.Core.Coverage;

namespace Depot.Core.Cases;

/// <summary>Everything a case screen or <c>depot case show</c> shows: the case, its units, dates, status and charges.</summary>
/// <param name="WorkingDaysLate">Working days past the due date while the defective unit is still out (0 otherwise).</param>
/// <param name="PendingCharge">What the case will be charged if the return stays overdue (the swap unit's retail price), not yet in the ledger.</param>
/// <param name="Coverage">What covers the defective unit today, when there is one.</param>
public sealed record CaseOverview(
    ServiceCase Case,
    CaseStatus Status,
    IReadOnlyList<CaseUnit> Units,
    IReadOnlyList<Charge> Charges,
    int WorkingDaysLate,
    Money? PendingCharge,
    CoverageOnDate? Coverage)
{
    public bool IsOverdue => Status == CaseStatus.Overdue;

    public CaseUnit? Defective => Units.FirstOrDefault(u => u.Role == "defective");

    public CaseUnit? Swap => Units.LastOrDefault(u => u.Role == "swap");
}
