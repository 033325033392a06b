using System.Globalization;
using System.Security.Cryptography;
using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Reconciliation;
using Depot.Core.Storage;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Demo;

/// <summary>
/// A demo depot for newcomers: owners, models, pool stock, cases and a few months of history,
/// replayed from the sample CSV files in <c>data/demo</c> through the same services the bench uses,
/// with days counted back from today so the demo always looks current.
/// </summary>
public static class DemoDepot
{
    /// <summary>
    /// Makes a fresh throwaway depot loaded with the demo depot and returns its path. The loaded
    /// depot's store is kept as a template per day and data version, so later starts only copy a file.
    /// </summary>
    public static string CreateThrowaway(string dataDirectory, TimeProvider? clock = null)
    {
        var demo = Path.Combine(dataDirectory, "demo");
        if (!Directory.Exists(demo))
        {
            throw new RefusedException($"the demo data folder {demo} is missing");
        }

        var today = DateOnly.FromDateTime((clock ?? TimeProvider.System).GetLocalNow().Date);
        var template = Path.Combine(Path.GetTempPath(), $"depot-demo-{Fingerprint(demo, today)}.store");
        if (!File.Exists(template))
        {
            // Tests and benches may build the same template at once, even within one process.
            var building = Path.Combine(Path.GetTempPath(), $"depot-demo-build-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            var copy = template + $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var context = DepotContext.Open(building, "demo", new ManualClock(DateTimeOffset.UtcNow)))
                {
                    Load(context, demo, today);
                    context.Store.BackupTo(copy);
                }

                File.Move(copy, template, overwrite: true);
            }
            finally
            {
                TryDelete(copy);
                DeleteDepot(building);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), $"depot-demo-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        File.Copy(template, StoreFile(path));
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDepot(path);
        return path;
    }

    /// <summary>
    /// Where the store of the depot at <paramref name="path"/> lives: beside the old database file
    /// while both exist (see <see cref="DepotContext"/>).
    /// </summary>
    private static string StoreFile(string path) => path + ".lite";

    /// <summary>Removes every file a depot at <paramref name="path"/> may have left: the database, the store and their logs.</summary>
    private static void DeleteDepot(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var file in Directory.EnumerateFiles(folder, name + "*"))
        {
            TryDelete(file);
        }
    }

    /// <summary>
    /// Loads the demo depot from <paramref name="demoDirectory"/> into an empty database, as of
    /// <paramref name="today"/>. The context's clock must be a <see cref="ManualClock"/>: each
    /// event is written at its own time.
    /// </summary>
    public static void Load(DepotContext context, string demoDirectory, DateOnly today)
    {
        var clock = context.Clock as ManualClock ?? throw new ArgumentException("the demo loader needs a ManualClock", nameof(context));
        var zone = clock.LocalTimeZone;
        DateTimeOffset At(int daysAgo, string time)
        {
            var local = today.AddDays(-daysAgo).ToDateTime(TimeOnly.ParseExact(time, "HH:mm", CultureInfo.InvariantCulture));
            return new DateTimeOffset(local, zone.GetUtcOffset(local));
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

    // The files' names, sizes and modification times stand for their contents: reading and hashing
    // every CSV on each start cost more than copying the template.
    private static string Fingerprint(string demo, DateOnly today)
    {
        var files = Directory.GetFiles(demo, "*.csv").Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        var text = $"{string.Join("|", files)}/{today:yyyyMMdd}/{StoreSchema.FormatVersion}/{TimeZoneInfo.Local.Id}";
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..16].ToLowerInvariant();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
