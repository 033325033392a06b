using System.Globalization;
using System.Text;
using Depot.Core.Identifiers;

namespace Depot.Bench;

/// <summary>
/// A large <c>units</c> file (swap stock intake) written deterministically from a seed: unique
/// valid IMEIs, owners OWN001.., models SKU001.., grades, bins and dates, as a partner sends it.
/// </summary>
public static class UnitsCsv
{
    public const string Header = "imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until";

    /// <summary>Writes <paramref name="rows"/> rows to <paramref name="path"/>; returns the file's size in bytes.</summary>
    public static long Write(string path, int rows, int owners, int models, int seed = 1)
    {
        var random = new Random(seed);
        using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 20))
        {
            writer.NewLine = "\n";
            writer.WriteLine(Header);
            Span<char> fourteen = stackalloc char[14];
            var start = new DateOnly(2024, 1, 1);
            for (var i = 0; i < rows; i++)
            {
                // TAC 35 + a sequence number: unique, and the check digit makes each a valid IMEI.
                var body = (350_000_000_000_00L + i * 7L + random.Next(7)).ToString("D14", CultureInfo.InvariantCulture);
                body.AsSpan().CopyTo(fourteen);
                var imei = Imei.FromFourteen(fourteen);
                var purchased = start.AddDays(random.Next(900));
                writer.Write(imei.ToString());
                writer.Write(',');
                if (i % 10 == 0)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"SN{i:D9}"));
                }

                writer.Write(string.Create(CultureInfo.InvariantCulture,
                    $",SKU{random.Next(models) + 1:D3},OWN{random.Next(owners) + 1:D3},{"ABC"[random.Next(3)]},R{random.Next(40) + 1:D2}-{random.Next(12) + 1:D2},"));
                writer.Write(purchased.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(purchased.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                writer.Write(',');
                if (i % 3 == 0)
                {
                    writer.Write(purchased.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                }

                writer.WriteLine();
            }
        }

        return new FileInfo(path).Length;
    }
}
