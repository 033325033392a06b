using System.CommandLine;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Tui.Cli;

/// <summary>One verb per lifecycle trigger. Each prints the step it took: "IMEI: From -Trigger-> To".</summary>
internal static class TriggerVerbs
{
    private static readonly Dictionary<string, InspectionOutcome> InspectionOutcomes = new()
    {
        ["nff"] = InspectionOutcome.NoFaultFound,
        ["covered"] = InspectionOutcome.CoveredFault,
        ["not-covered"] = InspectionOutcome.NotCovered,
        ["ber"] = InspectionOutcome.BeyondRepair,
    };

    private static readonly Dictionary<string, PartnerOutcome> PartnerOutcomes = new()
    {
        ["repaired"] = PartnerOutcome.Repaired,
        ["nff"] = PartnerOutcome.NoFaultFound,
        ["ber"] = PartnerOutcome.BeyondRepair,
        ["quote"] = PartnerOutcome.QuoteNeeded,
    };

    public static void AddTo(RootCommand root)
    {
        var model = new Option<string>("--model") { Description = "Model SKU" };
        var owner = new Option<string>("--owner") { Description = "Owner code" };
        var note = new Option<string?>("--note") { Description = "A note for the history" };

        var requiredModel = new Option<string>("--model") { Description = "Model SKU", Required = true };
        var requiredOwner = new Option<string>("--owner") { Description = "Owner code", Required = true };
        var grade = new Option<string>("--grade") { Description = "A, B or C", DefaultValueFactory = _ => "A" };
        grade.AcceptOnlyFromAmong("A", "B", "C");
        var bin = new Option<string?>("--bin") { Description = "Shelf bin" };
        Add(root, Verb.Command("intake", "New swap stock enters the pool (Intake)", requiredModel, requiredOwner, grade, bin),
            (p, i, units) => units.Intake(i, new UnitDetails(p.GetValue(requiredOwner)!, p.GetValue(requiredModel)!, p.GetValue(grade), p.GetValue(bin))));

        var caseTicket = new Option<string>("--case") { Description = "Case ticket", Required = true };
        Add(root, Verb.Command("announce", "A case expects this unit back (Announce)", caseTicket, model, owner),
            (p, i, units) => units.Announce(i, p.GetValue(caseTicket)!, p.GetValue(model), p.GetValue(owner)));

        var optionalCase = new Option<string?>("--case") { Description = "Case ticket" };
        Add(root, Verb.Command("receive", "Scanned in at the dock (Receive)", optionalCase),
            (p, i, units) => units.Receive(i, p.GetValue(optionalCase)));

        Add(root, Verb.Command("release", "Triage done: owner and model known (Release)", requiredOwner, requiredModel),
            (p, i, units) => units.Release(i, p.GetValue(requiredOwner)!, p.GetValue(requiredModel)!));

        var outcome = new Option<string>("--outcome") { Description = "nff, covered, not-covered or ber", Required = true };
        outcome.AcceptOnlyFromAmong([.. InspectionOutcomes.Keys]);
        var reason = EnumOption.CreateNullable<NotCoveredReason>("--reason", "Why the fault is not covered (not-covered)", EnumSpelling.Lower);
        var quote = new Option<string?>("--quote") { Description = "Quote amount, e.g. 89.00 or 89.00 EUR (not-covered)" };
        var confirmNotCovered = new Option<bool>("--confirm-not-covered") { Description = "Confirm not-covered on a unit that warranty, care plan or voucher covers today" };
        Add(root, Verb.Command("inspect", "Record the inspection outcome (Inspect)", outcome, reason, quote, note, confirmNotCovered),
            (p, i, units, context) => units.Inspect(i, InspectionOutcomes[p.GetValue(outcome)!], p.GetValue(reason),
                Quote(context, i, p.GetValue(quote)), p.GetValue(note), confirmNotCovered: p.GetValue(confirmNotCovered)));

        Add(root, Verb.Command("approve", "The customer accepted the quote (Approve)", note), (p, i, units) => units.Approve(i, p.GetValue(note)));
        Add(root, Verb.Command("decline", "The customer declined the quote (Decline)", note), (p, i, units) => units.Decline(i, p.GetValue(note)));

        var partner = new Option<string>("--partner") { Description = "Repair partner code", Required = true };
        Add(root, Verb.Command("send", "Send to a repair partner (SendToPartner)", partner, note),
            (p, i, units) => units.SendToPartner(i, p.GetValue(partner)!, p.GetValue(note)));

        var result = new Option<string>("--outcome") { Description = "repaired, nff, ber or quote", Required = true };
        result.AcceptOnlyFromAmong([.. PartnerOutcomes.Keys]);
        var newImei = new Option<string?>("--new-imei") { Description = "The new IMEI after a board swap" };
        Add(root, Verb.Command("result", "Record the partner's result (PartnerResult)", result, newImei, quote, note),
            (p, i, units, context) => units.PartnerResult(i, PartnerOutcomes[p.GetValue(result)!], p.GetValue(newImei),
                Quote(context, i, p.GetValue(quote)), p.GetValue(note)));

        var pass = new Option<bool>("--pass") { Description = "Passed quality check" };
        var fail = new Option<bool>("--fail") { Description = "Failed quality check" };
        Add(root, Verb.Command("qc", "Record the quality check (PassQc or FailQc)", pass, fail, note), (p, i, units) =>
            (p.GetValue(pass), p.GetValue(fail)) switch
            {
                (true, false) => units.PassQc(i, p.GetValue(note)),
                (false, true) => units.FailQc(i, p.GetValue(note)),
                _ => throw new UsageException("qc needs exactly one of --pass or --fail"),
            });

        var substitute = new Option<bool>("--substitute") { Description = "Confirm a different model than the case's device" };
        Add(root, Verb.Command("reserve", "Reserve a pool unit for a swap case of the same owner (Reserve)", caseTicket, substitute),
            (p, i, _, context) => new Depot.Core.Cases.CaseService(context).ReserveSwap(p.GetValue(caseTicket)!, i, p.GetValue(substitute)));
        Add(root, Verb.Command("unreserve", "Cancel a reservation (Unreserve)", note), (p, i, units) => units.Unreserve(i, p.GetValue(note)));
        Add(root, Verb.Command("ship", "The unit leaves the depot (Ship)", note), (p, i, units) => units.Ship(i, p.GetValue(note)));

        var why = new Option<string>("--reason") { Description = "Why", Required = true };
        Add(root, Verb.Command("lost", "Mark the unit lost (MarkLost)", why), (p, i, units) => units.MarkLost(i, p.GetValue(why)!));
        Add(root, Verb.Command("found", "A lost unit turned up (Found)", note), (p, i, units) => units.Found(i, p.GetValue(note)));
        Add(root, Verb.Command("scrap", "Scrap the unit (Scrap)", why), (p, i, units) => units.Scrap(i, p.GetValue(why)!));
    }

    /// <summary>How a step is confirmed on the command line.</summary>
    public static string Describe(string identifier, UnitEvent e) =>
        $"{identifier}: {(e.From == UnitState.None ? "(new)" : e.From.ToString())} -{e.Trigger}-> {e.To}"
        + (e.CaseTicket is null ? "" : $" (case {e.CaseTicket})")
        + (Depot.Core.Coverage.RepairWarranty.RepeatOf(e.Details) is { } repeat ? $"; {repeat.DescribeRepeat()}" : "");

    private static Argument<string> Id() => new("ID") { Description = "IMEI or serial number (any identifier the unit ever had)" };

    private static void Add(RootCommand root, Command command, Func<ParseResult, string, UnitService, UnitEvent> fire) =>
        Add(root, command, (p, i, units, _) => fire(p, i, units));

    // Every trigger verb takes the unit's identifier as its first argument.
    private static void Add(RootCommand root, Command command, Func<ParseResult, string, UnitService, Depot.Core.DepotContext, UnitEvent> fire)
    {
        var id = Id();
        command.Arguments.Insert(0, id);
        command.SetAction(parse => Verb.Change(parse, context =>
        {
            var units = new UnitService(context);
            var e = fire(parse, parse.GetValue(id)!, units, context);
            return Describe(units.FindById(e.UnitId)!.Identifier.Value, e);
        }));
        root.Subcommands.Add(command);
    }

    private static Money? Quote(Depot.Core.DepotContext context, string identifier, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var unit = new UnitService(context).Find(identifier);
        var currency = unit?.ModelSku is { } sku ? new Catalog(context).FindModel(sku)?.RetailPrice.Currency : null;
        return Money.TryParse(text, currency, out var money, out var reason) ? money : throw new RefusedException($"quote: {reason}");
    }
}
