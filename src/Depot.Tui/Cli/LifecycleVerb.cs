using System.CommandLine;
using Depot.Core.Lifecycle;

namespace Depot.Tui.Cli;

/// <summary><c>depot lifecycle [--dot]</c>: the unit lifecycle table, or its Graphviz diagram.</summary>
internal static class LifecycleVerb
{
    public static void AddTo(RootCommand root)
    {
        var dot = new Option<bool>("--dot") { Description = "Print a Graphviz DOT diagram" };
        var command = Verb.Command("lifecycle", "Print the unit lifecycle table (the rules: docs/lifecycle-and-rules.md)", dot);
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(dot))
            {
                output.Write(UnitLifecycle.Table.ToDot("UnitLifecycle"));
                return DepotCli.Done;
            }

            output.WriteLine($"{"FROM",-18} {"TRIGGER",-14} {"TO",-18} RULE");
            foreach (var t in UnitLifecycle.Table.Transitions)
            {
                output.WriteLine($"{(t.From == UnitState.None ? "(none)" : t.From.ToString()),-18} {t.Trigger,-14} {t.To,-18} {t.GuardDescription}");
            }

            return DepotCli.Done;
        });
        root.Subcommands.Add(command);
    }
}
