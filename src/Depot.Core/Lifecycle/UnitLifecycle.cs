using static Depot.Core.Lifecycle.Trigger;
using static Depot.Core.Lifecycle.UnitState;

namespace Depot.Core.Lifecycle;

/// <summary>The unit lifecycle of DESIGN.md, as one readable table. Built once; immutable.</summary>
public static class UnitLifecycle
{
    /// <summary>The table every unit follows.</summary>
    public static StateMachine<UnitState, Trigger, TransitionFacts> Table { get; } = Build();

    /// <summary>The states a unit can be stored in (every state but <see cref="UnitState.None"/>).</summary>
    public static IReadOnlyList<UnitState> StoredStates { get; } = Enum.GetValues<UnitState>().Where(s => s != None).ToArray();

    private static StateMachine<UnitState, Trigger, TransitionFacts> Build()
    {
        var table = StateMachine<UnitState, Trigger, TransitionFacts>.Create();

        table.Configure(None)
            .Permit(Intake, Available)
            .Permit(Announce, Announced)
            .Permit(Receive, Quarantine);

        table.Configure(WithUser)
            .Permit(Announce, Announced)
            .Permit(Receive, Received);

        table.Configure(Announced)
            .Permit(Receive, Received);

        table.Configure(Quarantine)
            .Permit(Release, Received);

        table.Configure(Received)
            .PermitIf(Inspect, QualityCheck, f => f.Inspection == InspectionOutcome.NoFaultFound, "outcome NoFaultFound")
            .PermitIf(Inspect, AwaitingRepair, f => f.Inspection == InspectionOutcome.CoveredFault, "outcome CoveredFault")
            .PermitIf(Inspect, AwaitingApproval, f => f.Inspection == InspectionOutcome.NotCovered, "outcome NotCovered with a reason and a quote")
            .PermitIf(Inspect, Scrapped, f => f.Inspection == InspectionOutcome.BeyondRepair, "outcome BeyondRepair");

        table.Configure(AwaitingApproval)
            .Permit(Approve, AwaitingRepair)
            .Permit(Decline, Returning);

        table.Configure(AwaitingRepair)
            .Permit(SendToPartner, AtPartner);

        table.Configure(AtPartner)
            .PermitIf(PartnerResult, QualityCheck, f => f.PartnerOutcome is PartnerOutcome.Repaired or PartnerOutcome.NoFaultFound, "result Repaired or NoFaultFound")
            .PermitIf(PartnerResult, Scrapped, f => f.PartnerOutcome == PartnerOutcome.BeyondRepair, "result BeyondRepair")
            .PermitIf(PartnerResult, AwaitingApproval, f => f.PartnerOutcome == PartnerOutcome.QuoteNeeded, "result QuoteNeeded");

        table.Configure(QualityCheck)
            .PermitIf(PassQc, Available, f => f.ReturnsToPool, "owner policy is pool and not a repair-only case")
            .PermitIf(PassQc, Returning, f => !f.ReturnsToPool, "owner policy is user, or a repair-only case")
            .Permit(FailQc, AwaitingRepair);

        table.Configure(Available)
            .Permit(Reserve, Reserved);

        table.Configure(Reserved)
            .Permit(Unreserve, Available);

        table.Configure(Reserved, Returning)
            .Permit(Ship, WithUser);

        table.Configure(Available, Announced, Received, Quarantine, QualityCheck, AwaitingRepair, AwaitingApproval, AtPartner, Reserved, WithUser, Returning)
            .Permit(MarkLost, Lost);

        table.Configure(Lost)
            .Permit(Found, Quarantine);

        table.Configure(Available, Announced, Received, Quarantine, QualityCheck, AwaitingRepair, AwaitingApproval, AtPartner, Reserved, Returning)
            .Permit(Scrap, Scrapped);

        return table.Build();
    }
}
