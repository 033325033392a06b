using Depot.Core.Storage.Rows;

namespace Depot.Core.Units;

/// <summary>
/// A unit passes quality check and goes back on a shelf of its owner's pool: the PassQc step and the
/// grade and bin it was given are saved together, or not at all.
/// </summary>
public sealed class Restock(DepotContext context)
{
    public static readonly IReadOnlyList<string> Grades = ["A", "B", "C"];

    /// <summary>Passes QC with a grade (A, B or C) and, when given, a bin; the event notes both.</summary>
    public UnitEvent PassQc(string identifierText, string grade, string? bin, string? note = null, long? expectedVersion = null)
    {
        grade = (grade ?? "").Trim().ToUpperInvariant();
        if (!Grades.Contains(grade))
        {
            throw new RefusedException($"grade is A, B or C, not \"{grade}\"");
        }

        bin = string.IsNullOrWhiteSpace(bin) ? null : bin.Trim();
        if (bin is { Length: > 20 })
        {
            throw new RefusedException($"a bin code has at most 20 characters, got \"{bin}\"");
        }

        var units = new UnitService(context);
        var noted = string.Join("; ", new[] { $"grade {grade}", bin is null ? null : $"bin {bin}", note }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return context.Write(w =>
        {
            var passed = units.PassQc(identifierText, noted, expectedVersion);
            var row = w.Table<UnitRow>().Get(passed.UnitId)!;
            row.Grade = grade;
            row.Bin = bin ?? row.Bin;
            w.Table<UnitRow>().Update(row);
            return passed;
        });
    }
}
