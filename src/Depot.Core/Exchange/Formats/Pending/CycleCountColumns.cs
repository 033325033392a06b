using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.Pending;

/// <summary>
/// The columns of the <c>cycle-count</c> import (what a stock controller counted). The import itself
/// belongs with count sessions: an <c>IImportFormat</c> over these columns plus one line in <see cref="ExchangeKinds"/>.
/// </summary>
public static class CycleCountColumns
{
    public static readonly ColumnSet Set = ColumnSet.Of("*bin", "*imei", "counted", "counter");
}
