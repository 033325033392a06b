using Depot.Core.Calendar;
using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

// Counting everything again, for rows written in bulk (the volume generator, the demo loader) and
// after a change of the depot's time zone or holidays; and the units of a bulk intake.
public static partial class ReportCounts
{
    /// <summary>Which report figures the depot keeps; a counter records the version its figures were counted for.</summary>
    public const string VersionKey = "report-figures-version";

    /// <summary>2: the repeat repairs per partner and per model joined the quality figures.</summary>
    public const long Version = 2;

    /// <summary>
    /// Brings the report figures of a depot counted by an earlier version forward: counted again from
    /// the cases and every unit's history, once, in one unit of work (another bench doing the same at
    /// the same moment waits, then finds it done). Seconds for a depot of thousands of units, minutes
    /// for a million; a depot opened read-only is left as it is.
    /// </summary>
    public static void KeepCurrent(DepotContext context)
    {
        if (context.Read(s => s.Counter(VersionKey)) >= Version)
        {
            return;
        }

        try
        {
            context.Write(w =>
            {
                w.Hold(VersionKey);
                var kept = w.Counter(VersionKey);
                if (kept >= Version)
                {
                    return;
                }

                Rebuild(context, w);
                w.AddToCounter(VersionKey, Version - kept);
            });
        }
        catch (StorageException e) when (e.Failure == StorageFailure.ReadOnly)
        {
            // Read-only: the figures stay as they were counted; depot check says which differ.
        }
    }

    /// <summary>
    /// Counts every report figure again from the rows and makes the kept counters and each case's
    /// share equal to it, inside <paramref name="writer"/>'s unit of work. Reads every unit's
    /// history once; returns how many counters and case shares it had to change.
    /// </summary>
    public static long Rebuild(DepotContext context, IStoreWriter writer)
    {
        var recount = new ReportRecount(DepotCalendar.For(context));
        foreach (var serviceCase in writer.Table<CaseRow>().All())
        {
            recount.AddCase(serviceCase);
        }

        foreach (var history in UnitHistories.Read(writer))
        {
            recount.AddUnit(history);
        }

        long changed = 0;
        var stored = writer.Table<QualityCaseRow>();
        foreach (var caseId in recount.CaseIds.Order().ToList())
        {
            var counted = recount.Share(caseId, count: true)!;
            var kept = stored.FindOne(QualityCaseRow.ByCase, caseId);
            if (kept is null || !CaseFigures.Same(kept, counted))
            {
                Keep(stored, kept, counted);
                changed++;
            }
        }

        var expected = recount.Counters;
        foreach (var counter in Kept(writer))
        {
            var delta = expected.GetValueOrDefault(counter.Key) - counter.Value;
            expected.Remove(counter.Key);
            if (delta != 0)
            {
                writer.AddToCounter(counter.Key, delta);
                changed++;
            }
        }

        foreach (var (key, value) in expected.Where(e => e.Value != 0))
        {
            writer.AddToCounter(key, value);
            changed++;
        }

        return changed;
    }

    /// <summary>
    /// Counts <paramref name="units"/> new units of one owner that a bulk intake made Available at
    /// <paramref name="at"/> (their Intake events), in the intake's unit of work: the one figure
    /// an intake moves is the owner's month-end pool.
    /// </summary>
    public static void Intake(DepotContext context, IStoreWriter writer, long ownerId, DateTimeOffset at, long units) =>
        writer.AddToCounter(QualityKey(ownerId, DepotCalendar.For(context).LocalDate(at), QualityFigure.Available), units);

    /// <summary>Every kept report counter (quality figures, consumption and repeat repairs), non-zero or not.</summary>
    internal static IEnumerable<CounterValue> Kept(IStoreSession session) =>
        session.Counters(QualityPrefix).Where(c => c.Key.StartsWith(QualityPrefix, StringComparison.Ordinal))
            .Concat(session.Counters(ConsumedPrefix).Where(c => c.Key.StartsWith(ConsumedPrefix, StringComparison.Ordinal)))
            .Concat(session.Counters(RepeatRepairFigures.Prefix).Where(c => c.Key.StartsWith(RepeatRepairFigures.Prefix, StringComparison.Ordinal)));
}
