using Depot.Core.Demo;
using Depot.Core.Time;

namespace Depot.Core.Tests.Demo;

/// <summary>
/// The demo depot of the repository's data folder, loaded into a throwaway file as on
/// <paramref name="day"/> (08:00 UTC, the clock stopped there); removed when disposed. Given
/// <paramref name="notAfter"/>, it is loaded as <c>depot --demo</c> loads it at that moment: no
/// event later than it.
/// </summary>
internal sealed class LoadedDemo : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"depot-loaded-demo-{Guid.NewGuid():N}");

    public LoadedDemo(DateOnly day, DateTimeOffset? notAfter = null)
    {
        Directory.CreateDirectory(_folder);
        var clock = new ManualClock(notAfter ?? new DateTimeOffset(day.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero), TimeZoneInfo.Utc);
        Context = DepotContext.Open(Path.Combine(_folder, "demo.db"), "demo", clock);
        DemoDepot.Load(Context, Path.Combine(DataFolder(), "demo"), day, notAfter);
    }

    public DepotContext Context { get; }

    /// <summary>The repository's data folder (demo depot, sample partner files).</summary>
    public static string DataFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Depot.sln")))
            {
                return Path.Combine(folder.FullName, "data");
            }
        }

        throw new DirectoryNotFoundException("the repository's data folder");
    }

    public void Dispose()
    {
        Context.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
