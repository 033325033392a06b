using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Support;
using Depot.Core.Units;
using static Depot.Core.Lifecycle.UnitState;

namespace Depot.Core.Tests.Lifecycle;

/// <summary>
/// Walks every state x action pair through the real services and storage: each row of the design's
/// lifecycle table works and lands where the table says; every other pair is refused and changes nothing.
/// </summary>
public sealed class LifecycleMatrixTests
{
    /// <summary>The lifecycle table of docs/lifecycle-and-rules.md, written out independently of the implementation.</summary>
    private static readonly Dictionary<(UnitState From, string Action), UnitState> Expected = BuildExpected();

    private static readonly string[] Actions =
    [
        "Intake", "Announce", "Receive", "Release", "Inspect nff", "Inspect covered", "Inspect not-covered", "Inspect ber",
        "Approve", "Decline", "SendToPartner", "Result repaired", "Result nff", "Result ber", "Result quote",
        "PassQc", "FailQc", "Reserve", "Unreserve", "Ship", "MarkLost", "Found", "Scrap",
    ];

    private static int _serial;

    public static TheoryData<UnitState, string> Matrix()
    {
        var data = new TheoryData<UnitState, string>();
        foreach (var state in Enum.GetValues<UnitState>())
        {
            foreach (var action in Actions)
            {
                data.Add(state, action);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Every_state_and_action_does_what_the_table_says(UnitState from, string action)
    {
        using var depot = new TestDepot();
        var id = BringTo(depot, from);
        var before = depot.Snapshot();

        if (Expected.TryGetValue((from, action), out var to))
        {
            var e = Fire(depot, id, action);
            Assert.Equal(from, e.From);
            Assert.Equal(to, e.To);
            Assert.Equal(to, depot.Units.Find(id)!.State);
            Assert.Equal(action.Split(' ')[0].Replace("Result", "PartnerResult"), e.Trigger.ToString());
        }
        else
        {
            var refusal = Assert.ThrowsAny<RefusedException>(() => Fire(depot, id, action));
            Assert.False(string.IsNullOrWhiteSpace(refusal.Message));
            Assert.Equal(before, depot.Snapshot());
        }
    }

    [Fact]
    public void The_table_in_code_is_the_table_in_the_design()
    {
        var rows = UnitLifecycle.Table.Transitions.Select(t => (t.From, t.Trigger, t.To)).ToHashSet();
        var designed = Expected.Select(kv => (kv.Key.From, TriggerOf(kv.Key.Action), kv.Value)).ToHashSet();

        // The matrix walks a pool owner's swap units; the other branch of PassQc is tested on its own below.
        designed.Add((QualityCheck, Trigger.PassQc, Returning));
        Assert.Equal(designed.OrderBy(r => r.ToString()), rows.OrderBy(r => r.ToString()));
    }

    [Fact]
    public void A_refused_trigger_names_the_state_and_the_permitted_triggers()
    {
        using var depot = new TestDepot();
        var id = BringTo(depot, Available);
        var refusal = Assert.Throws<RefusedException>(() => depot.Units.Ship(id));
        Assert.Contains("Ship is not permitted: the unit is Available. Permitted from Available: Reserve, MarkLost, Scrap.", refusal.Message);
    }

    [Fact]
    public void Passing_qc_returns_a_user_policy_owners_unit_to_its_user()
    {
        using var depot = new TestDepot();
        var id = NewImei();
        depot.Cases.Open("U-1", TestDepot.UserOwner, CaseKind.Swap);
        depot.Units.Announce(id, "U-1", TestDepot.Model);
        depot.Units.Receive(id);
        depot.Units.Inspect(id, InspectionOutcome.NoFaultFound);
        Assert.Equal(Returning, depot.Units.PassQc(id).To);
    }

    [Fact]
    public void Passing_qc_returns_a_repair_only_case_to_its_user_even_for_a_pool_owner()
    {
        using var depot = new TestDepot();
        var id = NewImei();
        depot.Cases.Open("R-1", TestDepot.PoolOwner, CaseKind.Repair);
        depot.Units.Announce(id, "R-1", TestDepot.Model);
        depot.Units.Receive(id);
        depot.Units.Inspect(id, InspectionOutcome.NoFaultFound);
        Assert.Equal(Returning, depot.Units.PassQc(id).To);
    }

    private static Trigger TriggerOf(string action) =>
        Enum.Parse<Trigger>(action.Split(' ')[0].Replace("Result", "PartnerResult"));

    private static string NewImei() =>
        Imei.FromFourteen($"3569380{Interlocked.Increment(ref _serial):D7}").Value;

    /// <summary>A fresh unit of the pool owner brought to <paramref name="state"/> along a plausible path.</summary>
    private static string BringTo(TestDepot depot, UnitState state)
    {
        var id = NewImei();
        var units = depot.Units;
        depot.Cases.Open("T-1", TestDepot.PoolOwner, CaseKind.Swap);
        var intake = new UnitDetails(TestDepot.PoolOwner, TestDepot.Model);
        void Arrived()
        {
            units.Announce(id, "T-1", TestDepot.Model);
            units.Receive(id);
        }

        switch (state)
        {
            case None:
                break;
            case Available:
                units.Intake(id, intake);
                break;
            case Announced:
                units.Announce(id, "T-1", TestDepot.Model);
                break;
            case Received:
                Arrived();
                break;
            case Quarantine:
                units.Receive(id);
                break;
            case QualityCheck:
                Arrived();
                units.Inspect(id, InspectionOutcome.NoFaultFound);
                break;
            case AwaitingRepair:
                Arrived();
                units.Inspect(id, InspectionOutcome.CoveredFault);
                break;
            case AwaitingApproval:
                Arrived();
                units.Inspect(id, InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Money(89m, "EUR"));
                break;
            case AtPartner:
                Arrived();
                units.Inspect(id, InspectionOutcome.CoveredFault);
                units.SendToPartner(id, "FIXIT");
                break;
            case Reserved:
                units.Intake(id, intake);
                units.Reserve(id, "T-1");
                break;
            case WithUser:
                units.Intake(id, intake);
                units.Reserve(id, "T-1");
                units.Ship(id);
                break;
            case Returning:
                Arrived();
                units.Inspect(id, InspectionOutcome.NotCovered, NotCoveredReason.Wear, new Money(49m, "EUR"));
                units.Decline(id);
                break;
            case Lost:
                units.Intake(id, intake);
                units.MarkLost(id, "not on the shelf");
                break;
            case Scrapped:
                units.Intake(id, intake);
                units.Scrap(id, "dropped");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(state));
        }

        Assert.Equal(state, units.Find(id)?.State ?? None);
        return id;
    }

    private static UnitEvent Fire(TestDepot depot, string id, string action)
    {
        var units = depot.Units;
        return action switch
        {
            "Intake" => units.Intake(id, new UnitDetails(TestDepot.PoolOwner, TestDepot.Model)),
            "Announce" => units.Announce(id, "T-1", TestDepot.Model),
            "Receive" => units.Receive(id),
            "Release" => units.Release(id, TestDepot.PoolOwner, TestDepot.Model),
            "Inspect nff" => units.Inspect(id, InspectionOutcome.NoFaultFound),
            "Inspect covered" => units.Inspect(id, InspectionOutcome.CoveredFault),
            "Inspect not-covered" => units.Inspect(id, InspectionOutcome.NotCovered, NotCoveredReason.Cosmetic, new Money(129m, "EUR")),
            "Inspect ber" => units.Inspect(id, InspectionOutcome.BeyondRepair),
            "Approve" => units.Approve(id),
            "Decline" => units.Decline(id),
            "SendToPartner" => units.SendToPartner(id, "FIXIT"),
            "Result repaired" => units.PartnerResult(id, PartnerOutcome.Repaired),
            "Result nff" => units.PartnerResult(id, PartnerOutcome.NoFaultFound),
            "Result ber" => units.PartnerResult(id, PartnerOutcome.BeyondRepair),
            "Result quote" => units.PartnerResult(id, PartnerOutcome.QuoteNeeded, quote: new Money(199m, "EUR")),
            "PassQc" => units.PassQc(id),
            "FailQc" => units.FailQc(id),
            "Reserve" => units.Reserve(id, "T-1"),
            "Unreserve" => units.Unreserve(id),
            "Ship" => units.Ship(id),
            "MarkLost" => units.MarkLost(id, "missing at count"),
            "Found" => units.Found(id),
            "Scrap" => units.Scrap(id, "cracked frame"),
            _ => throw new ArgumentOutOfRangeException(nameof(action)),
        };
    }

    private static Dictionary<(UnitState, string), UnitState> BuildExpected()
    {
        var rows = new Dictionary<(UnitState, string), UnitState>
        {
            [(None, "Intake")] = Available,
            [(None, "Announce")] = Announced,
            [(WithUser, "Announce")] = Announced,
            [(Announced, "Receive")] = Received,
            [(WithUser, "Receive")] = Received,
            [(None, "Receive")] = Quarantine,
            [(Quarantine, "Release")] = Received,
            [(Received, "Inspect nff")] = QualityCheck,
            [(Received, "Inspect covered")] = AwaitingRepair,
            [(Received, "Inspect not-covered")] = AwaitingApproval,
            [(Received, "Inspect ber")] = Scrapped,
            [(AwaitingApproval, "Approve")] = AwaitingRepair,
            [(AwaitingApproval, "Decline")] = Returning,
            [(AwaitingRepair, "SendToPartner")] = AtPartner,
            [(AtPartner, "Result repaired")] = QualityCheck,
            [(AtPartner, "Result nff")] = QualityCheck,
            [(AtPartner, "Result ber")] = Scrapped,
            [(AtPartner, "Result quote")] = AwaitingApproval,
            [(QualityCheck, "PassQc")] = Available,
            [(QualityCheck, "FailQc")] = AwaitingRepair,
            [(Available, "Reserve")] = Reserved,
            [(Reserved, "Unreserve")] = Available,
            [(Reserved, "Ship")] = WithUser,
            [(Returning, "Ship")] = WithUser,
            [(Lost, "Found")] = Quarantine,
        };
        foreach (var state in Enum.GetValues<UnitState>().Except([None, Scrapped, Lost]))
        {
            rows[(state, "MarkLost")] = Lost;
            if (state != WithUser)
            {
                rows[(state, "Scrap")] = Scrapped;
            }
        }

        return rows;
    }
}
