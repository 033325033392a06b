using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Reconciliation;

// The diff of a session against the system, worked out from the current state each time it is asked.
public sealed partial class CountService
{
    /// <summary>States a unit may be in when counted on a shelf (quarantine: found, waiting for triage).</summary>
    private static readonly UnitState[] ShelfStates = [UnitState.Available, UnitState.Reserved, UnitState.Quarantine];

    /// <summary>
    /// Every difference of the session: the open ones first, then the resolved ones with how they
    /// were resolved (including those whose resolution made them disappear from the system's side).
    /// </summary>
    public IReadOnlyList<CountDifference> Differences(long sessionId)
    {
        var session = Require(sessionId);
        var units = new UnitService(context);
        var expected = Expected(session);
        var resolutions = Resolutions(session.Id);
        var found = new Dictionary<(string, DifferenceKind), CountDifference>();

        void Add(string identifier, DifferenceKind kind, string expectedText, string countedText, params Resolution[] allowed)
        {
            if (!found.ContainsKey((identifier, kind)))
            {
                found[(identifier, kind)] = new CountDifference(identifier, kind, expectedText, countedText, [.. allowed, Resolution.Dismiss],
                    resolutions.GetValueOrDefault((identifier, kind)));
            }
        }

        // A bin belongs to an owner or a model when more than three quarters of what the system has there is of it.
        var binOwner = session.Scope == CountScope.Bin ? Majority(expected.Select(u => u.OwnerCode)) : session.Target;
        var binModel = session.Scope == CountScope.Bin ? Majority(expected.Select(u => u.ModelSku)) : null;
        var countedIds = new HashSet<long>();
        foreach (var group in Lines(session.Id).GroupBy(l => l.Identifier))
        {
            var line = group.Last();
            var unit = units.Find(group.Key);
            var where = line.Bin is null ? "counted" : $"counted in bin {line.Bin}";
            var identifier = unit?.Identifier.Value ?? group.Key;
            if (group.Count() > 1)
            {
                Add(identifier, DifferenceKind.ScannedTwice, "one scan", $"scanned {group.Count()} times");
            }

            if (unit is null)
            {
                Add(identifier, DifferenceKind.CountedNotExpected, "unknown to the depot", where, Resolution.Receive);
                continue;
            }

            countedIds.Add(unit.Id);
            var system = $"{unit.OwnerCode ?? "no owner"} {unit.ModelSku ?? "no model"}{(unit.Bin is null ? "" : $" in bin {unit.Bin}")}, {unit.State}";
            if (unit.State == UnitState.Lost)
            {
                Add(identifier, DifferenceKind.CountedNotExpected, system, where, Resolution.Found);
                continue;
            }

            var wrong = false;
            if (!ShelfStates.Contains(unit.State))
            {
                wrong = true;
                Add(identifier, DifferenceKind.WrongState, system, $"{where}, on the shelf",
                    unit.State is UnitState.WithUser or UnitState.Announced ? [Resolution.Receive] : []);
            }

            if (binOwner is not null && unit.OwnerCode is not null && !string.Equals(unit.OwnerCode, binOwner, StringComparison.OrdinalIgnoreCase))
            {
                wrong = true;
                Add(identifier, DifferenceKind.WrongOwner, system, $"{where}, among {binOwner}'s pool", Resolution.CorrectOwner, Resolution.MoveBin);
            }

            if (binModel is not null && unit.ModelSku is not null && !string.Equals(unit.ModelSku, binModel, StringComparison.OrdinalIgnoreCase))
            {
                wrong = true;
                Add(identifier, DifferenceKind.WrongModel, system, $"{where}, a bin of {binModel}", Resolution.CorrectModel, Resolution.MoveBin);
            }

            if (!wrong && session.Scope == CountScope.Bin && !string.Equals(unit.Bin, session.Target, StringComparison.OrdinalIgnoreCase))
            {
                Add(identifier, DifferenceKind.CountedNotExpected, system, where, Resolution.MoveBin);
            }
        }

        foreach (var unit in expected.Where(u => !countedIds.Contains(u.Id)))
        {
            Add(unit.Identifier.Value, DifferenceKind.ExpectedNotCounted,
                $"{unit.OwnerCode} {unit.ModelSku}{(unit.Bin is null ? "" : $" in bin {unit.Bin}")}, {unit.State}", "not counted",
                Resolution.MarkLost, Resolution.MoveBin);
        }

        foreach (var ((identifier, kind), how) in resolutions.Where(r => !found.ContainsKey(r.Key)))
        {
            found[(identifier, kind)] = new CountDifference(identifier, kind, "", "", [], how);
        }

        return found.Values.OrderBy(d => d.IsResolved).ThenBy(d => d.Kind).ThenBy(d => d.Identifier, StringComparer.Ordinal).ToList();
    }

    private List<Unit> Expected(CountSession session)
    {
        var units = new UnitService(context);
        if (session.Scope == CountScope.Owner)
        {
            return ShelfStates.Take(2).SelectMany(state => units.List(new UnitFilter(state, session.Target, Limit: 1_000_000))).ToList();
        }

        // A bin holds a shelf's worth of units: found through the bin index, then read one by one.
        var pooled = ShelfStates.Take(2).Select(s => s.ToString()).ToHashSet();
        var ids = context.Read(s => s.Table<UnitRow>().Find(UnitRow.ByBin, session.Target.ToUpperInvariant())
            .Where(u => pooled.Contains(u.State))
            .OrderBy(u => u.StateSince).ThenBy(u => u.Id)
            .Select(u => u.Id)
            .ToList());
        return ids.Select(units.FindById).OfType<Unit>().ToList();
    }

    private Dictionary<(string, DifferenceKind), string> Resolutions(long sessionId)
    {
        var result = new Dictionary<(string, DifferenceKind), string>();
        foreach (var r in context.Read(s => s.Table<CountResolutionRow>().Find(CountResolutionRow.BySession, sessionId)))
        {
            result[(r.Identifier, Enum.Parse<DifferenceKind>(r.Kind))] = $"{r.Action} by {r.Operator}: {r.Reason}";
        }

        return result;
    }

    private static string? Majority(IEnumerable<string?> values)
    {
        var known = values.Where(v => v is not null).Select(v => v!).ToList();
        var top = known.GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).FirstOrDefault();
        return top is not null && top.Count() * 4 > known.Count * 3 ? top.Key : null;
    }
}
