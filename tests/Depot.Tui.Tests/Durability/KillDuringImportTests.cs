using System.Globalization;
using System.Text;
using Depot.Core.Identifiers;
using Depot.Core.Integrity;
using Depot.Core.Storage.Rows;

namespace Depot.Tui.Tests.Durability;

/// <summary>
/// <c>depot import units FILE</c> killed with SIGKILL at seeded random moments of a 30,000-row
/// import: afterwards the depot holds all of the file or none of it, the depot check is clean, and
/// importing the same file again completes.
/// </summary>
public sealed class KillDuringImportTests
{
    private const int Rows = 30_000;

    [Fact]
    public void A_killed_import_leaves_all_or_nothing_and_the_same_import_then_completes()
    {
        using var depot = DurabilityDepot.Generate(units: 300);
        var csv = System.IO.Path.Combine(depot.Folder, "units.csv");
        WriteUnits(depot, csv);
        depot.Keep("pristine");
        long before;
        using (var context = depot.Open())
        {
            before = Count(context);
        }

        // Seeded kill moments (ms after start) spread over the import: starting up, validating, applying.
        var random = new Random(20261122);
        var moments = new[] { random.Next(150, 600), random.Next(600, 1500), random.Next(1500, 3000) };
        var outcomes = new List<string>();
        foreach (var moment in moments)
        {
            depot.PutBack("pristine");

            using (var process = DepotProcess.Start("--db", depot.Path, "import", "units", csv))
            {
                process.StandardInput.Close();
                var exited = process.WaitForExit(moment);
                if (!exited)
                {
                    process.Kill(); // SIGKILL: no finally blocks, no rollback by the program.
                }

                Assert.True(process.WaitForExit(DepotProcess.Patience));
                outcomes.Add(exited ? $"{moment} ms: finished" : $"{moment} ms: killed");
            }

            long after;
            using (var context = depot.Open())
            {
                after = Count(context);
                Assert.True(after == before || after == before + Rows, $"killed at {moment} ms: {after - before} of {Rows} rows are in the depot");
                Assert.Empty(new IntegrityCheck(context).Run());
                Assert.Empty(new IntegrityCheck(context).PoolCounts());
                Assert.True(DurabilityDepot.ReadEverything(context) > after);
            }

            var check = DepotProcess.Run(null, "--db", depot.Path, "check");
            Assert.True(check.Exit == 0, check.Output + check.Error);
            Assert.StartsWith($"OK: {after} units", check.Output);

            var again = DepotProcess.Run(null, "--db", depot.Path, "import", "units", csv);
            Assert.True(again.Exit == 0, again.Output + again.Error);
            Assert.Contains(after == before ? $"applied          {Rows}" : $"already applied  {Rows}", again.Output);
            using (var context = depot.Open())
            {
                Assert.Equal(before + Rows, Count(context));
                Assert.Empty(new IntegrityCheck(context).Run());
            }
        }

        // The seeded moments must have caught the import at least once; otherwise the test proved nothing.
        Assert.Contains(outcomes, o => o.EndsWith("killed", StringComparison.Ordinal));
    }

    private static long Count(Depot.Core.DepotContext context) => context.Read(s => s.Table<UnitRow>().Count());

    private static void WriteUnits(DurabilityDepot depot, string path)
    {
        List<string> owners = [], models = [];
        using (var context = depot.Open())
        {
            owners.AddRange(context.Read(s => s.Table<OwnerRow>().All().Select(o => o.Code).ToList()));
            models.AddRange(context.Read(s => s.Table<ModelRow>().All().Select(m => m.Sku).ToList()));
        }

        var text = new StringBuilder("imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n");
        for (var i = 0; i < Rows; i++)
        {
            // TAC 49 (the generator uses others): unique, valid by its check digit.
            var imei = Imei.FromFourteen((49_000_000_000_000L + i).ToString("D14", CultureInfo.InvariantCulture));
            text.Append(CultureInfo.InvariantCulture, $"{imei},,{models[i % models.Count]},{owners[i % owners.Count]},A,R01,2026-01-15,2028-01-15,\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
