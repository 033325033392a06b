using System.CommandLine;
using Depot.Core.Integrity;

namespace Depot.Tui.Cli;

/// <summary><c>depot check</c>: every unit's stored state must equal the fold of its events. Also recounts the kept pool counts. Exit 1 on any mismatch.</summary>
internal static class CheckVerb
{
    public static void AddTo(RootCommand root)
    {
        var command = Verb.Command("check", "Prove that every unit's state equals the fold of its events and the pool counts equal a recount");
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var check = new IntegrityCheck(context);
            var problems = check.Run();
            var output = parse.InvocationConfiguration.Output;
            foreach (var p in problems)
            {
                output.WriteLine($"MISMATCH unit {p.Identifier} (id {p.UnitId}): {p.Problem}");
            }

            var units = Convert.ToInt64(Depot.Core.Storage.SqlExtensions.Scalar(context.Connection, "SELECT count(*) FROM units"));
            var events = Convert.ToInt64(Depot.Core.Storage.SqlExtensions.Scalar(context.Connection, "SELECT count(*) FROM events"));
            output.WriteLine(problems.Count == 0
                ? $"OK: {units} units, {events} events; every state equals the fold of its events."
                : $"{problems.Count} unit(s) do not match their events ({units} units, {events} events checked).");
            var counts = check.PoolCounts();
            foreach (var c in counts)
            {
                output.WriteLine($"MISMATCH pool counts {c}");
            }

            output.WriteLine(counts.Count == 0
                ? "OK: the pool counts equal a recount of the units."
                : $"{counts.Count} pool count line(s) do not match a recount of the units.");
            return problems.Count == 0 && counts.Count == 0 ? DepotCli.Done : DepotCli.Refused;
        }));
        root.Subcommands.Add(command);
    }
}
