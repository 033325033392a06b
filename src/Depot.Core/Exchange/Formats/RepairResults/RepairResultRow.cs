using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;

namespace Depot.Core.Exchange.Formats.RepairResults;

/// <summary>One row of a <c>repair-results</c> file: what a partner did under one repair order.</summary>
/// <param name="NewImei">The unit's new IMEI when the main board was replaced.</param>
/// <param name="Parts">Part numbers, separated by <c>|</c> as the partner wrote them.</param>
public sealed record RepairResultRow(
    string Order,
    Imei Imei,
    PartnerOutcome Result,
    DateOnly? Completed,
    Imei? NewImei,
    string? Parts,
    int? LabourMinutes,
    decimal? Cost,
    string? Currency,
    decimal? Quote,
    string? Note);
