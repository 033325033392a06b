using System.CommandLine;
using System.Globalization;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Cli;

/// <summary><c>depot case open|show|list|reserve|ship</c>: service cases and the swap flow.</summary>
internal static class CaseVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("case", "Service cases and the swap flow");
        group.Subcommands.Add(OpenCommand());
        group.Subcommands.Add(ShowCommand());
        group.Subcommands.Add(ListCommand());

        var ticket = Ticket();
        var unit = new Option<string?>("--unit") { Description = "The pool unit to reserve (default: the best one of the same owner and model)" };
        var substitute = new Option<bool>("--substitute") { Description = "Confirm another model than the defective unit's" };
        var reserve = Verb.Command("reserve", "Reserve a pool unit of the case's owner for a swap case", ticket, unit, substitute);
        reserve.SetAction(parse => Verb.Change(parse, context =>
        {
            var cases = new CaseService(context);
            var e = cases.ReserveSwap(parse.GetValue(ticket)!, parse.GetValue(unit), parse.GetValue(substitute));
            var reserved = cases.CaseUnits(cases.Require(parse.GetValue(ticket)!).Id).Last(u => u.Role == "swap");
            return $"{reserved.Identifier} ({reserved.ModelSku}) reserved for case {e.CaseTicket}";
        }));
        group.Subcommands.Add(reserve);

        var shipTicket = Ticket();
        var ship = Verb.Command("ship", "Ship the case's reserved swap unit; sets the ship and return due dates", shipTicket);
        ship.SetAction(parse => Verb.Change(parse, context =>
        {
            var cases = new CaseService(context);
            cases.ShipSwap(parse.GetValue(shipTicket)!);
            var o = cases.Overview(parse.GetValue(shipTicket)!);
            return $"{o.Swap!.Identifier} shipped for case {o.Case.Ticket}: ship date {o.Case.ShipDate:yyyy-MM-dd}, return due {o.Case.DueDate:yyyy-MM-dd}";
        }));
        group.Subcommands.Add(ship);
        root.Subcommands.Add(group);
    }

    private static Argument<string> Ticket() => new("TICKET") { Description = "The service desk's ticket number" };

    private static Command OpenCommand()
    {
        var ticket = Ticket();
        var owner = new Option<string>("--owner") { Description = "Owner code", Required = true };
        var kind = EnumOption.Create<CaseKind>("--kind", "What the case is (default swap)", EnumSpelling.Lower);
        kind.DefaultValueFactory = _ => CaseKind.Swap;
        var imei = new Option<string?>("--imei") { Description = "The end user's device (announced as the defective unit)" };
        var model = new Option<string?>("--model") { Description = "Its model SKU" };
        var customer = new Option<string?>("--customer") { Description = "The end user's name" };
        var fault = new Option<string?>("--fault") { Description = "The reported fault" };
        var phone = new Option<string?>("--phone") { Description = "The end user's phone" };
        var email = new Option<string?>("--email") { Description = "The end user's e-mail" };
        var address = new Option<string?>("--address") { Description = "Where the swap unit goes" };
        var reported = new Option<string?>("--reported") { Description = "When the service desk registered it, local depot time yyyy-MM-ddTHH:mm (default: now)" };
        var answers = new Option<string[]>("--answer") { Description = "A control question's answer, QUESTION=ANSWER (repeatable)", AllowMultipleArgumentsPerToken = false };
        var sim = new Option<bool?>("--sim-removed") { Description = "The user confirmed the SIM card is removed (true/false)" };
        var accessories = new Option<string?>("--accessories") { Description = "Accessories sent with the unit" };
        var open = Verb.Command("open", "Open a case; with --imei and --model the device is announced as the unit expected back",
            ticket, owner, kind, imei, model, customer, fault, phone, email, address, reported, answers, sim, accessories);
        open.SetAction(parse => Verb.Change(parse, context =>
        {
            var diagnosis = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var answer in parse.GetValue(answers) ?? [])
            {
                var parts = answer.Split('=', 2);
                if (parts.Length != 2 || parts[0].Trim().Length == 0)
                {
                    throw new UsageException($"--answer takes QUESTION=ANSWER, got \"{answer}\"");
                }

                diagnosis[parts[0].Trim()] = parts[1].Trim();
            }

            if (parse.GetValue(sim) is { } removed)
            {
                diagnosis["sim_removed"] = removed ? "yes" : "no";
            }

            if (parse.GetValue(accessories) is { } a)
            {
                diagnosis["accessories"] = a;
            }

            var details = new CaseDetails(parse.GetValue(customer), parse.GetValue(phone), parse.GetValue(email), parse.GetValue(address),
                parse.GetValue(fault), ReadLocal(context, parse.GetValue(reported)), diagnosis);
            var cases = new CaseService(context);
            if (parse.GetValue(imei) is { } device)
            {
                var o = cases.OpenWithDevice(parse.GetValue(ticket)!, parse.GetValue(owner)!, parse.GetValue(kind), device,
                    parse.GetValue(model) ?? throw new UsageException("--imei needs --model SKU"), details);
                var ships = o.Case.Kind == CaseKind.Repair ? "" : $"; swap ships {DepotCalendar.For(context).ShipDate(o.Case.Details.ReportedAt ?? o.Case.OpenedAt):yyyy-MM-dd} by the cut-off rule";
                return $"Case {o.Case.Ticket} opened for {o.Case.OwnerCode} ({Lower(o.Case.Kind)}); {o.Defective!.Identifier} announced{ships}";
            }

            var c = cases.Open(parse.GetValue(ticket)!, parse.GetValue(owner)!, parse.GetValue(kind), details);
            return $"Case {c.Ticket} opened for {c.OwnerCode} ({Lower(c.Kind)})";
        }));
        return open;
    }

    private static Command ShowCommand()
    {
        var ticket = Ticket();
        var json = JsonOutput.Flag();
        var show = Verb.Command("show", "A case: end user, fault, diagnosis, units, ship and due dates, charges, status", ticket, json);
        show.SetAction(parse => Verb.Execute(parse, context =>
        {
            var o = new CaseService(context).Overview(parse.GetValue(ticket)!);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, View(o));
            }

            var c = o.Case;
            var time = DepotTime.For(context);
            string Local(DateTimeOffset? at) => time.Instant(at);
            output.WriteLine($"Case        {c.Ticket} ({Lower(c.Kind)}) for {c.OwnerCode}");
            output.WriteLine($"Status      {Status(o)}");
            output.WriteLine($"Customer    {c.Details.Customer ?? "-"}{Join(c.Details.Phone, c.Details.Email)}");
            if (c.Details.Address is not null)
            {
                output.WriteLine($"Address     {c.Details.Address}");
            }

            output.WriteLine($"Fault       {c.Details.Fault ?? "-"}");
            if (c.Details.Diagnosis is { Count: > 0 } d)
            {
                output.WriteLine($"Diagnosis   {string.Join(", ", d.Select(kv => $"{kv.Key}={kv.Value}"))}");
            }

            output.WriteLine($"Registered  {Local(c.Details.ReportedAt)}   opened {Local(c.OpenedAt)}{(c.ClosedAt is null ? "" : $"   closed {Local(c.ClosedAt)}")}");
            output.WriteLine($"Ship date   {c.ShipDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}   return due {c.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-"}");
            if (o.Coverage is { } coverage)
            {
                output.WriteLine($"Coverage    {coverage.Describe()} (on {coverage.Date:yyyy-MM-dd})");
            }

            output.WriteLine("Units");
            foreach (var u in o.Units)
            {
                output.WriteLine($"  {u.Role,-10} {u.Identifier,-17} {u.ModelSku ?? "-",-14} {u.State,-16} since {Local(u.StateSince)}");
            }

            output.WriteLine($"Charges     {ChargeLedger.Total(o.Charges)}");
            foreach (var ch in o.Charges)
            {
                output.WriteLine($"  {Local(ch.At)}  {ch.Kind,-14} {ch.Amount,14}  {ch.Reason}");
            }

            if (o.PendingCharge is { } pending)
            {
                output.WriteLine($"  pending         {pending,14}  swap unit's retail price if the return stays overdue");
            }

            return DepotCli.Done;
        }));
        return show;
    }

    private static Command ListCommand()
    {
        var owner = new Option<string?>("--owner") { Description = "Only this owner's cases" };
        var status = EnumOption.CreateNullable<CaseStatus>("--status", "Only cases with this status", EnumSpelling.Lower);
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 200 };
        var json = JsonOutput.Flag();
        var list = Verb.Command("list", "Cases with status: overdue first, then open, then closed", owner, status, limit, json);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new CaseService(context).List(parse.GetValue(owner), parse.GetValue(status), parse.GetValue(limit)).Select(o => new
                {
                    o.Case.Ticket,
                    Owner = o.Case.OwnerCode,
                    Kind = Lower(o.Case.Kind),
                    Status = Lower(o.Status),
                    o.WorkingDaysLate,
                    o.Case.Details.Customer,
                    Opened = o.Case.OpenedAt,
                    Closed = o.Case.ClosedAt,
                    ShipDate = JsonOutput.Date(o.Case.ShipDate),
                    DueDate = JsonOutput.Date(o.Case.DueDate),
                    Charges = Totals(o.Charges),
                }));
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"TICKET",-10} {"OWNER",-9} {"KIND",-6} {"STATUS",-8} {"SHIP",-10} {"DUE",-10} {"CHARGES",-20} CUSTOMER");
            foreach (var o in new CaseService(context).List(parse.GetValue(owner), parse.GetValue(status), parse.GetValue(limit)))
            {
                var c = o.Case;
                output.WriteLine($"{c.Ticket,-10} {c.OwnerCode,-9} {Lower(c.Kind),-6} {Status(o),-8} {c.ShipDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10} {c.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "-",-10} {ChargeLedger.Total(o.Charges),-20} {c.Details.Customer}");
            }

            return DepotCli.Done;
        }));
        return list;
    }

    /// <summary>The charges' total per currency, as JSON money.</summary>
    private static IEnumerable<object> Totals(IEnumerable<Charge> charges) =>
        charges.GroupBy(c => c.Amount.Currency).Select(g => JsonOutput.Money(new Money(g.Sum(c => c.Amount.Amount), g.Key)));

    private static string Status(CaseOverview o) => o.Status switch
    {
        CaseStatus.Overdue => $"OVERDUE ({o.WorkingDaysLate} working days)",
        _ => Lower(o.Status),
    };

    private static string Lower<T>(T value) where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static string Join(params string?[] parts) =>
        string.Concat(parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => $", {p}"));

    private static DateTimeOffset? ReadLocal(DepotContext context, string? text)
    {
        if (text is null)
        {
            return null;
        }

        if (!DateTime.TryParseExact(text.Trim(), ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new RefusedException($"--reported is local depot time yyyy-MM-ddTHH:mm, got \"{text}\"");
        }

        return DepotCalendar.For(context).Instant(local);
    }

    private static object View(CaseOverview o) => new
    {
        o.Case.Ticket,
        Owner = o.Case.OwnerCode,
        Kind = Lower(o.Case.Kind),
        Status = Lower(o.Status),
        o.WorkingDaysLate,
        o.Case.Details.Customer,
        o.Case.Details.Phone,
        o.Case.Details.Email,
        o.Case.Details.Address,
        o.Case.Details.Fault,
        o.Case.Details.Diagnosis,
        Reported = o.Case.Details.ReportedAt,
        Opened = o.Case.OpenedAt,
        Closed = o.Case.ClosedAt,
        ShipDate = o.Case.ShipDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DueDate = o.Case.DueDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Coverage = o.Coverage?.Describe(),
        Units = o.Units.Select(u => new { u.Role, u.Identifier, Model = u.ModelSku, State = u.State.ToString(), Since = u.StateSince }),
        Charges = o.Charges.Select(c => new
        {
            Kind = c.Kind.ToString(),
            Amount = c.Amount.Amount.ToString("0.00", CultureInfo.InvariantCulture),
            c.Amount.Currency,
            c.Reason,
            Unit = c.UnitIdentifier,
            c.At,
            c.Operator,
        }),
        PendingCharge = o.PendingCharge is { } p ? new { Amount = p.Amount.ToString("0.00", CultureInfo.InvariantCulture), p.Currency } : null,
    };
}
