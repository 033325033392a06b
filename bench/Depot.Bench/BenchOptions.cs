using System.Globalization;

namespace Depot.Bench;

/// <summary>The command line of the harness.</summary>
public sealed record BenchOptions(string DatabasePath, int Units, int Iterations, IReadOnlySet<string>? Only, string? MarkdownPath)
{
    public static BenchOptions? Parse(string[] args)
    {
        var units = 1_000_000;
        var iterations = 1_000;
        string? db = null, markdown = null;
        HashSet<string>? only = null;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--db" when value is not null:
                    db = value;
                    break;
                case "--units" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out units) && units > 0:
                    break;
                case "--iterations" when int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out iterations) && iterations > 0:
                    break;
                case "--only" when value is not null:
                    only = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet();
                    break;
                case "--markdown" when value is not null:
                    markdown = value;
                    break;
                default:
                    return null;
            }

            i++;
        }

        db ??= Path.Combine(Path.GetTempPath(), "depot-bench", $"depot-{units}.db");
        return new BenchOptions(Path.GetFullPath(db), units, iterations, only, markdown);
    }
}
