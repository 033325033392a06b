using System.Globalization;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Generation;

// One unit's journey: a weighted walk through the lifecycle table.
public sealed partial class VolumeGenerator
{
    private static readonly string[] Partners = ["FIXIT", "CELLCARE", "BOARDWORKS", "REPAIRHUB"];
    private static readonly string[] Faults = ["does not charge", "cracked screen", "no network", "battery drains", "scanner fails", "water damage", "buttons stuck"];
    private static readonly string[] Reasons = ["Cosmetic", "Liquid", "Tamper", "Misuse", "Wear"];

    private readonly List<JourneyStep> _steps = [];
    private readonly List<(long CaseId, string Role)> _links = [];
    private readonly List<PlannedOrder> _orders = [];
    private readonly List<(string Identifier, long Ticks)> _swapped = [];
    private readonly List<CaseKind> _cases = [];
    private string[] _ownerCodes = [];
    private bool[] _ownerPools = [];
    private string[] _modelSkus = [];
    private bool[] _modelSerialOnly = [];
    private long[] _modelCounters = [];
    private long[] _swapCounters = [];
    private Queue<long>[] _needsSwap = [];
    private long[] _latestCase = [];
    private long _events;
    private long _aliases;
    private long _repairOrders;

    private void WriteUnit(VolumeWriter writer, int index)
    {
        _steps.Clear();
        _links.Clear();
        _orders.Clear();
        _swapped.Clear();

        var unitId = index + 1L;
        var owner = Skewed(_options.Owners, 1.5);
        // An owner's fleet is a handful of models, not the whole catalogue; the windows overlap so every model is used.
        var window = Math.Clamp(_options.Models * 4 / _options.Owners, 1, _options.Models);
        var model = (int)((long)owner * _options.Models / _options.Owners + Skewed(window, 1.5)) % _options.Models;
        var serialOnly = _modelSerialOnly[model];
        var original = serialOnly ? SyntheticIdentifiers.Serial(model + 1, _modelCounters[model]++) : SyntheticIdentifiers.Imei(model, _modelCounters[model]++);
        var identifier = original;

        var until = _options.Until.UtcTicks;
        var history = TimeSpan.FromDays(730).Ticks;
        var t = until - history + (long)(_random.NextDouble() * (history - TimeSpan.FromDays(60).Ticks));
        var length = _random.Next(2, 18);
        // Most units of a depot are at rest (with a user, on the shelf, scrapped); a journey that
        // reaches its length mid-repair usually goes on to the next resting state.
        var settles = _random.NextDouble() < 0.8;

        var state = UnitState.None;
        var known = true;
        string? grade = null, bin = null;
        DateOnly? purchased = null;
        var unannounced = false;
        long currentCase = 0;

        while (_steps.Count < length || (settles && !AtRest(state) && _steps.Count < length + 16))
        {
            var option = Choose(state, owner, currentCase);
            if (option is null)
            {
                break;
            }

            t += TimeSpan.TicksPerHour + (long)(_random.NextDouble() * 71 * TimeSpan.TicksPerHour);
            if (t > until)
            {
                break;
            }

            var step = new JourneyStep { Trigger = option.Trigger, From = state, To = option.To, AtTicks = t };
            switch (option.Trigger)
            {
                case Trigger.Intake:
                    grade = _random.NextDouble() switch { < 0.7 => "A", < 0.95 => "B", _ => "C" };
                    bin = $"B{owner + 1:D2}-{_random.Next(1, 400):D3}";
                    purchased = DateOnly.FromDateTime(new DateTime(t - _random.Next(0, 300) * TimeSpan.TicksPerDay, DateTimeKind.Utc));
                    break;
                case Trigger.Announce:
                {
                    var announced = CaseFor(writer, index, owner, t, PickKind());
                    if (_cases[(int)announced - 1] != CaseKind.Repair && !_links.Exists(l => l.CaseId == announced))
                    {
                        _needsSwap[owner].Enqueue(announced);
                    }

                    currentCase = Math.Max(currentCase, announced);
                    _links.Add((announced, "defective"));
                    step.CaseId = announced;
                    break;
                }

                case Trigger.Receive when state == UnitState.None:
                    known = false;
                    break;
                case Trigger.Receive when state == UnitState.Announced:
                    unannounced = false;
                    step.CaseId = currentCase;
                    break;
                case Trigger.Receive:
                    unannounced = true;
                    step.Details = Details(("unannounced", "true"));
                    break;
                case Trigger.Release:
                    known = true;
                    grade ??= "A";
                    step.Details = Details(("owner", _ownerCodes[owner]), ("model", _modelSkus[model]));
                    break;
                case Trigger.Inspect:
                    step.Details = InspectionDetails(option.Facts.Inspection!.Value);
                    break;
                case Trigger.SendToPartner:
                {
                    var order = $"RO-{unitId:D6}-{_orders.Count + 1}";
                    var partner = Partners[_random.Next(Partners.Length)];
                    _orders.Add(new PlannedOrder(order, currentCase, partner, t));
                    step.CaseId = currentCase;
                    step.Details = Details(("partner", partner), ("order", order));
                    break;
                }

                case Trigger.PartnerResult:
                    step.Details = PartnerDetails(option.Facts.PartnerOutcome!.Value, t, model, serialOnly, ref identifier);
                    break;
                case Trigger.Reserve:
                    var reserved = _needsSwap[owner].Count > 0 ? _needsSwap[owner].Dequeue() : CaseFor(writer, index, owner, t, CaseKind.Swap);
                    currentCase = Math.Max(currentCase, reserved);
                    _links.Add((reserved, "swap"));
                    step.CaseId = reserved;
                    break;
                case Trigger.MarkLost:
                    step.Details = Details(("reason", "not found at cycle count"));
                    break;
                case Trigger.Scrap:
                    step.Details = Details(("reason", "beyond economic repair"));
                    break;
            }

            _steps.Add(step);
            state = option.To;
        }

        WriteRows(writer, new UnitRow
        {
            Id = unitId,
            Identifier = identifier,
            IdentifierKind = identifier == original && serialOnly ? nameof(IdentifierKind.Serial) : nameof(IdentifierKind.Imei),
            OwnerId = known ? owner + 1 : null,
            ModelId = known ? model + 1 : null,
            State = state.ToString(),
            Grade = grade,
            Bin = bin,
            Purchased = purchased,
            WarrantyUntil = purchased?.AddYears(1),
            Unannounced = unannounced,
            Version = _steps.Count,
            StateSince = At(_steps[^1].AtTicks),
        }, original, serialOnly);
    }

    /// <summary>Picks the next step among the options the table gives, by weight.</summary>
    private JourneyOption? Choose(UnitState state, int owner, long currentCase)
    {
        var options = JourneyTable.ByState[state];
        var returnsToPool = _ownerPools[owner] && (currentCase == 0 || _cases[(int)currentCase - 1] != CaseKind.Repair);
        var total = 0.0;
        foreach (var option in options)
        {
            total += Eligible(option, returnsToPool) ? option.Weight : 0;
        }

        var draw = _random.NextDouble() * total;
        foreach (var option in options)
        {
            if (Eligible(option, returnsToPool) && (draw -= option.Weight) <= 0)
            {
                return option;
            }
        }

        return null;
    }

    private static bool AtRest(UnitState state) =>
        state is UnitState.WithUser or UnitState.Available or UnitState.Scrapped or UnitState.Lost;

    private static bool Eligible(JourneyOption option, bool returnsToPool) =>
        option.Trigger != Trigger.PassQc || option.Facts.ReturnsToPool == returnsToPool;

    /// <summary>
    /// The case a step joins. New cases are opened at the pace that spreads the case budget over all
    /// units; past that pace a unit joins its owner's latest case, as a business customer sends a
    /// batch of devices under one ticket.
    /// </summary>
    private long CaseFor(VolumeWriter writer, int index, int owner, long ticks, CaseKind kind)
    {
        var due = (long)_cases.Count * _options.Units < (long)_options.CaseBudget * (index + 1);
        if (due || _latestCase[owner] == 0)
        {
            _latestCase[owner] = NewCase(writer, owner, ticks, kind);
        }

        return _latestCase[owner];
    }

    private long NewCase(VolumeWriter writer, int owner, long ticks, CaseKind kind)
    {
        _cases.Add(kind);
        var id = (long)_cases.Count;
        var opened = At(ticks - (long)(_random.NextDouble() * 48 * TimeSpan.TicksPerHour));
        writer.Cases.Add(new CaseRow
        {
            Id = id,
            Ticket = $"T{id:D7}",
            OwnerId = owner + 1,
            Kind = kind.ToString().ToLowerInvariant(),
            OpenedAt = opened,
            Customer = $"Customer {id}",
            Phone = $"+49 30 {id % 10_000_000:D7}",
            Email = $"user{id}@example.com",
            Address = $"{id % 200 + 1} Main Street",
            Fault = Faults[_random.Next(Faults.Length)],
            ReportedAt = opened,
        });
        return id;
    }

    private CaseKind PickKind() => _random.NextDouble() switch { < 0.80 => CaseKind.Swap, < 0.95 => CaseKind.Repair, _ => CaseKind.Loan };

    private Dictionary<string, string> InspectionDetails(InspectionOutcome outcome) => outcome == InspectionOutcome.NotCovered
        ? Details(("outcome", nameof(InspectionOutcome.NotCovered)), ("reason", Reasons[_random.Next(Reasons.Length)]), ("quote", Quote() + " EUR"))
        : Details(("outcome", outcome.ToString()));

    private Dictionary<string, string> PartnerDetails(PartnerOutcome outcome, long ticks, int model, bool serialOnly, ref string identifier)
    {
        var order = _orders.Count > 0 ? _orders[^1] : null;
        string? newImei = null, quote = null;
        if (outcome == PartnerOutcome.QuoteNeeded)
        {
            quote = Quote();
        }
        else if (outcome == PartnerOutcome.Repaired && !serialOnly && _random.NextDouble() < 0.2)
        {
            newImei = SyntheticIdentifiers.SwappedImei(model, _swapCounters[model]++);
            _swapped.Add((newImei, ticks));
            identifier = newImei;
        }

        if (order is not null)
        {
            _orders[^1] = order with { Result = outcome.ToString(), CompletedTicks = ticks, Quote = quote };
        }

        return Details(("outcome", outcome.ToString()), ("order", order?.OrderNo), ("new_imei", newImei), ("quote", quote is null ? null : quote + " EUR"));
    }

    // The event details as UnitService writes them: empty values left out.
    private static Dictionary<string, string> Details(params (string Key, string? Value)[] pairs)
    {
        var details = new Dictionary<string, string>(pairs.Length);
        foreach (var (key, value) in pairs)
        {
            if (value is not null)
            {
                details[key] = value;
            }
        }

        return details;
    }

    private string Quote() => (39 + _random.Next(0, 30) * 10).ToString(CultureInfo.InvariantCulture) + ".00";

    private int Skewed(int count, double exponent) => Math.Min(count - 1, (int)(count * Math.Pow(_random.NextDouble(), exponent)));

    private static DateTimeOffset At(long ticks) => new(ticks, TimeSpan.Zero);

    private sealed record PlannedOrder(string OrderNo, long CaseId, string Partner, long SentTicks)
    {
        public string? Result { get; init; }

        public long? CompletedTicks { get; init; }

        public string? Quote { get; init; }
    }
}
