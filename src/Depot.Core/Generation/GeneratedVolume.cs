namespace Depot.Core.Generation;

/// <summary>What a generation run wrote and how long it took.</summary>
public sealed record GeneratedVolume(
    long Units,
    long Events,
    long Cases,
    long Aliases,
    long RepairOrders,
    IReadOnlyDictionary<string, long> UnitsByState,
    TimeSpan Elapsed);
