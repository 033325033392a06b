using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

/// <summary>
/// Finds units and moves them through the lifecycle. Every change checks the lifecycle table,
/// writes the new state and its event in one unit of work, and refuses a writer whose view of the
/// unit is out of date.
/// </summary>
public sealed partial class UnitService(DepotContext context)
{
    private readonly Catalog _catalog = new(context);

    /// <summary>
    /// Reads an identifier when the unit's model is not known (a scan, a look-up): an IMEI, a serial
    /// number of the default shape, a serial number that matches the pattern some model declares,
    /// or any serial number the depot already holds (one stored before serial numbers had a shape
    /// still finds its unit; it never names a new one). Otherwise refused with the reason.
    /// </summary>
    public UnitIdentifier Identify(string text)
    {
        if (UnitIdentifier.TryParse(text, out var identifier, out var reason) || TryHeld(text, out identifier))
        {
            return identifier;
        }

        var declaring = _catalog.ModelsWithSerialPattern();
        foreach (var model in declaring)
        {
            if (UnitIdentifier.TryParse(text, out identifier, out _, model.SerialShape))
            {
                return identifier;
            }
        }

        throw RefusedException.InvalidIdentifier(text, declaring.Count == 0
            ? reason
            : $"{reason}; nor does it match the serial pattern of {string.Join(", ", declaring.Select(m => m.Sku))}");
    }

    /// <summary>
    /// Reads an identifier of a unit of <paramref name="model"/> (intake, announce with its model, a case opened with its device):
    /// an IMEI, or a serial number of the model's declared pattern (else of the default shape).
    /// A serial number the depot already holds finds its unit whatever its shape. Otherwise refused
    /// with the reason, which names the model and its pattern.
    /// </summary>
    public UnitIdentifier Identify(string text, DeviceModel model)
    {
        var shape = model.SerialShape;
        if (UnitIdentifier.TryParse(text, out var identifier, out var reason, shape) || TryHeld(text, out identifier))
        {
            return identifier;
        }

        throw shape.IsDeclared
            ? RefusedException.SerialNotOfModel(text, reason, shape.Model, shape.Pattern)
            : RefusedException.InvalidIdentifier(text, reason);
    }

    /// <summary>The unit known by <paramref name="text"/> or any identifier it ever had; null when unknown.</summary>
    public Unit? Find(string text) => Find(Identify(text));

    /// <summary>The unit known by <paramref name="identifier"/> now or in the past; null when unknown.</summary>
    public Unit? Find(UnitIdentifier identifier) => Find(identifier, readAhead: null);

    /// <summary>
    /// <see cref="Find(UnitIdentifier)"/> for a receipt: the rows the receipt decides on next (the
    /// unit's events, case links and vouchers, the settings) are asked for with the unit itself,
    /// so a server answers them in the same round trip.
    /// </summary>
    private Unit? FindForReceipt(UnitIdentifier identifier) => Find(identifier, (s, unitId) =>
    {
        s.Table<EventRow>().ReadAhead(EventRow.ByUnit, unitId);
        s.Table<CaseUnitRow>().ReadAhead(CaseUnitRow.ByUnit, unitId);
        s.Table<SettingRow>().ReadAheadAll();
        if (identifier.Kind == IdentifierKind.Imei)
        {
            s.Table<VoucherRow>().ReadAhead(VoucherRow.ByImei, identifier.Value);
        }
    });

    /// <summary>The identifier's unit; <paramref name="readAhead"/> names, once its id is known, what the caller reads next.</summary>
    private Unit? Find(UnitIdentifier identifier, Action<IStoreSession, long>? readAhead) => context.Read(s =>
    {
        if (s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier.Value) is not { } known)
        {
            return null;
        }

        readAhead?.Invoke(s, known.UnitId);
        return s.Table<UnitRow>().Get(known.UnitId) is { } row ? UnitRows.ToUnit(row, new CatalogLookup(s, context.Codes)) : null;
    });

    /// <summary>The unit known by <paramref name="text"/>, or a refusal saying it is unknown.</summary>
    public Unit Require(string text)
    {
        var identifier = Identify(text);
        return Find(identifier) ?? throw RefusedException.UnknownUnit(identifier.ToString());
    }

    public Unit? FindById(long id) => context.Read(s =>
        s.Table<UnitRow>().Get(id) is { } row ? UnitRows.ToUnit(row, new CatalogLookup(s, context.Codes)) : null);

    /// <summary>Every identifier the unit ever had, oldest first (the current one last among equals).</summary>
    public IReadOnlyList<string> Identifiers(long unitId) => context.Read(s =>
    {
        var current = s.Table<UnitRow>().Get(unitId)?.Identifier;
        return s.Table<UnitIdentifierRow>().Find(UnitIdentifierRow.ByUnit, unitId)
            .OrderBy(i => i.AddedAt)
            .ThenBy(i => i.Identifier == current)
            .ThenBy(i => i.Identifier, StringComparer.Ordinal)
            .Select(i => i.Identifier)
            .ToList();
    });

    /// <summary>The unit's full audit trail, oldest first.</summary>
    public IReadOnlyList<UnitEvent> History(long unitId) => context.Read(s =>
    {
        var tickets = new Dictionary<long, string?>();
        string? Ticket(long? caseId)
        {
            if (caseId is not { } id)
            {
                return null;
            }

            if (!tickets.TryGetValue(id, out var ticket))
            {
                ticket = s.Table<CaseRow>().Get(id)?.Ticket;
                tickets[id] = ticket;
            }

            return ticket;
        }

        return s.Table<EventRow>().Find(EventRow.ByUnit, unitId)
            .OrderBy(e => e.Id)
            .Select(e => ToEvent(e, Ticket(e.CaseId)))
            .ToList();
    });

    internal static UnitEvent ToEvent(EventRow row, string? caseTicket) => new(
        row.Id,
        row.UnitId,
        row.At,
        row.Operator,
        Enum.Parse<Trigger>(row.Trigger),
        row.FromState is null ? UnitState.None : Enum.Parse<UnitState>(row.FromState),
        Enum.Parse<UnitState>(row.ToState),
        caseTicket,
        InKeyOrder(row.Details));

    /// <summary>
    /// An event's details in key order: the order they were written in is not kept by every engine
    /// (PostgreSQL's jsonb sorts keys its own way), and what a depot shows must not depend on its engine.
    /// </summary>
    internal static IReadOnlyDictionary<string, string> InKeyOrder(IDictionary<string, string>? details) =>
        details is null ? new SortedDictionary<string, string>(StringComparer.Ordinal) : new SortedDictionary<string, string>(details, StringComparer.Ordinal);

    /// <summary>Whether <paramref name="text"/> is a serial number (of any shape, digits too) that the depot holds.</summary>
    private bool TryHeld(string text, out UnitIdentifier identifier)
    {
        if (!UnitIdentifier.TryParseSerial(text, out identifier, out _, SerialShape.Stored))
        {
            return false;
        }

        var serial = identifier.Value;
        return context.Read(s => UnitRows.FindByIdentifier(s, serial)) is not null;
    }

    private static ConcurrencyException Conflict(UnitIdentifier identifier, UnitState now) => new(identifier.ToString(), now);
}
