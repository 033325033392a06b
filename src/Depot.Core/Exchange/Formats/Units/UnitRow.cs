using Depot.Core.Identifiers;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>One row of a <c>units</c> file: a swap stock unit and its descriptive fields.</summary>
/// <param name="Identifier">The IMEI when the row has one, else the serial number.</param>
/// <param name="Serial">The serial number kept as a second identifier when the row has both.</param>
public sealed record UnitRow(
    UnitIdentifier Identifier,
    UnitIdentifier? Serial,
    string ModelSku,
    string OwnerCode,
    string? Grade,
    string? Bin,
    DateOnly? Purchased,
    DateOnly? WarrantyUntil,
    DateOnly? CarePlanUntil);
