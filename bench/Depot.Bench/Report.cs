using System.Globalization;
using System.Text;

namespace Depot.Bench;

/// <summary>The results as a Markdown table, ready for docs/performance.md.</summary>
public static class Report
{
    public static string Markdown(IReadOnlyList<BenchResult> results, string machine, string database, BenchOptions options)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Machine: {machine}");
        text.AppendLine(CultureInfo.InvariantCulture, $"Database: {(File.Exists(database) ? $"{database} ({new FileInfo(database).Length / 1_048_576.0:F0} MB)" : "none needed")}; {options.Iterations} iterations per timed operation");
        text.AppendLine();
        text.AppendLine("| benchmark | n | p50 ms | p99 ms | baseline | baseline p50 ms | baseline p99 ms | p99 ratio | target | met |");
        text.AppendLine("|---|---:|---:|---:|---|---:|---:|---:|---|---|");
        foreach (var r in results)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Measured?.Count.ToString(CultureInfo.InvariantCulture) ?? "-"} | {Ms(r.Measured?.P50)} | {Ms(r.Measured?.P99)} ");
            text.Append(CultureInfo.InvariantCulture,
                $"| {r.BaselineName ?? "-"} | {Ms(r.Baseline?.P50)} | {Ms(r.Baseline?.P99)} | {(r.Ratio is { } ratio ? ratio.ToString("F2", CultureInfo.InvariantCulture) + "x" : "-")} ");
            text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Target} | {(r.Met switch { true => "yes", false => "NO", null => "pending" })}{(r.Note is null ? "" : $" ({r.Note})")} |");
        }

        return text.ToString();
    }

    private static string Ms(double? value) => value switch
    {
        null => "-",
        < 1 => value.Value.ToString("F3", CultureInfo.InvariantCulture),
        < 100 => value.Value.ToString("F2", CultureInfo.InvariantCulture),
        _ => value.Value.ToString("F0", CultureInfo.InvariantCulture),
    };
}
