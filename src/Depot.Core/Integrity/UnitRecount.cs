using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Integrity;

/// <summary>The units counted one by one per owner, model, state and repair case, to compare with <see cref="UnitCounts"/>.</summary>
internal sealed class UnitRecount
{
    private readonly Dictionary<string, long> _counted = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _states = new(StringComparer.Ordinal);

    public void Add(UnitRow unit)
    {
        var key = UnitCounts.Key(unit.OwnerId, unit.ModelId, unit.State, unit.RepairCase);
        _counted[key] = _counted.GetValueOrDefault(key) + 1;
        _states[unit.State] = _states.GetValueOrDefault(unit.State) + 1;
    }

    /// <summary>Every state whose kept count (<see cref="UnitCounts.ByState"/>) differs from the recount.</summary>
    public List<PoolCountProblem> CompareStates(IStoreSession session)
    {
        var kept = UnitCounts.ByState(session);
        return kept.Keys.Union(_states.Keys, StringComparer.Ordinal)
            .Where(state => kept.GetValueOrDefault(state) != _states.GetValueOrDefault(state))
            .Order(StringComparer.Ordinal)
            .Select(state => new PoolCountProblem("(all owners)", "(all models)", state, false, kept.GetValueOrDefault(state), _states.GetValueOrDefault(state)))
            .ToList();
    }

    /// <summary>Every kept count that differs from the recount (a kept zero equals no units), the counts per state last.</summary>
    public List<PoolCountProblem> Compare(IStoreSession session)
    {
        var kept = session.Counters(UnitCounts.Prefix)
            .Where(c => c.Key.StartsWith(UnitCounts.Prefix, StringComparison.Ordinal))
            .ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
        var owners = session.Table<OwnerRow>().All().ToDictionary(o => StoreKeys.Id(o.Id), o => o.Code);
        var models = session.Table<ModelRow>().All().ToDictionary(m => StoreKeys.Id(m.Id), m => m.Sku);
        string Name(Dictionary<string, string> names, string id, string none) =>
            id.Length == 0 ? none : names.TryGetValue(id, out var name) ? name : "#" + id;

        var problems = new List<PoolCountProblem>();
        foreach (var key in kept.Keys.Union(_counted.Keys, StringComparer.Ordinal))
        {
            var stored = kept.GetValueOrDefault(key);
            var counted = _counted.GetValueOrDefault(key);
            if (stored == counted)
            {
                continue;
            }

            var parts = key[UnitCounts.Prefix.Length..].Split('|');
            problems.Add(new PoolCountProblem(
                Name(owners, parts[0], "(no owner)"), Name(models, parts[1], "(no model)"), parts[2], parts[3] == "1", stored, counted));
        }

        return problems.OrderBy(p => p.Owner, StringComparer.Ordinal).ThenBy(p => p.Model, StringComparer.Ordinal)
            .ThenBy(p => p.State, StringComparer.Ordinal).ThenBy(p => p.RepairCase)
            .Concat(CompareStates(session))
            .ToList();
    }
}
