namespace Depot.Core.Lifecycle;

/// <summary>
/// The facts that choose a trigger's destination in the lifecycle table. Only those facts are
/// here; everything else about a unit lives in storage. Inspect and PartnerResult must be given
/// their outcome: without it they are refused (<see cref="RefusalCode.OutcomeMissing"/>), never
/// sent to a default destination.
/// </summary>
public sealed record TransitionFacts
{
    /// <summary>No facts: for the triggers whose destination depends on nothing.</summary>
    public static readonly TransitionFacts None = new();

    /// <summary>The inspection outcome; required by <see cref="Trigger.Inspect"/>.</summary>
    public InspectionOutcome? Inspection { get; init; }

    /// <summary>The repair partner's result; required by <see cref="Trigger.PartnerResult"/>.</summary>
    public PartnerOutcome? PartnerOutcome { get; init; }

    /// <summary>True when a passed unit goes back to the pool: the owner's policy is <c>pool</c> and the unit was not a repair-only case.</summary>
    public bool ReturnsToPool { get; init; }

    private static readonly TransitionFacts[] Inspections = [.. Enum.GetValues<InspectionOutcome>().Select(o => new TransitionFacts { Inspection = o })];

    private static readonly TransitionFacts[] PartnerOutcomes = [.. Enum.GetValues<Lifecycle.PartnerOutcome>().Select(o => new TransitionFacts { PartnerOutcome = o })];

    private static readonly TransitionFacts[] QcRoutes = [new TransitionFacts { ReturnsToPool = true }, new TransitionFacts { ReturnsToPool = false }];

    private static readonly TransitionFacts[] NoneOnly = [None];

    /// <summary>Every value of the facts that <paramref name="trigger"/> looks at (one, <see cref="None"/>, for the others).</summary>
    public static IReadOnlyList<TransitionFacts> VariantsFor(Trigger trigger) => trigger switch
    {
        Trigger.Inspect => Inspections,
        Trigger.PartnerResult => PartnerOutcomes,
        Trigger.PassQc => QcRoutes,
        _ => NoneOnly,
    };
}
