namespace Depot.Core.Reports;

/// <summary>
/// One owner's month, with the columns of the <c>quality-report</c> export. Months are local
/// depot months (yyyy-MM). Medians are null when the month has nothing to measure; rates are
/// shares of the month's inspections (0 when there were none), rounded to 3 decimals.
/// </summary>
/// <param name="MedianDaysToShip">Working days from the case being registered to its swap unit shipping.</param>
/// <param name="MedianDaysInRepair">Calendar days from a defective unit's receipt to its passed quality check.</param>
/// <param name="OverdueReturns">Cases whose return fell due this month and came back late or not at all.</param>
/// <param name="PoolAvailableEnd">The owner's Available units at the end of the month (now, for the current month).</param>
public sealed record QualityReportRow(
    string Owner,
    string Month,
    int CasesOpened,
    int CasesClosed,
    int SwapsShipped,
    decimal? MedianDaysToShip,
    decimal? MedianDaysInRepair,
    decimal NoFaultFoundRate,
    decimal NotCoveredRate,
    decimal BeyondRepairRate,
    int OverdueReturns,
    int PoolTarget,
    int PoolAvailableEnd);
