using System.CommandLine;
using System.Globalization;
using Depot.Core.Integrity;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot check</c>: every unit's stored state must equal the fold of its events, and the kept
/// counts (units per owner, model and state; the report figures) must equal a recount. Exit 1 on any mismatch.
/// </summary>
internal static class CheckVerb
{
    public static void AddTo(RootCommand root)
    {
        var command = Verb.Command("check", "Prove that every unit's state equals the fold of its events and the kept counts equal a recount");
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var report = new IntegrityCheck(context).Full();
            var output = parse.InvocationConfiguration.Output;
            foreach (var p in report.Problems)
            {
                output.WriteLine($"MISMATCH unit {p.Identifier} (id {p.UnitId}): {p.Problem}");
            }

            output.WriteLine(report.Problems.Count == 0
                ? $"OK: {report.Units} units, {report.Events} events; every state equals the fold of its events."
                : $"{report.Problems.Count} unit(s) do not match their events ({report.Units} units, {report.Events} events checked).");
            foreach (var c in report.PoolCounts)
            {
                output.WriteLine($"MISMATCH pool counts {c}");
            }

            output.WriteLine(report.PoolCounts.Count == 0
                ? "OK: the pool counts equal a recount of the units."
                : $"{report.PoolCounts.Count} pool count line(s) do not match a recount of the units.");
            foreach (var r in report.ReportCounts)
            {
                output.WriteLine($"MISMATCH report figures {r}");
            }

            output.WriteLine(report.ReportCounts.Count == 0
                ? "OK: the report figures equal a recount of the cases and events."
                : $"{report.ReportCounts.Count} report figure(s) do not match a recount of the cases and events.");
            output.WriteLine($"checked in {report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
            return report.Clean ? DepotCli.Done : DepotCli.Refused;
        }));
        root.Subcommands.Add(command);
    }
}
