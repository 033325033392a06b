using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Integrity;
using Xunit.Sdk;

namespace Depot.Core.Tests.Fuzzing;

/// <summary>
/// Every CSV import meets seeded random damage (see <see cref="Mutations"/>) and must answer only in
/// the documented ways: the file refused with a message naming it, or rows rejected with messages
/// naming their line. A refused file, a dry run or a strict import with a rejected row leaves the
/// database exactly as it was; a normal import applies every valid row (a second look finds nothing
/// left to apply) and the depot stays consistent. A failure names the seed:
/// <c>DEPOT_FUZZ_SEED=KIND:SEED dotnet test --filter Fuzz</c> replays that one case. A longer hunt:
/// <c>DEPOT_FUZZ_CASES=999</c> (cases per kind) and <c>DEPOT_FUZZ_TRACE=FILE</c> (one line per case and its outcome).
/// Each case starts from its own copy of the same depot, so a seed replays alone.
/// </summary>
public sealed class ImportFuzzTests(FuzzDepot depot) : IClassFixture<FuzzDepot>
{
    private const int CasesPerKind = 80;

    /// <summary>A message is for a person to read: a 1 MB field must not make a 1 MB message.</summary>
    private const int MessageLimit = 1000;

    private static readonly string[] KindNames = ["units", "vouchers", "pre-alerts", "repair-results", "cycle-count"];

    public static TheoryData<string> Kinds => [.. KindNames];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Clean_file_applies_every_row_then_is_already_applied(string kind)
    {
        using var context = depot.OpenCopy(kind);
        var clean = depot.CleanFile(kind);
        var first = Run(context, kind, clean, new ImportOptions());
        var second = Run(context, kind, clean, new ImportOptions());

        Assert.True(first.RowsRead > 3);
        Assert.Equal((first.RowsRead, 0L), (first.Applied, first.Rejected));
        Assert.Equal((0L, first.RowsRead), (second.Applied, second.AlreadyApplied));
        Assert.Empty(new IntegrityCheck(context).Run());
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Damaged_files_are_refused_or_rejected_row_by_row_and_never_half_written(string kind)
    {
        var replay = Environment.GetEnvironmentVariable("DEPOT_FUZZ_SEED")?.Split(':');
        var first = Array.IndexOf(KindNames, kind) * 1000;
        var seeds = replay is [var k, var s] ? (k == kind ? [int.Parse(s, System.Globalization.CultureInfo.InvariantCulture)] : [])
            : Enumerable.Range(first, Cases()).ToArray();
        foreach (var seed in seeds)
        {
            var outcome = FuzzCase(kind, seed);
            if (Environment.GetEnvironmentVariable("DEPOT_FUZZ_TRACE") is { Length: > 0 } trace)
            {
                File.AppendAllText(trace, $"{kind} {seed}: {outcome}\n");
            }
        }
    }

    private string FuzzCase(string kind, int seed)
    {
        var random = new Random(seed);
        var (bytes, what) = Mutations.Mutate(random, depot.CleanFile(kind));
        var options = random.Next(4) switch
        {
            0 => new ImportOptions(DryRun: true),
            1 => new ImportOptions(Strict: true),
            _ => new ImportOptions(),
        };
        var label = $"{kind} seed {seed} ({what}; {(options.DryRun ? "dry run" : options.Strict ? "strict" : "normal")}); replay: DEPOT_FUZZ_SEED={kind}:{seed}";
        void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new XunitException($"{label}: {message}");
            }
        }

        using var context = depot.OpenCopy(kind);
        var before = FuzzDepot.Snapshot(context);
        var beforeRows = FuzzDepot.Snapshot(context, except: "imports");
        ImportResult? preview = null;
        if (!options.DryRun && !options.Strict)
        {
            try
            {
                preview = Run(context, kind, bytes, new ImportOptions(DryRun: true));
            }
            catch (RefusedException)
            {
            }
            catch (Exception e)
            {
                throw new XunitException($"{label}: unhandled {e.GetType().Name} in a dry run: {e}");
            }
        }

        ImportResult result;
        byte[] rejected;
        try
        {
            (result, rejected) = RunKeepingRejects(context, kind, bytes, options);
        }
        catch (RefusedException refused)
        {
            Require(refused.Message.Trim().Length > 0, "a refusal without a message");
            Require(refused.Message.Length <= MessageLimit, $"a refusal of {refused.Message.Length} characters: {Head(refused.Message)}...");
            Require(refused.Message.Contains($"{kind}.csv", StringComparison.Ordinal) || refused.Message.Contains("line ", StringComparison.Ordinal),
                $"the refusal names neither the file nor a line: {refused.Message}");
            Require(FuzzDepot.Snapshot(context) == before, $"the file was refused ({refused.Message}) but the database changed");
            return $"{what}: refused: {refused.Message[..Math.Min(120, refused.Message.Length)]}";
        }
        catch (Exception e)
        {
            throw new XunitException($"{label}: unhandled {e.GetType().Name}: {e}");
        }

        Require(result.Applied + result.AlreadyApplied + result.Rejected <= result.RowsRead,
            $"read {result.RowsRead} but applied {result.Applied}, already {result.AlreadyApplied}, rejected {result.Rejected}");
        Require(options.DryRun ? result.Applied == 0 : result.StrictRefused || result.Applied + result.AlreadyApplied + result.Rejected == result.RowsRead,
            $"read {result.RowsRead} but applied {result.Applied}, already {result.AlreadyApplied}, rejected {result.Rejected}");
        foreach (var error in result.FirstErrors)
        {
            Require(error.Message.Trim().Length > 0 && error.Line >= 2, $"an error without a message or a line: {error}");
            Require(error.Message.Length <= MessageLimit, $"an error message of {error.Message.Length} characters: {Head(error.Message)}...");
            Require(error.ToString().StartsWith($"line {error.Line}: ", StringComparison.Ordinal), $"an error that does not name its line: {error}");
        }

        Require(result.Rejected == 0 || result.FirstErrors.Count > 0, $"{result.Rejected} rejected without an error shown");
        Require(result.Warnings.All(w => w.Trim().Length > 0), "an empty warning");
        if (!options.DryRun && result.Rejected > 0)
        {
            // The rejects file is for fixing and importing again: it must read back as the same kind, one record per rejected row.
            var back = ReadBack(context, kind, rejected);
            Require(back == result.Rejected, $"{result.Rejected} rows rejected, but the rejects file reads back as {back}");
        }

        if (options.DryRun || result.StrictRefused)
        {
            Require(FuzzDepot.Snapshot(context) == before, $"nothing was to change (applied {result.Applied}, rejected {result.Rejected}) but the database did");
            Require(result.ImportId is null, "an import record for a dry run or a strict import that applied nothing");
            return $"{what}: unchanged, read {result.RowsRead} rejected {result.Rejected}";
        }

        // Every import that ran is recorded, also one that applied nothing.
        Require(result.ImportId is not null, "no import record for an import that ran");
        if (result.Applied + result.Rejected == 0)
        {
            Require(FuzzDepot.Snapshot(context, except: "imports") == beforeRows, $"nothing was to change (applied {result.Applied}, rejected {result.Rejected}) but the database did");
            return $"{what}: unchanged but recorded, read {result.RowsRead}";
        }

        if (preview is not null)
        {
            // Exactly the rows the dry run found valid are applied, unless a rule refuses one while applying (then it is rejected).
            var refusedWhileApplying = result.Rejected - preview.Rejected;
            Require(refusedWhileApplying >= 0 && result.Applied + refusedWhileApplying == preview.RowsRead - preview.AlreadyApplied - preview.Rejected,
                $"the dry run would apply {preview.RowsRead - preview.AlreadyApplied - preview.Rejected} (rejecting {preview.Rejected}); the import applied {result.Applied} and rejected {result.Rejected}");
        }

        var problems = new IntegrityCheck(context).Run();
        Require(problems.Count == 0, $"the depot is inconsistent after the import: {string.Join("; ", problems.Take(3))}");
        var stored = FuzzDepot.ControlCharacterStored(context);
        Require(stored is null, $"a control character reached the database: {stored}");
        var again = Run(context, kind, bytes, new ImportOptions(DryRun: true));
        Require(again.RowsRead == result.RowsRead, $"a second reading found {again.RowsRead} rows, the first {result.RowsRead}");
        Require(again.RowsRead - again.AlreadyApplied - again.Rejected == 0,
            $"valid rows were left unapplied: a second look would apply {again.RowsRead - again.AlreadyApplied - again.Rejected}");
        Require(again.AlreadyApplied >= result.Applied, $"applied {result.Applied}, but a second look finds only {again.AlreadyApplied} already applied");
        return $"{what}: read {result.RowsRead} applied {result.Applied} rejected {result.Rejected} (while applying {result.Rejected - (preview?.Rejected ?? result.Rejected)})";
    }

    /// <summary><c>DEPOT_FUZZ_CASES=N</c> runs a longer hunt locally; CI keeps the bounded default.</summary>
    private static int Cases() =>
        int.TryParse(Environment.GetEnvironmentVariable("DEPOT_FUZZ_CASES"), out var cases) && cases > 0 ? Math.Min(cases, 999) : CasesPerKind;

    private static string Head(string text) => text[..Math.Min(200, text.Length)];

    private static ImportResult Run(DepotContext context, string kind, byte[] bytes, ImportOptions options) =>
        RunKeepingRejects(context, kind, bytes, options).Result;

    private static (ImportResult Result, byte[] Rejects) RunKeepingRejects(DepotContext context, string kind, byte[] bytes, ImportOptions options)
    {
        using var rejects = new MemoryStream();
        var result = ExchangeKinds.FindImport(kind)!.Run(context, ImportSource.FromBytes($"{kind}.csv", bytes, rejects), options);
        return (result, rejects.ToArray());
    }

    /// <summary>How many records a dry run reads from a rejects file (-1 when it refuses the file).</summary>
    private static long ReadBack(DepotContext context, string kind, byte[] rejects)
    {
        try
        {
            return Run(context, kind, rejects, new ImportOptions(DryRun: true)).RowsRead;
        }
        catch (RefusedException)
        {
            return -1;
        }
    }
}
