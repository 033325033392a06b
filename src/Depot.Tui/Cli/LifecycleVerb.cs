using System.CommandLine;
using Depot.Core.Lifecycle;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot lifecycle [--dot | --mermaid]</c>: the unit lifecycle table, or its diagram as Graphviz
/// DOT or Mermaid, both drawn by Stateless from the table itself.
/// </summary>
internal static class LifecycleVerb
{
    public static void AddTo(RootCommand root)
    {
        var dot = new Option<bool>("--dot") { Description = "Print the table as a Graphviz DOT diagram" };
        var mermaid = new Option<bool>("--mermaid") { Description = "Print the table as a Mermaid state diagram" };
        var command = Verb.Command("lifecycle", "Print the unit lifecycle table (the rules: docs/lifecycle-and-rules.md)", dot, mermaid);
        command.Validators.Add(result =>
        {
            if (result.GetValue(dot) && result.GetValue(mermaid))
            {
                result.AddError("give one of --dot or --mermaid");
            }
        });
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(dot))
            {
                Print(output, UnitLifecycle.ToDot());
                return DepotCli.Done;
            }

            if (parse.GetValue(mermaid))
            {
                Print(output, UnitLifecycle.ToMermaid());
                return DepotCli.Done;
            }

            output.WriteLine($"{"FROM",-18} {"TRIGGER",-14} {"TO",-18} RULE");
            foreach (var t in UnitLifecycle.Transitions)
            {
                output.WriteLine($"{(t.From == UnitState.None ? "(none)" : t.From.ToString()),-18} {t.Trigger,-14} {t.To,-18} {t.Guard}");
            }

            return DepotCli.Done;
        });
        root.Subcommands.Add(command);
    }

    /// <summary>Stateless ends its graphs without a newline; a shell prompt should not follow on the same line.</summary>
    private static void Print(TextWriter output, string graph) => output.Write(graph.EndsWith('\n') ? graph : graph + "\n");
}
