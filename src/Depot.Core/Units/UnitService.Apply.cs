using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Reports;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

// The one place a unit changes state: version check, lifecycle decision, unit row, event and every
// dependent change, in one unit of work.
public sealed partial class UnitService
{
    /// <summary>
    /// Applies <paramref name="change"/> to <paramref name="unit"/> (null: a unit not yet known).
    /// Inside one unit of work it re-reads the unit, refuses when another writer changed it since
    /// the caller looked (or since <see cref="Change.ExpectedVersion"/>), checks the lifecycle, then
    /// writes the unit, its event, the case, charge and repair-order changes, the unit counters,
    /// the cases the step finished and the report figures. Throws <see cref="RefusedException"/>
    /// and writes nothing when the change is not permitted or the unit changed meanwhile.
    /// </summary>
    private UnitEvent Apply(Unit? unit, UnitIdentifier identifier, Change change) => Step(unit, identifier, change).Event;

    /// <summary>
    /// As <see cref="Apply"/>, and also the unit's row as the step wrote it (before any
    /// <see cref="Change.AlsoWrite"/> changed it further), so a caller need not read the unit again.
    /// </summary>
    private (UnitEvent Event, UnitRow Row) Step(Unit? unit, UnitIdentifier identifier, Change change)
    {
        if (unit is not null && change.ExpectedVersion is { } expected && unit.Version != expected)
        {
            throw Conflict(identifier, unit.State);
        }

        long? ownerId = null, modelId = null;
        if (unit is null && change.Creating is { } creating)
        {
            ownerId = _catalog.RequireOwner(creating.OwnerCode).Id;
            modelId = _catalog.RequireModel(creating.ModelSku).Id;
        }

        var details = change.Details.Where(kv => !string.IsNullOrEmpty(kv.Value)).ToDictionary(kv => kv.Key, kv => kv.Value!);
        return context.Write(w =>
        {
            var held = HoldCases(w, unit?.Id, change.CaseId);
            var at = context.StoredNow();
            var units = w.Table<UnitRow>();
            var before = unit is null ? null : units.Get(unit.Id);
            ReadCaseUnitsAhead(w, held);
            if (unit is null)
            {
                // Another bench may have made the same unit known since the caller looked.
                if (UnitRows.FindByIdentifier(w, identifier.Value) is { } known)
                {
                    throw Conflict(identifier, Enum.Parse<UnitState>(known.State));
                }
            }
            else if (before is null || before.Version != unit.Version)
            {
                throw Conflict(identifier, before is null ? unit.State : Enum.Parse<UnitState>(before.State));
            }

            var from = before is null ? UnitState.None : Enum.Parse<UnitState>(before.State);
            var decision = UnitLifecycle.Decide(from, change.Trigger, change.Facts);
            if (!decision.Permitted)
            {
                throw decision.ToException(identifier.ToString());
            }

            var row = before is null
                ? InsertUnit(w, identifier, change.Creating, ownerId, modelId, decision.Destination, at)
                : UpdateState(w, before, identifier, decision.Destination, at, change.Unannounced);
            var unitId = row.Id;
            var step = new EventRow
            {
                UnitId = unitId,
                At = at,
                Operator = context.Operator,
                Trigger = change.Trigger.ToString(),
                FromState = from == UnitState.None ? null : from.ToString(),
                ToState = decision.Destination.ToString(),
                CaseId = change.CaseId,
                Details = details.Count == 0 ? null : new Dictionary<string, string>(details),
            };
            var eventId = w.Table<EventRow>().Insert(step);
            change.AlsoWrite?.Invoke(w, unitId);
            change.AlsoWriteForEvent?.Invoke(w, eventId);
            new CaseService(context).CloseFinishedOf(w, unitId);
            ReportCounts.Record(context, w, before, step);
            return (new UnitEvent(eventId, unitId, at, context.Operator, change.Trigger, from, decision.Destination, change.CaseTicket, InKeyOrder(details)), row);
        });
    }

    /// <summary>
    /// Holds the cases this step may decide on (the unit's own and the one it joins), in id order,
    /// before anything is read. Whether a case is finished and what it adds to the report figures
    /// are read from all its units: two benches stepping two units of one case at the same moment
    /// would each miss the other's step (a case never closed, a figure counted once instead of twice),
    /// so they take turns, and the second reads what the first wrote.
    /// </summary>
    private static IReadOnlyList<long> HoldCases(IStoreWriter writer, long? unitId, long? caseId)
    {
        var linked = unitId is { } id ? writer.Table<CaseUnitRow>().Find(CaseUnitRow.ByUnit, id).Select(l => l.CaseId) : [];
        var held = linked.Append(caseId ?? 0).Where(c => c > 0).Distinct().Order().ToList();
        foreach (var key in held)
        {
            writer.Hold(CaseKey(key));
        }

        // What the step reads next, asked for now: a server answers it with the holds, in one round trip.
        if (unitId is { } unit)
        {
            writer.Table<UnitRow>().ReadAhead([unit]);
            writer.Table<EventRow>().ReadAhead(EventRow.ByUnit, unit);
            writer.Table<CaseUnitRow>().ReadAhead(CaseUnitRow.ByUnit, unit);
        }

        writer.Table<SettingRow>().ReadAheadAll();
        writer.Table<CaseRow>().ReadAhead(held);
        writer.Table<CaseUnitRow>().ReadAheadMany(CaseUnitRow.ByCase, held);
        writer.Table<QualityCaseRow>().ReadAheadMany(QualityCaseRow.ByCase, held);
        writer.Table<ChargeRow>().ReadAheadMany(ChargeRow.ByCase, held);
        return held;
    }

    /// <summary>
    /// Asks for the units of the held cases and their events, which closing the cases and counting
    /// their report figures read: on a server they come with the step's first write.
    /// </summary>
    private static void ReadCaseUnitsAhead(IStoreWriter writer, IReadOnlyList<long> heldCases)
    {
        if (heldCases.Count == 0 || !writer.ReadsAhead)
        {
            return;
        }

        var unitIds = writer.Table<CaseUnitRow>().FindMany(CaseUnitRow.ByCase, heldCases).Select(l => l.UnitId).Distinct().ToList();
        writer.Table<UnitRow>().ReadAhead(unitIds);
        writer.Table<EventRow>().ReadAheadMany(EventRow.ByUnit, unitIds);
    }

    /// <summary>The key a unit of work holds while it decides on a case.</summary>
    internal static string CaseKey(long caseId) => "case|" + StoreKeys.Id(caseId);

    private UnitRow InsertUnit(IStoreWriter writer, UnitIdentifier identifier, UnitDetails? details, long? ownerId, long? modelId, UnitState state, DateTimeOffset at)
    {
        var row = new UnitRow
        {
            Identifier = identifier.Value,
            IdentifierKind = identifier.Kind.ToString(),
            OwnerId = ownerId,
            ModelId = modelId,
            State = state.ToString(),
            Grade = details?.Grade,
            Bin = details?.Bin,
            Purchased = details?.Purchased,
            WarrantyUntil = details?.WarrantyUntil,
            CarePlanUntil = details?.CarePlanUntil,
            Version = 1,
            StateSince = at,
        };
        row.Id = writer.Table<UnitRow>().Insert(row);
        AddIdentifier(writer, row.Id, identifier, at);
        UnitCounts.Move(writer, null, row);
        return row;
    }

    private void AddIdentifier(IStoreWriter writer, long unitId, UnitIdentifier identifier, DateTimeOffset at)
    {
        try
        {
            writer.Table<UnitIdentifierRow>().Insert(new UnitIdentifierRow
            {
                Identifier = identifier.Value,
                UnitId = unitId,
                Kind = identifier.Kind.ToString(),
                AddedAt = at,
            });
        }
        catch (StorageException e) when (e.Failure == StorageFailure.Duplicate)
        {
            // The unique identifier index refused it: another bench made the identifier known after
            // our check. That is the conflict refusal, not a storage failure.
            throw Conflict(identifier, HolderState(identifier) ?? UnitState.None);
        }
    }

    /// <summary>The state of the unit that holds <paramref name="identifier"/>, read outside the failed unit of work.</summary>
    private UnitState? HolderState(UnitIdentifier identifier)
    {
        try
        {
            using var session = context.Store.BeginRead();
            return UnitRows.FindByIdentifier(session, identifier.Value) is { } holder ? Enum.Parse<UnitState>(holder.State) : null;
        }
        catch (StorageException)
        {
            return null;
        }
    }

    private static UnitRow UpdateState(IStoreWriter writer, UnitRow before, UnitIdentifier identifier, UnitState to, DateTimeOffset at, bool? unannounced)
    {
        var after = UnitRows.Copy(before);
        after.State = to.ToString();
        after.Version = before.Version + 1;
        after.StateSince = at;
        after.Unannounced = unannounced ?? before.Unannounced;
        if (!writer.Table<UnitRow>().UpdateIfVersion(after, before.Version))
        {
            var now = writer.Table<UnitRow>().Get(before.Id);
            throw Conflict(identifier, now is null ? Enum.Parse<UnitState>(before.State) : Enum.Parse<UnitState>(now.State));
        }

        UnitCounts.Move(writer, before, after);
        return after;
    }

    /// <summary>One requested change: the trigger, the facts its guards need, and what else to write with it.</summary>
    private sealed record Change(Trigger Trigger)
    {
        public TransitionFacts Facts { get; init; } = TransitionFacts.None;

        public Dictionary<string, string?> Details { get; init; } = [];

        public long? ExpectedVersion { get; init; }

        public long? CaseId { get; init; }

        public string? CaseTicket { get; init; }

        /// <summary>The descriptive fields when the change makes a new unit known (null: unknown owner and model).</summary>
        public UnitDetails? Creating { get; init; }

        public bool? Unannounced { get; init; }

        /// <summary>Further writes in the same unit of work (repair orders, case links, identifiers, charges).</summary>
        public Action<IStoreWriter, long>? AlsoWrite { get; init; }

        /// <summary>Further writes keyed by the step's own event (the dock's checklist), in the same unit of work.</summary>
        public Action<IStoreWriter, long>? AlsoWriteForEvent { get; init; }
    }
}
