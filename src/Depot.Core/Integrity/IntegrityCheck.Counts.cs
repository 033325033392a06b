using Depot.Core.Calendar;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Integrity;

// The kept counters against a recount of the rows.
public sealed partial class IntegrityCheck
{
    /// <summary>
    /// Recounts the units per owner, model, state and repair case and compares the counts the
    /// depot keeps for pool levels and the Home screen (<see cref="Units.UnitCounts"/>); returns every line that differs.
    /// </summary>
    public IReadOnlyList<PoolCountProblem> PoolCounts() => context.Read(session =>
    {
        var recount = new UnitRecount();
        foreach (var unit in session.Table<UnitRow>().All())
        {
            recount.Add(unit);
        }

        return recount.Compare(session);
    });

    /// <summary>
    /// Recounts every report figure (the monthly quality figures, the cases' consumption and each
    /// case's share of them, see <see cref="Reports.ReportCounts"/>) from the cases and every unit's
    /// history, and returns every kept figure that differs.
    /// </summary>
    public IReadOnlyList<ReportCountProblem> ReportCounts()
    {
        var calendar = DepotCalendar.For(context);
        return context.Read(session =>
        {
            var recount = NewRecount(session, calendar);
            foreach (var history in UnitHistories.Read(session))
            {
                recount.AddUnit(history);
            }

            return Compare(session, recount);
        });
    }

    private static ReportRecount NewRecount(IStoreSession session, DepotCalendar calendar)
    {
        var recount = new ReportRecount(calendar);
        foreach (var serviceCase in session.Table<CaseRow>().All())
        {
            recount.AddCase(serviceCase);
        }

        return recount;
    }

    private List<ReportCountProblem> Compare(IStoreSession session, ReportRecount recount)
    {
        var problems = new List<ReportCountProblem>();
        var cases = session.Table<CaseRow>();
        string Case(long id) => $"case {cases.Get(id)?.Ticket ?? "#" + id}";

        // Each kept share against the case counted again; the counters must be the sum of the shares.
        var shared = new HashSet<long>();
        foreach (var kept in session.Table<QualityCaseRow>().All())
        {
            shared.Add(kept.CaseId);
            if (recount.Share(kept.CaseId, count: true) is not { } counted)
            {
                problems.Add(new ReportCountProblem(Case(kept.CaseId), Describe(kept), "no such case"));
            }
            else if (!CaseFigures.Same(kept, counted))
            {
                problems.Add(new ReportCountProblem(Case(kept.CaseId), Describe(kept), Describe(counted)));
            }
        }

        foreach (var caseId in recount.CaseIds.Where(id => !shared.Contains(id)).Order())
        {
            problems.Add(new ReportCountProblem(Case(caseId), "nothing (not counted)", Describe(recount.Share(caseId, count: false)!)));
        }

        var owners = new Catalog(context).ListOwners().ToDictionary(o => o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), o => o.Code);
        string Key(string key)
        {
            var parts = key.Split('|');
            return parts.Length > 2 && parts[0] == "quality" && owners.TryGetValue(parts[1], out var code) ? $"{key} ({code})" : key;
        }

        var expected = recount.Counters;
        foreach (var counter in Reports.ReportCounts.Kept(session))
        {
            var counted = expected.GetValueOrDefault(counter.Key);
            expected.Remove(counter.Key);
            if (counted != counter.Value)
            {
                problems.Add(new ReportCountProblem(Key(counter.Key), Number(counter.Value), Number(counted)));
            }
        }

        foreach (var (key, counted) in expected.Where(e => e.Value != 0).OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            problems.Add(new ReportCountProblem(Key(key), "0", Number(counted)));
        }

        return problems;
    }

    private static string Describe(QualityCaseRow share) =>
        $"[{string.Join(", ", share.Figures)}] due {share.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}"
        + $" received {share.Received?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"}";

    private static string Number(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
