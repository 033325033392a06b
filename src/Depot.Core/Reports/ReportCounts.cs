using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// The report figures kept as counters, so that a report over two years of a big owner reads a
/// few hundred counters instead of hundreds of thousands of events: per owner and local month the
/// quality figures (<see cref="QualityFigure"/>), and per day and month the cases' consumption of
/// swap units by owner and model (refill proposals), and per month the partner repairs and repeat
/// repairs by partner and model (<see cref="RepeatRepairFigures"/>). Each case's share is kept in a
/// <see cref="QualityCaseRow"/>, made when the case opens and counted again from the case's rows
/// whenever a step of one of its units may change it, in the same unit of work as that step
/// (the <c>Record</c> methods), so the counters always equal a recount (<c>depot check</c> proves it).
/// </summary>
public static partial class ReportCounts
{
    /// <summary>The prefix of every monthly quality counter.</summary>
    public const string QualityPrefix = "quality|";

    /// <summary>The prefix of every consumption counter.</summary>
    public const string ConsumedPrefix = "consumed|";

    /// <summary>"quality|12|2026-11|opened": one owner's figure in one local month.</summary>
    public static string QualityKey(long ownerId, DateOnly month, string figure) =>
        $"{QualityPrefix}{OwnerPart(ownerId)}{Month(month)}|{figure}";

    /// <summary>The prefix of every quality counter of one owner.</summary>
    public static string QualityPrefixOf(long ownerId) => QualityPrefix + OwnerPart(ownerId);

    /// <summary>"consumed|m|2026-11|": swap and loan cases opened in a month (UTC), then owner and model ids.</summary>
    public static string ConsumedMonthPrefix(DateOnly month) => $"{ConsumedPrefix}m|{Month(month)}|";

    /// <summary>"consumed|d|2026-11-05|": swap and loan cases opened on a day (UTC), then owner and model ids.</summary>
    public static string ConsumedDayPrefix(DateOnly day) => $"{ConsumedPrefix}d|{StoreKeys.Date(day)}|";

    /// <summary>The local month of <paramref name="day"/> as yyyy-MM.</summary>
    public static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// Counts one lifecycle step into the report figures. Call it in the step's unit of work after
    /// everything else the step writes (the unit row, the event, case links and dates, the closing
    /// of finished cases), with the unit row as it was before the step (null for a new unit).
    /// </summary>
    public static void Record(DepotContext context, IStoreWriter writer, UnitRow? before, EventRow step) =>
        Count(DepotCalendar.For(context), writer, step.UnitId, before, step);

    /// <summary>
    /// Counts a case just opened into the report figures (its month's opened cases), in the unit of
    /// work that inserts it: call it after the case row is inserted.
    /// </summary>
    public static void Record(DepotContext context, IStoreWriter writer, CaseRow opened)
    {
        var calendar = DepotCalendar.For(context);
        var changes = new CounterChanges();
        Recount(calendar, writer, opened, writer.Table<QualityCaseRow>().FindOne(QualityCaseRow.ByCase, opened.Id), _ => null, changes);
        changes.WriteTo(writer);
    }

    /// <summary>
    /// Moves a unit's share of the figures after its owner or model was corrected without a step
    /// (call it after the corrected row is written; <paramref name="before"/> is the row before).
    /// </summary>
    public static void Move(DepotContext context, IStoreWriter writer, UnitRow before, UnitRow after)
    {
        if (before.OwnerId != after.OwnerId || before.ModelId != after.ModelId)
        {
            Count(DepotCalendar.For(context), writer, after.Id, before, null);
        }
    }

    private static string OwnerPart(long ownerId) => ownerId.ToString(CultureInfo.InvariantCulture) + "|";

    private static void Count(DepotCalendar calendar, IStoreWriter writer, long unitId, UnitRow? before, EventRow? step)
    {
        var after = writer.Table<UnitRow>().Get(unitId);
        var events = writer.Table<EventRow>().Find(EventRow.ByUnit, unitId);
        var changes = new CounterChanges();

        // The unit's whole history counts under its current owner, as the month-end pool does.
        if (before?.OwnerId is { } was)
        {
            changes.Add(UnitAvailability.Figures(was, events.Where(e => e.Id != step?.Id), calendar), -1);
        }

        if (after?.OwnerId is { } now)
        {
            changes.Add(UnitAvailability.Figures(now, events, calendar), 1);
        }

        // Repeat repairs count under the unit's current model, with its whole history too.
        if (before is not null)
        {
            changes.Add(RepeatRepairFigures.Figures(before.ModelId, events.Where(e => e.Id != step?.Id), calendar), -1);
        }

        if (after is not null)
        {
            changes.Add(RepeatRepairFigures.Figures(after.ModelId, events, calendar), 1);
        }

        var moved = step is null || before?.OwnerId != after?.OwnerId || before?.ModelId != after?.ModelId;
        // The unit's cases and their kept shares in one look-up each; recounting one case writes only its own share.
        var caseIds = writer.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, unitId).Select(l => l.CaseId).Distinct().ToList();
        var cases = writer.Table<CaseRow>().GetMany(caseIds).ToDictionary(c => c.Id);
        var stored = caseIds.Count == 0 ? [] : writer.Table<QualityCaseRow>().FindMany(QualityCaseRow.ByCase, caseIds)
            .GroupBy(q => q.CaseId).ToDictionary(g => g.Key, g => g.First());
        foreach (var caseId in caseIds)
        {
            if (cases.GetValueOrDefault(caseId) is not { } serviceCase)
            {
                continue;
            }

            var kept = stored.GetValueOrDefault(caseId);
            var settled = kept is not null && serviceCase.ClosedAt is { } closed && kept.ClosedAt == closed
                && !(step is not null && step.At >= serviceCase.OpenedAt && step.At <= closed);
            if (settled && !moved)
            {
                continue;
            }

            Recount(calendar, writer, serviceCase, kept, id => id == unitId ? events : null, changes);
        }

        changes.WriteTo(writer);
    }

    // Counts one case again from its rows and replaces its kept share, in the counters and its row.
    private static void Recount(DepotCalendar calendar, IStoreWriter writer, CaseRow serviceCase, QualityCaseRow? kept,
        Func<long, IReadOnlyList<EventRow>?> known, CounterChanges changes)
    {
        var counted = CaseFigures.Read(writer, serviceCase, calendar, known).ToRow(calendar);
        changes.Replace(kept?.Figures ?? [], counted.Figures);
        Keep(writer.Table<QualityCaseRow>(), kept, counted);
    }

    // Stores the case's newly counted share; unchanged rows are not written again.
    private static void Keep(ITable<QualityCaseRow> stored, QualityCaseRow? kept, QualityCaseRow counted)
    {
        if (kept is null)
        {
            stored.Insert(counted);
            return;
        }

        if (!CaseFigures.Same(kept, counted))
        {
            counted.Id = kept.Id;
            stored.Update(counted);
        }
    }
}
