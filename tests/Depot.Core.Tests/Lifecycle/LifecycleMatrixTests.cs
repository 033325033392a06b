using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Support;
using Depot.Core.Units;
using static Depot.Core.Lifecycle.UnitState;

namespace Depot.Core.Tests.Lifecycle;

/// <summary>
/// Every state x trigger x outcome, first through the Stateless table alone, then through the real
/// services and storage: each row of the design's lifecycle table works and lands where the table
/// says; every other combination is refused with its code and parameters and changes nothing.
/// </summary>
public sealed class LifecycleMatrixTests
{
    /// <summary>The guards of the lifecycle table (docs/lifecycle-and-rules.md), as the refusals must name them.</summary>
    private static readonly Dictionary<(UnitState, Trigger), string> Guards = new()
    {
        [(Received, Trigger.Inspect)] = "outcome NoFaultFound; outcome CoveredFault; outcome NotCovered with a reason and a quote; outcome BeyondRepair",
        [(AtPartner, Trigger.PartnerResult)] = "result Repaired or NoFaultFound; result BeyondRepair; result QuoteNeeded",
    };

    /// <summary>Each value of the facts a trigger looks at, by name; "missing" and "undefined" are outcomes nobody may pass.</summary>
    private static readonly string[] Variants = ["nff", "covered", "not-covered", "ber", "repaired", "quote", "pool", "user", "missing", "undefined", "-"];

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

    public static TheoryData<UnitState, Trigger, string> DecisionMatrix()
    {
        var data = new TheoryData<UnitState, Trigger, string>();
        foreach (var state in Enum.GetValues<UnitState>())
        {
            foreach (var trigger in Enum.GetValues<Trigger>())
            {
                foreach (var variant in Variants.Where(v => FactsOf(trigger, v) is not null))
                {
                    data.Add(state, trigger, variant);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DecisionMatrix))]
    public void Every_state_trigger_and_outcome_is_decided_by_the_stateless_table_as_designed(UnitState from, Trigger trigger, string variant)
    {
        var decision = UnitLifecycle.Decide(from, trigger, FactsOf(trigger, variant)!);
        var designedFrom = Expected.Where(kv => kv.Key.From == from).Select(kv => TriggerOf(kv.Key.Action)).ToHashSet();
        if (from == QualityCheck)
        {
            designedFrom.Add(Trigger.PassQc);
        }

        if (Destination(from, trigger, variant) is { } to)
        {
            Assert.True(decision.Permitted, $"{from} -{trigger} {variant}-> should go to {to}, was refused {decision.Refusal}");
            Assert.Equal(to, decision.Destination);
            Assert.Empty(decision.Parameters);
            return;
        }

        Assert.False(decision.Permitted);
        Assert.Equal(from.ToString(), decision.Parameters[RefusalKeys.State]);
        Assert.Equal(trigger.ToString(), decision.Parameters[RefusalKeys.Trigger]);
        if (!designedFrom.Contains(trigger))
        {
            Assert.Equal(RefusalCode.NotPermittedInState, decision.Refusal);
            Assert.Equal(
                designedFrom.Select(t => t.ToString()).Order(),
                decision.Parameters[RefusalKeys.Permitted].Split(", ", StringSplitOptions.RemoveEmptyEntries).Order());
        }
        else if (variant == "missing")
        {
            Assert.Equal(RefusalCode.OutcomeMissing, decision.Refusal);
            var outcomes = trigger == Trigger.Inspect ? Enum.GetNames<InspectionOutcome>() : Enum.GetNames<PartnerOutcome>();
            Assert.Equal(string.Join(", ", outcomes), decision.Parameters[RefusalKeys.Outcomes]);
        }
        else
        {
            Assert.Equal("undefined", variant);
            Assert.Equal(RefusalCode.GuardNotMet, decision.Refusal);
            Assert.Equal(Guards[(from, trigger)], decision.Parameters[RefusalKeys.Guards]);
        }
    }

    [Fact]
    public void Inspect_without_an_outcome_never_goes_to_quality_check()
    {
        var decision = UnitLifecycle.Decide(Received, Trigger.Inspect, TransitionFacts.None);
        Assert.False(decision.Permitted);
        Assert.Equal(RefusalCode.OutcomeMissing, decision.Refusal);
        Assert.Equal(RefusalCode.OutcomeMissing, Assert.Throws<RefusedException>(() => decision.RequireDestination("U1")).Code);
    }

    [Fact]
    public void A_guard_refusal_names_every_guard_it_tried()
    {
        var refusal = UnitLifecycle.Decide(AtPartner, Trigger.PartnerResult, new TransitionFacts { PartnerOutcome = (PartnerOutcome)42 })
            .ToException("356938035643809");
        Assert.Equal(RefusalCode.GuardNotMet, refusal.Code);
        Assert.Equal("356938035643809", refusal.Parameters[RefusalKeys.Unit]);
        Assert.Equal(Guards[(AtPartner, Trigger.PartnerResult)], refusal.Parameters[RefusalKeys.Guards]);
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
            var trigger = TriggerOf(action);
            var (code, parameters) = (from, trigger) switch
            {
                (None, _) => (RefusalCode.UnknownUnit, new Dictionary<string, string> { [RefusalKeys.Unit] = id }),
                // A quarantined unit has no owner yet: the owner rule refuses before the table is asked.
                (Quarantine, Trigger.Announce or Trigger.Reserve) => (RefusalCode.General, new()),
                // Received and Quarantine are where a receive leaves a unit: a second scan is told so.
                (Received or Quarantine, Trigger.Receive) => (RefusalCode.AlreadyInState, new() { [RefusalKeys.Unit] = id, [RefusalKeys.State] = from.ToString(), [RefusalKeys.Trigger] = "Receive" }),
                _ => (RefusalCode.NotPermittedInState, new() { [RefusalKeys.Unit] = id, [RefusalKeys.State] = from.ToString(), [RefusalKeys.Trigger] = trigger.ToString() }),
            };
            Assert.Equal(code, refusal.Code);
            foreach (var (key, value) in parameters)
            {
                Assert.Equal(value, refusal.Parameters[key]);
            }

            Assert.Equal(before, depot.Snapshot());
        }
    }

    [Fact]
    public void The_table_in_code_is_the_table_in_the_design()
    {
        var rows = UnitLifecycle.Transitions.Select(t => (t.From, t.Trigger, t.To)).ToHashSet();
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
        Assert.Equal(RefusalCode.NotPermittedInState, refusal.Code);
        Assert.Equal("Available", refusal.Parameters[RefusalKeys.State]);
        Assert.Equal("Ship", refusal.Parameters[RefusalKeys.Trigger]);
        Assert.Equal("Reserve, MarkLost, Scrap", refusal.Parameters[RefusalKeys.Permitted]);
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

    /// <summary>Where the design sends <paramref name="trigger"/> with <paramref name="variant"/> from <paramref name="from"/>; null when it does not.</summary>
    private static UnitState? Destination(UnitState from, Trigger trigger, string variant)
    {
        if (trigger == Trigger.PassQc && from == QualityCheck)
        {
            return variant == "pool" ? Available : Returning;
        }

        var action = (trigger, variant) switch
        {
            (Trigger.Inspect, "nff" or "covered" or "not-covered" or "ber") => $"Inspect {variant}",
            (Trigger.PartnerResult, "repaired" or "quote" or "ber") => $"Result {variant}",
            (Trigger.PartnerResult, "nff") => "Result nff",
            (Trigger.Inspect or Trigger.PartnerResult, _) => null,
            _ => trigger.ToString(),
        };
        return action is not null && Expected.TryGetValue((from, action), out var to) ? to : null;
    }

    /// <summary>The facts a variant names, or null when <paramref name="trigger"/> does not look at that kind of fact.</summary>
    private static TransitionFacts? FactsOf(Trigger trigger, string variant) => (trigger, variant) switch
    {
        (Trigger.Inspect, "nff") => new TransitionFacts { Inspection = InspectionOutcome.NoFaultFound },
        (Trigger.Inspect, "covered") => new TransitionFacts { Inspection = InspectionOutcome.CoveredFault },
        (Trigger.Inspect, "not-covered") => new TransitionFacts { Inspection = InspectionOutcome.NotCovered },
        (Trigger.Inspect, "ber") => new TransitionFacts { Inspection = InspectionOutcome.BeyondRepair },
        (Trigger.Inspect, "undefined") => new TransitionFacts { Inspection = (InspectionOutcome)42 },
        (Trigger.PartnerResult, "repaired") => new TransitionFacts { PartnerOutcome = PartnerOutcome.Repaired },
        (Trigger.PartnerResult, "nff") => new TransitionFacts { PartnerOutcome = PartnerOutcome.NoFaultFound },
        (Trigger.PartnerResult, "ber") => new TransitionFacts { PartnerOutcome = PartnerOutcome.BeyondRepair },
        (Trigger.PartnerResult, "quote") => new TransitionFacts { PartnerOutcome = PartnerOutcome.QuoteNeeded },
        (Trigger.PartnerResult, "undefined") => new TransitionFacts { PartnerOutcome = (PartnerOutcome)42 },
        (Trigger.Inspect or Trigger.PartnerResult, "missing") => TransitionFacts.None,
        (Trigger.PassQc, "pool") => new TransitionFacts { ReturnsToPool = true },
        (Trigger.PassQc, "user") => new TransitionFacts { ReturnsToPool = false },
        (not (Trigger.Inspect or Trigger.PartnerResult or Trigger.PassQc), "-") => TransitionFacts.None,
        _ => null,
    };

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
