using System.Diagnostics;
using Depot.Core.Lifecycle;

namespace Depot.Core.Tests.Lifecycle;

/// <summary>The table drawn by Stateless as Graphviz DOT and as Mermaid, checked as text.</summary>
public sealed class LifecycleGraphTests
{
    [Fact]
    public void The_dot_graph_has_one_edge_per_row_with_the_guards_as_labels()
    {
        var dot = UnitLifecycle.ToDot();
        Assert.StartsWith("digraph {", dot);
        Assert.Contains("\"None\" -> \"Available\" [style=\"solid\", label=\"Intake\"];", dot);
        Assert.Contains("\"Received\" -> \"AwaitingApproval\" [style=\"solid\", label=\"Inspect [outcome NotCovered with a reason and a quote]\"];", dot);
        Assert.Contains("\"QualityCheck\" -> \"Available\" [style=\"solid\", label=\"PassQc [owner policy is pool and not a repair-only case]\"];", dot);
        Assert.Contains("\"Lost\" -> \"Quarantine\" [style=\"solid\", label=\"Found\"];", dot);
        Assert.DoesNotContain("\"WithUser\" -> \"Scrapped\"", dot);
        Assert.Equal(UnitLifecycle.Transitions.Count, dot.Split('\n').Count(l => l.StartsWith('"') && l.Contains(" -> ")));
    }

    [Fact]
    public void The_mermaid_graph_is_a_state_diagram_with_every_row()
    {
        var mermaid = UnitLifecycle.ToMermaid();
        Assert.StartsWith("stateDiagram-v2", mermaid);
        Assert.Contains("AtPartner --> QualityCheck : PartnerResult [result Repaired or NoFaultFound]", mermaid);
        Assert.Contains("Reserved --> WithUser : Ship", mermaid);
        Assert.Equal(UnitLifecycle.Transitions.Count, mermaid.Split('\n').Count(l => l.Contains(" --> ") && !l.Contains("[*]")));
    }

    [Fact]
    public async Task Graphviz_accepts_the_dot_graph_where_it_is_installed()
    {
        var dot = new[] { "/usr/bin/dot", "/usr/local/bin/dot" }.FirstOrDefault(File.Exists);
        if (dot is null)
        {
            return; // Graphviz is optional on a bench PC; the text checks above still hold.
        }

        using var process = Process.Start(new ProcessStartInfo(dot, "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var svg = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(UnitLifecycle.ToDot());
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, await error);
        Assert.Contains("<svg", await svg);
    }
}
