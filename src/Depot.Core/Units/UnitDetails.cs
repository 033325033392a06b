namespace Depot.Core.Units;

/// <summary>The descriptive fields of a unit entering the depot.</summary>
public sealed record UnitDetails(
    string OwnerCode,
    string ModelSku,
    string? Grade = "A",
    string? Bin = null,
    DateOnly? Purchased = null,
    DateOnly? WarrantyUntil = null,
    DateOnly? CarePlanUntil = null);
