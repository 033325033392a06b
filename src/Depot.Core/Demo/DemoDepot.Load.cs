using System.Globalization;
using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Partners;
using Depot.Core.Reconciliation;
using Depot.Core.Reports;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Demo;

// Loading the demo depot: the sample files replayed through the services, each step at its own time.
public static partial class DemoDepot
{
    /// <summary>
    /// Loads the demo depot from <paramref name="demoDirectory"/> into an empty database, as of
    /// <paramref name="today"/> (a date in the depot's time zone). The context's clock must be a
    /// <see cref="ManualClock"/>: each event is written at its own time, never later than
    /// <paramref name="notAfter"/> (the real now), so today's events are not in the future.
    /// </summary>
    public static void Load(DepotContext context, string demoDirectory, DateOnly today, DateTimeOffset? notAfter = null)
    {
        var clock = context.Clock as ManualClock ?? throw new ArgumentException("the demo loader needs a ManualClock", nameof(context));
        var calendar = DepotCalendar.For(context);
        DateTimeOffset At(int daysAgo, string time)
        {
            var local = TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture);
            var at = calendar.Instant(today.AddDays(-daysAgo).ToDateTime(local));
            // Today's events still to come happen in the minute before now, in their order (a second per hour of the day): the demo shows them done.
            return notAfter is { } limit && at > limit.AddMinutes(-1) ? limit.AddMinutes(-1).AddSeconds(local.ToTimeSpan().TotalHours) : at;
        }

        var catalog = new Catalog(context);
        var units = new UnitService(context);
        var cases = new CaseService(context);
        using var batch = context.BeginBatch();
        clock.Set(At(365, "08:00"));
        foreach (var row in Rows(Path.Combine(demoDirectory, "owners.csv")))
        {
            catalog.AddOwner(row["code"], row["name"], int.Parse(row["fleet"], CultureInfo.InvariantCulture),
                decimal.Parse(row["target_percent"], CultureInfo.InvariantCulture), Enum.Parse<OwnerPolicy>(row["policy"], ignoreCase: true));
        }

        var agreements = new AgreementService(context);
        foreach (var row in Rows(Path.Combine(demoDirectory, "agreements.csv")))
        {
            var currency = row["currency"];
            Money Amount(string column) => new(decimal.Parse(row[column], CultureInfo.InvariantCulture), currency);
            agreements.Set(row["owner"],
                new AgreementTerms(row["level"], Amount("fee_per_user"), row["swap_included"] == "yes", Amount("freight"), Amount("packaging")),
                today.AddDays(-int.Parse(row["days_ago"], CultureInfo.InvariantCulture)));
        }

        var partners = new PartnerCatalog(context);
        foreach (var row in Rows(Path.Combine(demoDirectory, "partners.csv")))
        {
            partners.Add(row["code"], row["name"]);
        }

        foreach (var row in Rows(Path.Combine(demoDirectory, "models.csv")))
        {
            catalog.AddModel(row["sku"], row["name"], new Money(decimal.Parse(row["retail_price"], CultureInfo.InvariantCulture), row["currency"]));
        }

        var intake = Rows(Path.Combine(demoDirectory, "units.csv"))
            .ToDictionary(r => r["imei"].Length > 0 ? r["imei"] : r["serial"]);
        var openings = Rows(Path.Combine(demoDirectory, "cases.csv"))
            .Select(r => (Ticket: r["ticket"], Owner: r["owner"], Kind: Enum.Parse<CaseKind>(r["kind"], ignoreCase: true), Day: int.Parse(r["days_ago"], CultureInfo.InvariantCulture),
                Details: new CaseDetails(Blank(r, "customer"), Blank(r, "phone"), Fault: Blank(r, "fault"))))
            .ToList();

        foreach (var step in Rows(Path.Combine(demoDirectory, "history.csv")))
        {
            var at = At(int.Parse(step["days_ago"], CultureInfo.InvariantCulture), step["time"]);
            foreach (var opening in openings.Where(o => At(o.Day, "08:00") <= at).ToList())
            {
                clock.Set(At(opening.Day, "08:00"));
                cases.Open(opening.Ticket, opening.Owner, opening.Kind, opening.Details);
                openings.Remove(opening);
            }

            clock.Set(at);
            context.ChangeOperator(step["operator"]);
            Replay(units, step, intake);
        }

        context.ChangeOperator("demo");
        foreach (var opening in openings)
        {
            clock.Set(At(opening.Day, "08:00"));
            cases.Open(opening.Ticket, opening.Owner, opening.Kind, opening.Details);
        }

        var counts = new CountService(context);
        var sessions = new Dictionary<(string, string), long>();
        foreach (var row in Rows(Path.Combine(demoDirectory, "counts.csv")))
        {
            clock.Set(At(int.Parse(row["days_ago"], CultureInfo.InvariantCulture), row["time"]));
            var key = (row["scope"], row["target"]);
            if (!sessions.TryGetValue(key, out var session))
            {
                context.ChangeOperator(row["counter"]);
                sessions[key] = session = counts.Start(Enum.Parse<CountScope>(row["scope"], ignoreCase: true), row["target"]).Id;
            }

            counts.Scan(session, row["id"], row["bin"], counter: row["counter"]);
        }

        context.ChangeOperator("demo");
        cases.CloseFinished();

        // NORDBANK's fleet grew ten days ago, recorded that day: its pool target follows, and the month's service fee is prorated.
        var end = clock.GetUtcNow();
        clock.Set(At(10, "09:00"));
        new FleetHistory(context).Set("NORDBANK", 430, today.AddDays(-10));
        clock.Set(end);

        // The report figures counted once the whole history is in: cheap for a demo, and exact whatever the steps counted.
        context.Write(w => ReportCounts.Rebuild(context, w));
        batch.Commit();
    }

    private static void Replay(UnitService units, IReadOnlyDictionary<string, string> step, Dictionary<string, IReadOnlyDictionary<string, string>> intake)
    {
        var id = step["id"];
        var ticket = step["case"];
        var args = step["args"].Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1]);
        string? Arg(string key) => args.GetValueOrDefault(key);
        switch (Enum.Parse<Trigger>(step["trigger"]))
        {
            case Trigger.Intake:
                var u = intake[id];
                units.Intake(id, new UnitDetails(u["owner"], u["model"], u["grade"], u["bin"]));
                break;
            case Trigger.Announce:
                units.Announce(id, ticket, Arg("model"));
                break;
            case Trigger.Receive:
                units.Receive(id);
                break;
            case Trigger.Inspect:
                var outcome = Arg("outcome") switch
                {
                    "nff" => InspectionOutcome.NoFaultFound,
                    "covered" => InspectionOutcome.CoveredFault,
                    "not-covered" => InspectionOutcome.NotCovered,
                    _ => InspectionOutcome.BeyondRepair,
                };
                Money? quote = Arg("quote") is { } q ? new Money(decimal.Parse(q, CultureInfo.InvariantCulture), "EUR") : null;
                NotCoveredReason? reason = Arg("reason") is { } r ? Enum.Parse<NotCoveredReason>(r, ignoreCase: true) : null;
                units.Inspect(id, outcome, reason, quote, Arg("note"));
                break;
            case Trigger.Approve:
                units.Approve(id, Arg("note"));
                break;
            case Trigger.Decline:
                units.Decline(id);
                break;
            case Trigger.SendToPartner:
                units.SendToPartner(id, Arg("partner")!);
                break;
            case Trigger.PartnerResult:
                units.PartnerResult(id, PartnerOutcome.Repaired);
                break;
            case Trigger.PassQc:
                units.PassQc(id);
                break;
            case Trigger.Reserve:
                units.Reserve(id, ticket);
                break;
            case Trigger.Ship:
                units.Ship(id);
                break;
            case Trigger.MarkLost:
                units.MarkLost(id, Arg("reason")!);
                break;
            default:
                throw new InvalidDataException($"the demo history has a step the loader does not replay: {step["trigger"]}");
        }
    }

    private static string? Blank(IReadOnlyDictionary<string, string> row, string column) =>
        row.GetValueOrDefault(column) is { Length: > 0 } value ? value : null;

    private static IEnumerable<IReadOnlyDictionary<string, string>> Rows(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()?.Split(',') ?? throw new InvalidDataException($"{path} is empty");
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            yield return header.Select((h, i) => (h, v: i < fields.Length ? fields[i] : "")).ToDictionary(p => p.h, p => p.v);
        }
    }
}
