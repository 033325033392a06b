namespace Depot.Core.Storage;

/// <summary>A maintained counter (units per owner, model and state; monthly report figures).</summary>
public readonly record struct CounterValue(string Key, long Value);
