using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Depot.Core.Storage;
using Depot.Core.Tests.Exchange;
using Depot.Core.Time;
using Depot.Core.Units;

namespace Depot.Core.Tests.Fuzzing;

/// <summary>
/// A small depot built once (stock on the shelf, units at a repair partner with open orders) and
/// copied for every fuzz case, so that each case starts from the same database and a seed replays
/// it alone. Also the clean partner file of each import kind that the fuzzer damages.
/// </summary>
public sealed class FuzzDepot : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"depot-fuzz-{Guid.NewGuid():N}");
    private readonly Dictionary<string, string> _files = [];

    public FuzzDepot()
    {
        Directory.CreateDirectory(_folder);
        using var depot = new ExchangeTestDepot();
        var units = new UnitService(depot.Context);
        for (var n = 1; n <= 6; n++)
        {
            units.Intake(Imei(n), new UnitDetails("NORDBANK", "IP15-128", "A", "A-01"));
        }

        var orders = Enumerable.Range(11, 4).Select(n =>
        {
            var imei = RepairResultsImportTests.AtPartner(depot, n, "BOARDLAB");
            return (Imei: imei, Order: depot.OrderOf(imei));
        }).ToList();
        depot.Context.Store.BackupTo(Template);

        _files["units"] = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n"
            + string.Concat(Enumerable.Range(1, 10).Select(n => $"{Imei(n)},,IP15-128,NORDBANK,{"ABC"[n % 3]},B-{n:D2},2025-01-{n + 10},2026-01-15,\n"))
            + $",SN-{Imei(30)},SGA55-128,FJORDTEL,B,\"FJO;2\",15.01.2025,,\n";
        _files["vouchers"] = "voucher,imei,purchased,registered\n"
            + string.Concat(Enumerable.Range(1, 8).Select(n => $"V-{n},{Imei(n + 40)},2025-01-{n + 10},2025-02-01\n"));
        _files["pre-alerts"] = "ticket,imei,model,owner,kind,fault,customer,phone,email,address,reported\n"
            + string.Concat(Enumerable.Range(1, 8).Select(n =>
                $"SR-{n + 50},{Imei(n + 50)},IP15-128,NORDBANK,{(n % 2 == 0 ? "swap" : "repair")},\"Screen, cracked\",Åsa Öberg,+4670{n:D6},a{n}@example.se,\"Storgatan {n}\nStockholm\",2025-03-0{n}T10:00\n"));
        _files["repair-results"] = "order,imei,result,completed,new_imei,parts,labour_minutes,cost,currency,quote,note\n"
            + $"{orders[0].Order},{orders[0].Imei},REPAIRED,2025-03-12,{Imei(99)},MB-1|SCR-2,45,120.50,EUR,,board\n"
            + $"{orders[1].Order},{orders[1].Imei},NFF,2025-03-12,,,10,0,EUR,,no fault\n"
            + $"{orders[2].Order},{orders[2].Imei},QUOTE,12.03.2025,,,,,EUR,\"89,90\",\"needs; a cover\"\n"
            + $"{orders[3].Order},{orders[3].Imei},BER,2025-03-12,,,,,,,beyond\n";
        _files["cycle-count"] = "bin,imei,counted,counter\n"
            + string.Concat(Enumerable.Range(1, 5).Select(n => $"A-01,{Imei(n)},2025-03-10T08:{n:D2},liga\n"))
            + $"A-01,{Imei(70)},2025-03-10T08:30,liga\nB-07,{Imei(6)},,ola\n";
    }

    /// <summary>A zone east of UTC, so that a local date at the edge of the calendar has no UTC instant.</summary>
    private static readonly TimeZoneInfo Stockholm = TimeZoneInfo.FindSystemTimeZoneById("Europe/Stockholm");

    private string Template => Path.Combine(_folder, "template.store");

    public static string Imei(int n) => ExchangeTestDepot.Imei(n);

    /// <summary>The clean file of <paramref name="kind"/>, every row valid against a fresh copy.</summary>
    public byte[] CleanFile(string kind) => Encoding.UTF8.GetBytes(_files[kind]);

    /// <summary>A fresh copy of the depot, open at the test clock's start.</summary>
    public DepotContext OpenCopy(string name)
    {
        var path = Path.Combine(_folder, name + ".db");
        foreach (var file in Directory.EnumerateFiles(_folder, name + "*"))
        {
            File.Delete(file);
        }

        File.Copy(Template, path);
        return DepotContext.Open(path, "fuzzer", new ManualClock(ExchangeTestDepot.Start, Stockholm));
    }

    /// <summary>
    /// A fingerprint of every row of every table (but the one named <paramref name="except"/>) and of
    /// every counter: equal fingerprints, equal contents.
    /// </summary>
    public static string Snapshot(DepotContext context, string? except = null) => context.Read(s =>
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in StoreSchema.Tables.Where(t => t.Name != except))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0001{table.Name}"));
            foreach (var row in StoredRows.All(s, table))
            {
                hash.AppendData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(row, row.GetType()) + "\u0003"));
            }
        }

        foreach (var counter in s.Counters(""))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"\u0002{counter.Key}={counter.Value}"));
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    });

    /// <summary>Stored text holding a control character (other than tab and line breaks), as "table.field: value"; null when there is none.</summary>
    public static string? ControlCharacterStored(DepotContext context) => context.Read(s =>
    {
        foreach (var table in StoreSchema.Tables)
        {
            foreach (var row in StoredRows.All(s, table))
            {
                foreach (var (field, text) in StoredRows.Texts(row))
                {
                    if (text.Any(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n' || c == '\uFEFF'))
                    {
                        return $"{table.Name}.{field}: {text[..Math.Min(80, text.Length)]}";
                    }
                }
            }
        }

        return null;
    });

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
