namespace Depot.Bench.Benchmarks;

/// <summary>
/// SLOT (CSV import, issue 4): import of a 1,000,000-row units CSV against the sqlite3 shell's
/// <c>.import</c> of the same file into a plain table. Targets: >= 50,000 rows/s, within 4x of
/// <c>.import</c>, peak memory under 200 MB. To fill: write the CSV into <see cref="BenchSetup.Scratch"/>,
/// import it into a fresh database with <c>Timing.Paired(0, 1, ...)</c> against
/// <c>Process.Start("sqlite3", ...)</c>, and report rows/s and peak working set in the note.
/// </summary>
public sealed class ImportBench : IBenchmark
{
    public string Name => "import";

    public IEnumerable<BenchResult> Run(BenchSetup setup) =>
        [BenchResult.Pending("import 1M-row units CSV vs sqlite3 .import", ">= 50,000 rows/s, <= 4x .import, < 200 MB", "slot: added with the CSV import")];
}
