using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>The <c>units</c> format's columns, in export order.</summary>
public static class UnitColumns
{
    public static readonly ColumnSet Set = ColumnSet.Of("imei", "serial", "*model", "*owner", "grade", "bin", "purchased", "warranty_until", "care_plan_until")
        .WithAtLeastOneOf("imei", "serial");
}
