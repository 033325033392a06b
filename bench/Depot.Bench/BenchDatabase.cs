using System.Globalization;
using Depot.Core;
using Depot.Core.Generation;

namespace Depot.Bench;

/// <summary>The depot the benchmarks run on: generated with the volume generator when missing.</summary>
public static class BenchDatabase
{
    public static string Ensure(string path, int units, TextWriter log)
    {
        var marker = path + ".generating";
        if (File.Exists(path) && !File.Exists(marker))
        {
            log.WriteLine($"using {path}");
            return path;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileNameWithoutExtension(path) + "*"))
        {
            File.Delete(file);
        }

        // The marker stays until the generation finished: an interrupted one is started again.
        File.WriteAllText(marker, "");
        log.WriteLine($"generating {units:N0} units into {path} ...");
        using (var context = DepotContext.Open(path, "generator"))
        {
            var volume = new VolumeGenerator(context, new VolumeOptions { Units = units }).Run(
                new LogProgress(done => log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} units"))));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {volume.Units:N0} units, {volume.Events:N0} events, {volume.Cases:N0} cases in {volume.Elapsed.TotalSeconds:F1} s"));
        }

        File.Delete(marker);
        return path;
    }

    private sealed class LogProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
