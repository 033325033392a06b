using Depot.Core.Lifecycle;
using static Depot.Core.Lifecycle.UnitState;

namespace Depot.Core.Tests.Lifecycle;

/// <summary>A unit's Stateless machine over state kept outside it, and the pitfalls of Stateless 5.20.1 it must not fall into.</summary>
public sealed class UnitMachineTests
{
    private sealed class Stored
    {
        public UnitState State { get; set; }

        public int Writes { get; set; }
    }

    private static (UnitMachine Machine, Stored Stored) Over(UnitState state)
    {
        var stored = new Stored { State = state };
        return (new UnitMachine(() => stored.State, s => { stored.State = s; stored.Writes++; }), stored);
    }

    [Fact]
    public void A_permitted_trigger_writes_the_destination_through_the_mutator()
    {
        var (machine, stored) = Over(Received);
        var decision = machine.Fire(Trigger.Inspect, new TransitionFacts { Inspection = InspectionOutcome.CoveredFault });
        Assert.Equal(AwaitingRepair, decision.Destination);
        Assert.Equal(AwaitingRepair, stored.State);
        Assert.Equal(AwaitingRepair, machine.State);
    }

    [Fact]
    public void The_machine_reads_the_state_anew_each_time_it_fires()
    {
        var (machine, stored) = Over(Available);
        stored.State = AtPartner;
        Assert.Equal(Scrapped, machine.Fire(Trigger.PartnerResult, new TransitionFacts { PartnerOutcome = PartnerOutcome.BeyondRepair }).Destination);
    }

    [Fact]
    public void An_unhandled_trigger_is_a_refusal_not_an_exception_and_writes_nothing()
    {
        var (machine, stored) = Over(Scrapped);
        var decision = machine.Fire(Trigger.Found, TransitionFacts.None);
        Assert.Equal(RefusalCode.NotPermittedInState, decision.Refusal);
        Assert.Equal("", decision.Parameters[RefusalKeys.Permitted]);
        Assert.Equal(0, stored.Writes);
        Assert.Equal(Scrapped, stored.State);
    }

    [Theory]
    [InlineData(Trigger.Inspect)]
    [InlineData(Trigger.PartnerResult)]
    public void A_trigger_chosen_by_its_outcome_is_refused_without_one_instead_of_taking_the_default(Trigger trigger)
    {
        var (machine, stored) = Over(trigger == Trigger.Inspect ? Received : AtPartner);
        var decision = machine.Fire(trigger, TransitionFacts.None);
        Assert.Equal(RefusalCode.OutcomeMissing, decision.Refusal);
        Assert.Equal(0, stored.Writes);
    }

    [Fact]
    public void An_outcome_no_guard_accepts_is_refused_with_the_guard_descriptions()
    {
        var (machine, stored) = Over(Received);
        var decision = machine.Fire(Trigger.Inspect, new TransitionFacts { Inspection = (InspectionOutcome)7 });
        Assert.Equal(RefusalCode.GuardNotMet, decision.Refusal);
        Assert.Contains("outcome NoFaultFound", decision.Parameters[RefusalKeys.Guards]);
        Assert.Contains("outcome BeyondRepair", decision.Parameters[RefusalKeys.Guards]);
        Assert.Equal(Received, stored.State);
    }

    [Fact]
    public void Each_machine_sets_its_trigger_parameters_once_so_many_machines_can_be_built()
    {
        var machines = Enumerable.Range(0, 3).Select(_ => Over(QualityCheck)).ToArray();
        Assert.All(machines, m => Assert.Equal(Available, m.Machine.Fire(Trigger.PassQc, new TransitionFacts { ReturnsToPool = true }).Destination));
    }

    [Fact]
    public void Decisions_answer_as_a_fresh_machine_fires()
    {
        foreach (var from in Enum.GetValues<UnitState>())
        {
            foreach (var trigger in Enum.GetValues<Trigger>())
            {
                foreach (var facts in TransitionFacts.VariantsFor(trigger))
                {
                    var decided = UnitLifecycle.Decide(from, trigger, facts);
                    var fired = Over(from).Machine.Fire(trigger, facts);
                    Assert.Equal((fired.Refusal, fired.Destination), (decided.Refusal, decided.Destination));
                    Assert.Equal(fired.Parameters.OrderBy(p => p.Key), decided.Parameters.OrderBy(p => p.Key));
                }
            }
        }
    }

    [Fact]
    public void Permitted_triggers_come_from_the_table_with_guarded_ones_included()
    {
        Assert.Equal([Trigger.Inspect, Trigger.MarkLost, Trigger.Scrap], UnitLifecycle.PermittedTriggers(Received));
        Assert.Equal([Trigger.PassQc, Trigger.FailQc, Trigger.MarkLost, Trigger.Scrap], UnitLifecycle.PermittedTriggers(QualityCheck));
        Assert.Empty(UnitLifecycle.PermittedTriggers(Scrapped));
    }

    [Fact]
    public void Replaying_an_event_asks_every_outcome_of_its_trigger()
    {
        Assert.True(UnitLifecycle.Permits(Received, Trigger.Inspect, AwaitingApproval));
        Assert.True(UnitLifecycle.Permits(QualityCheck, Trigger.PassQc, Returning));
        Assert.False(UnitLifecycle.Permits(Received, Trigger.Inspect, Available));
        Assert.False(UnitLifecycle.Permits(WithUser, Trigger.Scrap, Scrapped));
    }

    [Fact]
    public void A_correction_is_refused_only_at_the_end_of_the_road()
    {
        Assert.True(UnitLifecycle.DecideCorrection(Available, "bin").Permitted);
        Assert.Equal(Lost, UnitLifecycle.DecideCorrection(Lost, "owner").Destination);
        var refused = UnitLifecycle.DecideCorrection(Scrapped, "owner");
        Assert.Equal(RefusalCode.NotPermittedInState, refused.Refusal);
        Assert.Equal("owner correction", refused.Parameters[RefusalKeys.Trigger]);
    }
}
