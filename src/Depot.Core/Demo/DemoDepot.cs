using System.Globalization;
using System.Security.Cryptography;
using Depot.Core.Calendar;
using Depot.Core.Storage;
using Depot.Core.Time;

namespace Depot.Core.Demo;

/// <summary>
/// A demo depot for newcomers: owners, models, pool stock, cases and a few months of history,
/// replayed from the sample CSV files in <c>data/demo</c> through the same services the bench uses,
/// with days counted back from today so the demo always looks current.
/// </summary>
public static partial class DemoDepot
{
    /// <summary>
    /// Makes a fresh throwaway depot loaded with the demo depot and returns its path. The loaded
    /// depot's file is kept as a template per day and data version, so later starts only copy a file.
    /// </summary>
    public static string CreateThrowaway(string dataDirectory, TimeProvider? clock = null)
    {
        var demo = Path.Combine(dataDirectory, "demo");
        if (!Directory.Exists(demo))
        {
            throw new RefusedException($"the demo data folder {demo} is missing");
        }

        // A new depot keeps the default time zone: the demo's today is that zone's date.
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(DepotSettings.Defaults[DepotSettings.TimeZoneKey]);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var template = Path.Combine(Path.GetTempPath(), $"depot-demo-{Fingerprint(demo, today)}.store");
        if (!File.Exists(template))
        {
            // Tests and benches may build the same template at once, even within one process.
            var building = Path.Combine(Path.GetTempPath(), $"depot-demo-build-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
            var copy = template + $".{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            try
            {
                using (var context = DepotContext.Open(building, "demo", new ManualClock(now)))
                {
                    Load(context, demo, today, now);
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
        // The template is a whole LiteDB file (a backup of the loaded depot): a copy of it is the depot.
        File.Copy(template, path);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => DeleteDepot(path);
        return path;
    }

    /// <summary>Removes every file a depot at <paramref name="path"/> may have left: the store, its log and its lock file.</summary>
    private static void DeleteDepot(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        var name = Path.GetFileNameWithoutExtension(path);
        foreach (var file in Directory.EnumerateFiles(folder, name + "*"))
        {
            TryDelete(file);
        }
    }

    // The files' names, sizes and modification times stand for their contents: reading and hashing
    // every CSV on each start cost more than copying the template.
    private static string Fingerprint(string demo, DateOnly today)
    {
        var files = Directory.GetFiles(demo, "*.csv").Order(StringComparer.Ordinal)
            .Select(f => new FileInfo(f))
            .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}"));
        // The build of this program too: a new version's loader may load the same files differently.
        var build = typeof(DemoDepot).Assembly.ManifestModule.ModuleVersionId;
        var text = $"{string.Join("|", files)}/{today:yyyyMMdd}/{StoreSchema.FormatVersion}/{build}";
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
