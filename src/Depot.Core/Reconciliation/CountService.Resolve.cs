using Depot.Core.Lifecycle;
using Depot.Core.Cases;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Reconciliation;

// Settling one difference: a lifecycle event or an audited correction, always with a reason.
public sealed partial class CountService
{
    /// <summary>
    /// Resolves one open difference of an open session with <paramref name="resolution"/> and a
    /// reason. <paramref name="value"/> is the new bin, owner or model for a correction (defaults:
    /// the counted bin, the pool's owner, the bin's model). Refused, with nothing changed, when the
    /// difference is unknown or resolved, the resolution does not fit it, or the change is not permitted.
    /// </summary>
    public CountDifference Resolve(long sessionId, string identifierText, DifferenceKind kind, Resolution resolution, string reason, string? value = null)
    {
        var session = RequireOpen(sessionId);
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new RefusedException("say why (--reason TEXT): every resolution keeps its reason");
        }

        reason = reason.Trim();
        var units = new UnitService(context);
        var identifier = units.Find(identifierText)?.Identifier.Value ?? units.Identify(identifierText).Value;
        var differences = Differences(sessionId);
        var difference = differences.FirstOrDefault(d => d.Identifier == identifier && d.Kind == kind)
            ?? throw new RefusedException($"count session {session.Id} has no {kind} difference for {identifier}"
                + $" (its differences for it: {string.Join(", ", differences.Where(d => d.Identifier == identifier).Select(d => d.Kind.ToString()).DefaultIfEmpty("none"))})");
        if (difference.IsResolved)
        {
            throw new RefusedException($"{identifier} {kind} is already resolved ({difference.ResolvedBy})");
        }

        if (!difference.Allowed.Contains(resolution))
        {
            throw new RefusedException($"{identifier} {kind} cannot be resolved with {resolution}; it can be: {string.Join(", ", difference.Allowed)}");
        }

        Cases.AllOrNothing.Run(context, () =>
        {
            var action = resolution.ToString();
            switch (resolution)
            {
                case Resolution.Found:
                    units.Found(identifier, $"count session {session.Id}: {reason}");
                    break;
                case Resolution.MarkLost:
                    units.MarkLost(identifier, $"count session {session.Id}: {reason}");
                    break;
                case Resolution.Receive:
                    units.Receive(identifier);
                    break;
                case Resolution.MoveBin:
                    // An uncounted unit is somewhere else: only the person who found it knows where.
                    var bin = value?.Trim() ?? (session.Scope == CountScope.Bin && kind != DifferenceKind.ExpectedNotCounted
                        ? session.Target
                        : throw new RefusedException("name the bin to move it to (--to BIN)"));
                    action += $" to {bin}";
                    Correct(units.Require(identifier), "bin", bin, null, reason, session.Id);
                    break;
                case Resolution.CorrectOwner:
                    var owner = new Catalog(context).RequireOwner(value ?? (session.Scope == CountScope.Owner ? session.Target
                        : throw new RefusedException("name the owner it belongs to (--to OWNER)")));
                    action += $" to {owner.Code}";
                    var unit = units.Require(identifier);
                    if (new CaseService(context).CurrentCaseOf(unit.Id) is { ClosedAt: null } open
                        && !string.Equals(open.OwnerCode, owner.Code, StringComparison.OrdinalIgnoreCase))
                    {
                        throw new RefusedException(
                            $"{identifier} serves {open.OwnerCode}'s open case {open.Ticket}: its owner cannot become {owner.Code}, one owner's stock never serves another owner's case");
                    }

                    Correct(unit, "owner", owner.Code, owner.Id, reason, session.Id);
                    break;
                case Resolution.CorrectModel:
                    var model = new Catalog(context).RequireModel(value ?? throw new RefusedException("name the model it is (--to SKU)"));
                    action += $" to {model.Sku}";
                    Correct(units.Require(identifier), "model", model.Sku, model.Id, reason, session.Id);
                    break;
            }

            context.Write(w => w.Table<CountResolutionRow>().Insert(new CountResolutionRow
            {
                SessionId = session.Id,
                Identifier = identifier,
                Kind = kind.ToString(),
                Action = action,
                Reason = reason,
                At = context.Now,
                Operator = context.Operator,
            }));
            return 0;
        });
        return Differences(sessionId).First(d => d.Identifier == identifier && d.Kind == kind);
    }

    /// <summary>The audited corrections of a unit's owner, model or bin, oldest first.</summary>
    public IReadOnlyList<(string Field, string? From, string? To, string Reason, DateTimeOffset At, string Operator)> Corrections(long unitId) =>
        context.Read(s => s.Table<UnitCorrectionRow>().Find(UnitCorrectionRow.ByUnit, unitId))
            .OrderBy(c => c.Id)
            .Select(c => (c.Field, c.OldValue, c.NewValue, c.Reason, c.At, c.Operator))
            .ToList();

    // A descriptive correction, not a lifecycle step: the unit keeps its state and its events, the
    // change is audited, and the kept counts follow the unit to its new owner or model.
    private void Correct(Unit unit, string field, string newValue, long? newId, string reason, long sessionId)
    {
        var old = field switch
        {
            "owner" => unit.OwnerCode,
            "model" => unit.ModelSku,
            _ => unit.Bin,
        };
        UnitLifecycle.DecideCorrection(unit.State, field).RequireDestination(unit.Identifier.ToString());
        context.Write(w =>
        {
            var units = w.Table<UnitRow>();
            var row = units.Get(unit.Id);
            if (row is null || row.Version != unit.Version)
            {
                throw Changed(unit);
            }

            var before = UnitRows.Copy(row);
            switch (field)
            {
                case "owner":
                    row.OwnerId = newId;
                    break;
                case "model":
                    row.ModelId = newId;
                    break;
                default:
                    row.Bin = newValue;
                    break;
            }

            // The version bump makes a bench holding an older view of the unit retry.
            row.Version = unit.Version + 1;
            if (!units.UpdateIfVersion(row, unit.Version))
            {
                throw Changed(unit);
            }

            UnitCounts.Move(w, before, row);
            ReportCounts.Move(context, w, before, row);
            w.Table<UnitCorrectionRow>().Insert(new UnitCorrectionRow
            {
                UnitId = unit.Id,
                Field = field,
                OldValue = old,
                NewValue = newValue,
                Reason = reason,
                At = context.Now,
                Operator = context.Operator,
                SessionId = sessionId,
            });
        });
    }

    private static ConcurrencyException Changed(Unit unit) =>
        new($"{unit.Identifier}: changed by someone else; nothing was saved, look again and retry");
}
