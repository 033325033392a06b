using System.Diagnostics;
using Depot.Core.Calendar;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Integrity;

/// <summary>
/// Proves that every unit's stored state equals the fold of its events: each event starts where the
/// previous one ended, each step is a row of the lifecycle table, and the last one ends in the
/// stored state. Also recounts what the depot keeps counted (units per owner, model and state; the
/// report figures) and compares. Reads the depot a chunk of units at a time, in one consistent view.
/// </summary>
public sealed partial class IntegrityCheck(DepotContext context)
{
    /// <summary>Checks every unit; returns the problems found (empty when the depot is consistent).</summary>
    public IReadOnlyList<IntegrityProblem> Run(int maxProblems = 1000) => context.Read(session =>
    {
        var problems = new List<IntegrityProblem>();
        foreach (var history in UnitHistories.Read(session))
        {
            if (UnitFold.Problem(history) is { } problem && problems.Count < maxProblems)
            {
                problems.Add(new IntegrityProblem(history.Unit.Id, history.Unit.Identifier, problem));
            }
        }

        return problems;
    });

    /// <summary>
    /// The whole check in one pass over the depot: every unit's state against its events, the
    /// kept unit counts and the kept report figures against a recount.
    /// </summary>
    public IntegrityReport Full(int maxProblems = 1000)
    {
        var clock = Stopwatch.StartNew();
        var calendar = DepotCalendar.For(context);
        return context.Read(session =>
        {
            var problems = new List<IntegrityProblem>();
            var units = new UnitRecount();
            var figures = NewRecount(session, calendar);
            long unitCount = 0, eventCount = 0;
            foreach (var history in UnitHistories.Read(session))
            {
                unitCount++;
                eventCount += history.Events.Count;
                units.Add(history.Unit);
                figures.AddUnit(history);
                if (UnitFold.Problem(history) is { } problem && problems.Count < maxProblems)
                {
                    problems.Add(new IntegrityProblem(history.Unit.Id, history.Unit.Identifier, problem));
                }
            }

            return new IntegrityReport(unitCount, eventCount, problems, units.Compare(session), Compare(session, figures), clock.Elapsed);
        });
    }
}
