using System.CommandLine;
using System.Globalization;
using Depot.Core;
using Depot.Core.Integrity;
using Depot.Core.Storage;
using Depot.Storage.Postgres;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot db copy --from SOURCE --to TARGET</c>: copies a whole depot between engines (a file and
/// a PostgreSQL server, either way): every table with its ids and every counter. Refuses a target
/// that holds anything; shows progress on stderr; ends by comparing rows and counters with the source
/// and running the depot check on the copy.
/// </summary>
internal static class DbCopyVerb
{
    public static void AddTo(RootCommand root)
    {
        var from = new Option<string>("--from") { Description = "The depot to copy: a file path or postgres://user@host:port/database", Required = true };
        var to = new Option<string>("--to") { Description = "Where to copy it (must be empty): a file path or a PostgreSQL URL", Required = true };
        var copy = Verb.Command("copy", "Copy a whole depot to another engine (e.g. the bench's file to a shared PostgreSQL server)", from, to);
        copy.SetAction(parse => Run(parse.GetValue(from)!, parse.GetValue(to)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error));
        var db = new Command("db", "The depot's storage: copy between engines");
        db.Subcommands.Add(copy);
        root.Subcommands.Add(db);
    }

    public static int Run(string source, string target, TextWriter output, TextWriter error)
    {
        try
        {
            if (!new PostgresEngine().Accepts(source) && !File.Exists(source))
            {
                throw new RefusedException($"no depot file {Path.GetFullPath(source)}");
            }

            using var from = StoreEngines.Open(source, new StoreOpenOptions(Create: false));
            using var into = StoreEngines.Open(target, new StoreOpenOptions(Create: true));
            error.WriteLine($"copying {from.Description} to {into.Description} ...");
            var result = StoreCopy.Copy(from, into, new Progress(error));
            foreach (var table in result.Tables.Where(t => t.Source > 0 || t.Target > 0))
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{table.Table,-20} {table.Source,12:N0} rows in the source, {table.Target,12:N0} in the target{(table.Source == table.Target ? "" : "  MISMATCH")}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"counters",-20} {result.Counters,12:N0} copied, {result.CounterDifferences.Count} differ"));
            foreach (var difference in result.CounterDifferences)
            {
                output.WriteLine($"MISMATCH counter {difference}");
            }

            if (!result.Matches)
            {
                error.WriteLine($"depot: the copy in {into.Description} does not match the source; do not use it");
                return DepotCli.Refused;
            }

            output.WriteLine($"Copied {from.Description} to {into.Description}: every table and counter matches the source.");
            error.WriteLine("checking the copy ...");
            var check = DepotCheckOfTarget(into);
            output.WriteLine(check.Clean
                ? $"depot check of the copy: OK, {check.Units:N0} units and {check.Events:N0} events; every state equals the fold of its events and the kept counts a recount."
                : $"depot check of the copy: {check.Problems.Count} unit(s), {check.PoolCounts.Count} pool count(s), {check.ReportCounts.Count} report figure(s) do not match.");
            foreach (var line in check.Problems.Select(p => $"MISMATCH unit {p.Identifier} (id {p.UnitId}): {p.Problem}")
                .Concat(check.PoolCounts.Select(c => $"MISMATCH pool counts {c}"))
                .Concat(check.ReportCounts.Select(r => $"MISMATCH report figures {r}"))
                .Take(20))
            {
                output.WriteLine(line);
            }

            if (!check.Clean)
            {
                error.WriteLine("depot: the copy is faithful, but the depot check found problems; run `depot check` on the source and the copy for the details");
                return DepotCli.Refused;
            }

            return DepotCli.Done;
        }
        catch (RefusedException e)
        {
            error.WriteLine($"depot: {e.Message}");
            return DepotCli.Refused;
        }
    }

    /// <summary>
    /// The depot check of the copy, read through the store: every unit's state equals the fold of
    /// its events, the kept counts equal a recount. (The context is not disposed: the store is the caller's.)
    /// </summary>
    private static IntegrityReport DepotCheckOfTarget(IDepotStore target) =>
        new IntegrityCheck(new DepotContext(target, target.Description.Location, "db copy", TimeProvider.System)).Full();

    /// <summary>Progress lines on stderr: at the start and end of each table and every 50,000 rows.</summary>
    private sealed class Progress(TextWriter error) : IProgress<StoreCopyProgress>
    {
        private const long Every = 50_000;

        public void Report(StoreCopyProgress value)
        {
            if (value.Total == 0 && value.Table != "counters")
            {
                return;
            }

            if (value.Done == 0 || value.Done == value.Total || value.Done % Every < 5000)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value.Table}: {value.Done:N0} of {value.Total:N0}"));
            }
        }
    }
}
