using Depot.Core.Lifecycle;

namespace Depot.Core.Tests.Lifecycle;

public sealed class StateMachineTests
{
    private enum Door { Closed, Open, Locked }

    private enum Push { Open, Close, Lock }

    private static readonly StateMachine<Door, Push, bool> Table = Build();

    private static StateMachine<Door, Push, bool> Build()
    {
        var table = StateMachine<Door, Push, bool>.Create();
        table.Configure(Door.Closed)
            .Permit(Push.Open, Door.Open)
            .PermitIf(Push.Lock, Door.Locked, hasKey => hasKey, "has the key");
        table.Configure(Door.Open).Permit(Push.Close, Door.Closed);
        return table.Build();
    }

    [Fact]
    public void Permitted_triggers_are_listed_per_state()
    {
        Assert.Equal([Push.Open, Push.Lock], Table.PermittedTriggers(Door.Closed));
        Assert.Empty(Table.PermittedTriggers(Door.Locked));
    }

    [Fact]
    public void A_refusal_names_the_state_and_the_permitted_triggers()
    {
        var decision = Table.Decide(Door.Open, Push.Lock, true);
        Assert.False(decision.Permitted);
        Assert.Equal("Lock is not permitted: the unit is Open. Permitted from Open: Close.", decision.Refusal);
    }

    [Fact]
    public void A_guard_that_fails_is_refused_with_its_description()
    {
        var decision = Table.Decide(Door.Closed, Push.Lock, false);
        Assert.False(decision.Permitted);
        Assert.Contains("has the key", decision.Refusal);
        Assert.Equal(Door.Locked, Table.Decide(Door.Closed, Push.Lock, true).Destination);
    }

    [Fact]
    public void Dot_export_lists_every_edge_with_its_guard()
    {
        Assert.Equal(
            """
            digraph Door {
              rankdir=LR;
              "Closed" -> "Open" [label="Open"];
              "Closed" -> "Locked" [label="Lock [has the key]"];
              "Open" -> "Closed" [label="Close"];
            }

            """.ReplaceLineEndings("\n"),
            Table.ToDot("Door"));
    }

    [Fact]
    public void An_unguarded_trigger_cannot_be_permitted_twice_from_one_state()
    {
        var table = StateMachine<Door, Push, bool>.Create();
        table.Configure(Door.Closed).Permit(Push.Open, Door.Open);
        Assert.Throws<InvalidOperationException>(() => table.Configure(Door.Closed).Permit(Push.Open, Door.Locked));
    }

    [Fact]
    public void The_unit_lifecycle_dot_export_holds_the_design_table()
    {
        var dot = UnitLifecycle.Table.ToDot("UnitLifecycle");
        Assert.StartsWith("digraph UnitLifecycle {\n", dot);
        Assert.Contains("  \"None\" -> \"Available\" [label=\"Intake\"];\n", dot);
        Assert.Contains("  \"Received\" -> \"AwaitingApproval\" [label=\"Inspect [outcome NotCovered with a quote]\"];\n".Replace("with a quote", "with a reason and a quote"), dot);
        Assert.Contains("  \"QualityCheck\" -> \"Available\" [label=\"PassQc [owner policy is pool and not a repair-only case]\"];\n", dot);
        Assert.Contains("  \"Lost\" -> \"Quarantine\" [label=\"Found\"];\n", dot);
        Assert.DoesNotContain("\"WithUser\" -> \"Scrapped\"", dot);
        Assert.Equal(UnitLifecycle.Table.Transitions.Count, dot.Split('\n').Count(l => l.Contains("->")));
    }
}
