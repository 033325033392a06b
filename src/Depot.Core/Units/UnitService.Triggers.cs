using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

// One method per lifecycle trigger. Each validates its input, then hands a Change to Apply.
public sealed partial class UnitService
{
    /// <summary>
    /// New swap stock bought by its owner enters the pool as Available. A serial number must be of
    /// the model's declared pattern (else of the default shape).
    /// </summary>
    public UnitEvent Intake(string identifierText, UnitDetails details)
    {
        RequireGrade(details.Grade);
        _catalog.RequireOwner(details.OwnerCode);
        var identifier = Identify(identifierText, _catalog.RequireModel(details.ModelSku));
        var unit = Find(identifier);
        return Apply(unit, identifier, new Change(Trigger.Intake) { Creating = details with { Grade = details.Grade ?? "A" } });
    }

    /// <summary>
    /// A case expects this unit back. An unknown unit becomes known with the case's owner and the
    /// given model (a serial number of the model's declared pattern); a known unit must belong to
    /// the case's owner.
    /// </summary>
    public UnitEvent Announce(string identifierText, string ticket, string? modelSku = null, string? ownerCode = null, long? expectedVersion = null)
    {
        var model = modelSku is null ? null : _catalog.RequireModel(modelSku);
        var identifier = model is null ? Identify(identifierText) : Identify(identifierText, model);
        var cases = new CaseService(context);
        var serviceCase = cases.Require(ticket);
        if (ownerCode is not null && !string.Equals(_catalog.RequireOwner(ownerCode).Code, serviceCase.OwnerCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new RefusedException($"case {serviceCase.Ticket} belongs to {serviceCase.OwnerCode}, not {ownerCode}");
        }

        var unit = Find(identifier);
        UnitDetails? creating = null;
        if (unit is null)
        {
            if (model is null)
            {
                throw new RefusedException($"{identifier} is new to the depot: give its model (--model SKU)");
            }

            creating = new UnitDetails(serviceCase.OwnerCode, model.Sku, Grade: null);
        }
        else
        {
            RequireSameOwner(unit, serviceCase);
        }

        return Apply(unit, identifier, new Change(Trigger.Announce)
        {
            Creating = creating,
            CaseId = serviceCase.Id,
            CaseTicket = serviceCase.Ticket,
            ExpectedVersion = expectedVersion,
            AlsoWrite = (w, unitId) => cases.Link(w, serviceCase.Id, unitId, "defective"),
        });
    }

    /// <summary>
    /// Scanned in at the dock. An announced unit is Received for its case; a known unit with a user
    /// arrives unannounced; an unknown identifier goes to Quarantine. A unit back inside the repair
    /// warranty of its last repair is marked a repeat repair with that repair in the event. A unit
    /// already Received (or in Quarantine) is refused with <see cref="RefusalCode.AlreadyInState"/>.
    /// </summary>
    public UnitEvent Receive(string identifierText, string? ticket = null, long? expectedVersion = null) =>
        Receive(identifierText, ticket, expectedVersion, alsoWriteForReceipt: null).Event;

    /// <summary>
    /// As <see cref="Receive(string, string?, long?)"/>, with <paramref name="alsoWriteForReceipt"/>
    /// (given the receipt's event id) written in the same unit of work, so the receipt and what is
    /// recorded with it (the dock's checklist) are saved together or not at all. Returns the unit,
    /// case and coverage the receipt was decided on, without reading them again.
    /// </summary>
    internal UnitReceipt Receive(string identifierText, string? ticket, long? expectedVersion, Action<IStoreWriter, long>? alsoWriteForReceipt)
    {
        var cases = new CaseService(context);

        // What the receipt is decided on is read from one view of the depot (one transaction on a server);
        // the unit of work then checks the unit's version against it.
        var (identifier, unit, serviceCase, unannounced, covered, details) = context.ReadTogether(() =>
        {
            var identifier = Identify(identifierText);
            var unit = FindForReceipt(identifier);
            // Received and Quarantine are where a receive leaves a unit: a second scan changes nothing.
            if (unit?.State is UnitState.Received or UnitState.Quarantine)
            {
                throw RefusedException.AlreadyInState(identifier.ToString(), unit.State, Trigger.Receive, Calendar.DepotCalendar.For(context).Shown(unit.StateSince));
            }

            ServiceCase? serviceCase = null;
            if (unit is not null)
            {
                serviceCase = ticket is not null ? cases.Require(ticket)
                    : unit.State == UnitState.Announced ? cases.CurrentCaseOf(unit.Id)
                    : null;
                if (serviceCase is not null)
                {
                    RequireSameOwner(unit, serviceCase);
                }
            }

            var unannounced = unit?.State == UnitState.WithUser && serviceCase is null;
            var coverage = new Coverage.CoverageService(context);
            var today = coverage.LocalToday();
            var last = unit is null ? null : coverage.LastRepair(unit, today);
            var repeat = last is not null && last.Covers(today) ? last : null;
            var covered = unit is null ? coverage.OfUnknown(identifier, today) : coverage.On(unit, today, last);
            var details = new Dictionary<string, string?>
            {
                ["unannounced"] = unannounced ? "true" : null,
                ["ticket"] = unit is null ? ticket : null,
                ["coverage"] = unit is null ? null : covered.Describe(),
            };
            foreach (var (key, value) in repeat?.ReceiptDetails() ?? [])
            {
                details[key] = value;
            }

            return (identifier, unit, serviceCase, unannounced, covered, details);
        });

        var (step, row) = Step(unit, identifier, new Change(Trigger.Receive)
        {
            CaseId = serviceCase?.Id,
            CaseTicket = serviceCase?.Ticket,
            ExpectedVersion = expectedVersion,
            Unannounced = unit is null ? null : unannounced,
            Details = details,
            AlsoWrite = serviceCase is null ? null : (w, unitId) =>
            {
                cases.Link(w, serviceCase.Id, unitId, "defective");
                new CaseHooks(context).Received(w, serviceCase.Id, unitId);
            },
            AlsoWriteForEvent = alsoWriteForReceipt,
        });

        // A receipt changes neither the unit's owner nor its model: they are named as they were read.
        var received = new Unit(row.Id, unit?.Identifier ?? identifier, unit?.OwnerCode, unit?.ModelSku, step.To, row.Grade, row.Bin,
            row.Purchased, row.WarrantyUntil, row.CarePlanUntil, row.Unannounced, row.Version, row.StateSince);
        return new UnitReceipt(step, received, serviceCase, covered);
    }

    /// <summary>
    /// Triage is done: a quarantined unit's owner and model are known now. A unit known by a serial
    /// number goes only to a model whose declared pattern (if any) that serial matches.
    /// </summary>
    public UnitEvent Release(string identifierText, string ownerCode, string modelSku, long? expectedVersion = null)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        var owner = _catalog.RequireOwner(ownerCode);
        var model = _catalog.RequireModel(modelSku);
        if (model.SerialShape is { IsDeclared: true } shape && unit.Identifier.Kind == IdentifierKind.Serial && !shape.Fits(unit.Identifier.Value))
        {
            throw RefusedException.SerialNotOfModel(unit.Identifier.Value, $"not {shape.Description}: release it to the model it is a serial number of",
                shape.Model, shape.Pattern);
        }

        return Apply(unit, identifier, new Change(Trigger.Release)
        {
            ExpectedVersion = expectedVersion,
            Details = { ["owner"] = owner.Code, ["model"] = model.Sku },
            AlsoWrite = (w, unitId) => UnitRows.Change(w, unitId, row =>
            {
                row.OwnerId = owner.Id;
                row.ModelId = model.Id;
                row.Grade ??= "A";
            }),
        });
    }

    /// <summary>
    /// Records the inspection outcome. NotCovered needs a reason and a quote; on a unit that
    /// warranty, care plan, voucher or repair warranty covers today it also needs <paramref name="confirmNotCovered"/>.
    /// The inspection of a repeat repair is marked as its receipt was.
    /// </summary>
    public UnitEvent Inspect(string identifierText, InspectionOutcome outcome, NotCoveredReason? reason = null, Money? quote = null, string? note = null, long? expectedVersion = null, bool confirmNotCovered = false)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        if (outcome == InspectionOutcome.NotCovered && (reason is null || quote is null))
        {
            throw new RefusedException($"{identifier}: NotCovered needs a reason (cosmetic, liquid, tamper, misuse, wear) and a quote amount");
        }

        var (coverage, repeat) = new Coverage.CoverageService(context).TodayAndRepeat(unit);
        if (outcome == InspectionOutcome.NotCovered && coverage.Covered && !confirmNotCovered)
        {
            throw new RefusedException($"{identifier} is covered today ({coverage.Describe()}): confirm the NotCovered outcome explicitly (--confirm-not-covered)");
        }

        if (quote is { Amount: <= 0 })
        {
            throw new RefusedException($"{identifier}: a quote must be more than zero, got {quote}");
        }

        var change = new Change(Trigger.Inspect)
        {
            Facts = new TransitionFacts { Inspection = outcome },
            ExpectedVersion = expectedVersion,
            Details =
            {
                ["outcome"] = outcome.ToString(),
                ["reason"] = outcome == InspectionOutcome.NotCovered ? reason?.ToString() : null,
                ["quote"] = outcome == InspectionOutcome.NotCovered ? quote?.ToString() : null,
                ["note"] = note,
                ["coverage"] = coverage.Describe(),
                ["confirmed_not_covered"] = outcome == InspectionOutcome.NotCovered && coverage.Covered ? "true" : null,
            },
        };

        // A repeat repair is inspected as one: the inspection carries the receipt's mark and the repair it came back inside of.
        foreach (var (key, value) in repeat?.ReceiptDetails() ?? [])
        {
            change.Details[key] = value;
        }

        return Apply(unit, identifier, change);
    }

    /// <summary>The customer accepted the quote; the case is charged the quote.</summary>
    public UnitEvent Approve(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Approve, expectedVersion, new CaseHooks(context).Approved, ("note", note));

    /// <summary>The customer declined the quote; the unit goes back to its user and the case is charged the diagnostic fee.</summary>
    public UnitEvent Decline(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Decline, expectedVersion, new CaseHooks(context).Declined, ("note", note));

    /// <summary>Sends the unit to a repair partner under a new repair order.</summary>
    public UnitEvent SendToPartner(string identifierText, string partner, string? note = null, long? expectedVersion = null)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        if (string.IsNullOrWhiteSpace(partner))
        {
            throw new RefusedException($"{identifier}: name the repair partner (--partner CODE)");
        }

        // Only a partner of the catalog, under the catalog's spelling: "nordrep" is NORDREP.
        partner = new Partners.PartnerCatalog(context).Require(partner).Code;

        var serviceCase = new CaseService(context).CurrentCaseOf(unit.Id);
        var sent = context.Read(s => s.Table<EventRow>().Find(EventRow.ByUnit, unit.Id).Count(e => e.Trigger == nameof(Trigger.SendToPartner)));
        var orderNo = $"RO-{unit.Id:D6}-{sent + 1}";
        return Apply(unit, identifier, new Change(Trigger.SendToPartner)
        {
            ExpectedVersion = expectedVersion,
            CaseId = serviceCase?.Id,
            CaseTicket = serviceCase?.Ticket,
            Details = { ["partner"] = partner, ["order"] = orderNo, ["note"] = note },
            AlsoWrite = (w, unitId) => w.Table<RepairOrderRow>().Insert(new RepairOrderRow
            {
                OrderNo = orderNo,
                UnitId = unitId,
                CaseId = serviceCase?.Id,
                Partner = partner,
                SentAt = context.StoredNow(),
                Note = note,
            }),
        });
    }

    /// <summary>
    /// Records what the partner did. A board swap gives the unit a new IMEI; the old one still finds it.
    /// </summary>
    public UnitEvent PartnerResult(string identifierText, PartnerOutcome outcome, string? newImei = null, Money? quote = null, string? note = null, long? expectedVersion = null)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        UnitIdentifier? replacement = null;
        if (!string.IsNullOrWhiteSpace(newImei))
        {
            if (!Imei.TryParse(newImei, out var imei, out var reason))
            {
                throw new RefusedException($"new IMEI \"{newImei.Trim()}\": {reason}");
            }

            replacement = new UnitIdentifier(imei.Value, IdentifierKind.Imei);
            if (Find(replacement.Value) is { } holder && holder.Id != unit.Id)
            {
                throw new RefusedException($"new IMEI {imei} already belongs to another unit (state {holder.State})");
            }

            if (outcome is not (PartnerOutcome.Repaired or PartnerOutcome.NoFaultFound))
            {
                throw new RefusedException($"{identifier}: a new IMEI comes only with a Repaired result");
            }
        }

        if (outcome == PartnerOutcome.QuoteNeeded && quote is null)
        {
            throw new RefusedException($"{identifier}: a QuoteNeeded result needs the quote amount");
        }

        var order = OpenRepairOrder(unit.Id);
        return Apply(unit, identifier, new Change(Trigger.PartnerResult)
        {
            Facts = new TransitionFacts { PartnerOutcome = outcome },
            ExpectedVersion = expectedVersion,
            Details =
            {
                ["outcome"] = outcome.ToString(),
                ["order"] = order,
                ["new_imei"] = replacement?.Value,
                ["quote"] = quote?.ToString(),
                ["note"] = note,
            },
            AlsoWrite = (w, unitId) =>
            {
                if (order is not null && w.Table<RepairOrderRow>().FindOne(RepairOrderRow.ByOrderNo, order) is { } row)
                {
                    row.Result = outcome.ToString();
                    row.CompletedAt = context.StoredNow();
                    row.QuoteAmount = quote?.Amount;
                    row.QuoteCurrency = quote?.Currency;
                    row.Note = note ?? row.Note;
                    w.Table<RepairOrderRow>().Update(row);
                }

                if (replacement is { } r && r.Value != unit.Identifier.Value)
                {
                    var holder = UnitRows.FindByIdentifier(w, r.Value);
                    if (holder is null)
                    {
                        AddIdentifier(w, unitId, r, context.StoredNow());
                    }
                    else if (holder.Id != unitId)
                    {
                        // Another bench gave this IMEI to another unit since the check above.
                        throw new RefusedException($"new IMEI {r} already belongs to another unit (state {holder.State})");
                    }

                    UnitRows.Change(w, unitId, u =>
                    {
                        u.Identifier = r.Value;
                        u.IdentifierKind = nameof(IdentifierKind.Imei);
                    });
                }
            },
        });
    }

    /// <summary>
    /// The unit passed quality check: back to the pool when the owner's policy is pool and it was
    /// not a repair-only case, otherwise on its way back to the user.
    /// </summary>
    public UnitEvent PassQc(string identifierText, string? note = null, long? expectedVersion = null)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        return Apply(unit, identifier, new Change(Trigger.PassQc)
        {
            Facts = new TransitionFacts { ReturnsToPool = ReturnsToPool(unit) },
            ExpectedVersion = expectedVersion,
            Details = { ["note"] = note },
        });
    }

    /// <summary>The unit failed quality check and goes back to repair.</summary>
    public UnitEvent FailQc(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.FailQc, expectedVersion, ("note", note));

    /// <summary>Sets a pool unit aside for a case of the same owner (never another owner's stock).</summary>
    public UnitEvent Reserve(string identifierText, string ticket, long? expectedVersion = null, string? note = null)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        var cases = new CaseService(context);
        var serviceCase = cases.Require(ticket);
        RequireSameOwner(unit, serviceCase);
        return Apply(unit, identifier, new Change(Trigger.Reserve)
        {
            ExpectedVersion = expectedVersion,
            CaseId = serviceCase.Id,
            CaseTicket = serviceCase.Ticket,
            Details = { ["note"] = note },
            AlsoWrite = (w, unitId) => cases.Link(w, serviceCase.Id, unitId, "swap"),
        });
    }

    /// <summary>Cancels a reservation; the unit goes back to the pool.</summary>
    public UnitEvent Unreserve(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Unreserve, expectedVersion, ("note", note));

    /// <summary>The unit leaves the depot for an end user; a swap unit's case gets its ship and return due dates.</summary>
    public UnitEvent Ship(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Ship, expectedVersion, new CaseHooks(context).Shipped, ("note", note));

    /// <summary>Reconciliation could not find the unit.</summary>
    public UnitEvent MarkLost(string identifierText, string reason, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.MarkLost, expectedVersion, ("reason", RequireReason(reason, "lost")));

    /// <summary>A lost unit turned up; it goes to quarantine for triage.</summary>
    public UnitEvent Found(string identifierText, string? note = null, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Found, expectedVersion, ("note", note));

    /// <summary>Scraps the unit by hand, with a reason.</summary>
    public UnitEvent Scrap(string identifierText, string reason, long? expectedVersion = null) =>
        Simple(identifierText, Trigger.Scrap, expectedVersion, ("reason", RequireReason(reason, "scrapped")));

    /// <summary>Whether a unit passing QC now would go back to its owner's pool.</summary>
    public bool ReturnsToPool(Unit unit)
    {
        var owner = unit.OwnerCode is null ? null : _catalog.FindOwner(unit.OwnerCode);
        var serviceCase = new CaseService(context).CurrentCaseOf(unit.Id);
        return owner?.Policy == OwnerPolicy.Pool && serviceCase?.Kind != CaseKind.Repair;
    }

    private UnitEvent Simple(string identifierText, Trigger trigger, long? expectedVersion, params (string Key, string? Value)[] details) =>
        Simple(identifierText, trigger, expectedVersion, null, details);

    private UnitEvent Simple(string identifierText, Trigger trigger, long? expectedVersion, Action<IStoreWriter, long>? alsoWrite, params (string Key, string? Value)[] details)
    {
        var (unit, identifier) = RequireWithIdentifier(identifierText);
        var change = new Change(trigger) { ExpectedVersion = expectedVersion, AlsoWrite = alsoWrite };
        foreach (var (key, value) in details)
        {
            change.Details[key] = value;
        }

        return Apply(unit, identifier, change);
    }

    private (Unit Unit, UnitIdentifier Identifier) RequireWithIdentifier(string identifierText)
    {
        var identifier = Identify(identifierText);
        var unit = Find(identifier) ?? throw RefusedException.UnknownUnit(identifier.ToString());
        return (unit, identifier);
    }

    /// <summary>The number of the unit's latest repair order still waiting for its result, if any.</summary>
    private string? OpenRepairOrder(long unitId) => context.Read(s =>
        s.Table<RepairOrderRow>().Find(RepairOrderRow.ByUnit, unitId).Where(o => o.Result is null).MaxBy(o => o.Id)?.OrderNo);

    private static void RequireSameOwner(Unit unit, ServiceCase serviceCase)
    {
        if (!string.Equals(unit.OwnerCode, serviceCase.OwnerCode, StringComparison.OrdinalIgnoreCase))
        {
            throw new RefusedException(
                $"{unit.Identifier} belongs to {unit.OwnerCode ?? "no owner yet"}, case {serviceCase.Ticket} to {serviceCase.OwnerCode}: one owner's stock never serves another owner's case");
        }
    }

    private static void RequireGrade(string? grade)
    {
        if (grade is not (null or "A" or "B" or "C"))
        {
            throw new RefusedException($"grade is A, B or C, got \"{grade}\"");
        }
    }

    private static string RequireReason(string? reason, string what) =>
        string.IsNullOrWhiteSpace(reason) ? throw new RefusedException($"say why the unit is {what} (--reason TEXT)") : reason.Trim();
}
