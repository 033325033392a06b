namespace Depot.Core.Lifecycle;

/// <summary>One row of the lifecycle table as Stateless describes it (its <c>GetInfo()</c>).</summary>
/// <param name="Guard">What must hold for this row to be taken (its guard's description); null when nothing but the state matters.</param>
public sealed record LifecycleTransition(UnitState From, Trigger Trigger, UnitState To, string? Guard);
