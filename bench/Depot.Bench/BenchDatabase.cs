using System.Globalization;
using Depot.Core;
using Depot.Core.Generation;
using Depot.Core.Storage;

namespace Depot.Bench;

/// <summary>The database the benchmarks run on: generated with the volume generator when missing.</summary>
public static class BenchDatabase
{
    public static string Ensure(string path, int units, TextWriter log)
    {
        if (File.Exists(path))
        {
            log.WriteLine($"using {path}");
            return path;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        log.WriteLine($"generating {units:N0} units into {path} ...");
        var building = path + ".building";
        using (var context = DepotContext.Open(building, "generator"))
        {
            var volume = new VolumeGenerator(context, new VolumeOptions { Units = units }).Run(
                new LogProgress(done => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} units"))));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {volume.Units:N0} units, {volume.Events:N0} events, {volume.Cases:N0} cases in {volume.Elapsed.TotalSeconds:F1} s"));
            context.Connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
        }

        File.Move(building, path);
        return path;
    }

    private sealed class LogProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
