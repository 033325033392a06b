using Stateless;
using static Depot.Core.Lifecycle.Trigger;
using static Depot.Core.Lifecycle.UnitState;

namespace Depot.Core.Lifecycle;

/// <summary>
/// The unit lifecycle of docs/lifecycle-and-rules.md: one Stateless table, one paragraph per state listing every way
/// out of it. Every machine is built from this definition (<see cref="UnitMachine"/>); decisions,
/// the printed table, the graphs, the volume generator and <c>depot check</c> all read it.
/// </summary>
public static partial class UnitLifecycle
{
    /// <summary>Configures <paramref name="machine"/> with the lifecycle. Call once per machine: Stateless sets a trigger's parameters only once.</summary>
    internal static LifecycleTriggers Define(StateMachine<UnitState, Trigger> machine)
    {
        // The outcome chooses where Inspect and PartnerResult go, the owner's policy where PassQc goes.
        var inspect = machine.SetTriggerParameters<InspectionOutcome>(Inspect);
        var partnerResult = machine.SetTriggerParameters<PartnerOutcome>(PartnerResult);
        var passQc = machine.SetTriggerParameters<bool>(PassQc);

        machine.Configure(None)
            .Permit(Intake, Available)
            .Permit(Announce, Announced)
            .Permit(Receive, Quarantine);

        machine.Configure(Available)
            .Permit(Reserve, Reserved)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(Announced)
            .Permit(Receive, Received)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(Received)
            .PermitIf(inspect, QualityCheck, outcome => outcome == InspectionOutcome.NoFaultFound, "outcome NoFaultFound")
            .PermitIf(inspect, AwaitingRepair, outcome => outcome == InspectionOutcome.CoveredFault, "outcome CoveredFault")
            .PermitIf(inspect, AwaitingApproval, outcome => outcome == InspectionOutcome.NotCovered, "outcome NotCovered with a reason and a quote")
            .PermitIf(inspect, Scrapped, outcome => outcome == InspectionOutcome.BeyondRepair, "outcome BeyondRepair")
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(Quarantine)
            .Permit(Release, Received)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(QualityCheck)
            .PermitIf(passQc, Available, returnsToPool => returnsToPool, "owner policy is pool and not a repair-only case")
            .PermitIf(passQc, Returning, returnsToPool => !returnsToPool, "owner policy is user, or a repair-only case")
            .Permit(FailQc, AwaitingRepair)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(AwaitingRepair)
            .Permit(SendToPartner, AtPartner)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(AwaitingApproval)
            .Permit(Approve, AwaitingRepair)
            .Permit(Decline, Returning)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(AtPartner)
            .PermitIf(partnerResult, QualityCheck, result => result is PartnerOutcome.Repaired or PartnerOutcome.NoFaultFound, "result Repaired or NoFaultFound")
            .PermitIf(partnerResult, Scrapped, result => result == PartnerOutcome.BeyondRepair, "result BeyondRepair")
            .PermitIf(partnerResult, AwaitingApproval, result => result == PartnerOutcome.QuoteNeeded, "result QuoteNeeded")
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(Reserved)
            .Permit(Unreserve, Available)
            .Permit(Ship, WithUser)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        // Out of the depot's hands: it can come back or go missing, but nobody here can scrap it.
        machine.Configure(WithUser)
            .Permit(Announce, Announced)
            .Permit(Receive, Received)
            .Permit(MarkLost, Lost);

        machine.Configure(Returning)
            .Permit(Ship, WithUser)
            .Permit(MarkLost, Lost)
            .Permit(Scrap, Scrapped);

        machine.Configure(Lost)
            .Permit(Found, Quarantine);

        // The end of the road: nothing leaves Scrapped.
        machine.Configure(Scrapped);

        return new LifecycleTriggers(inspect, partnerResult, passQc);
    }
}
