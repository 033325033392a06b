using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Formats.PoolLevels;

/// <summary><c>pool-levels</c>: each owner's pool (model empty) and its models, against the target.</summary>
public static class PoolLevelsExport
{
    public static readonly ColumnSet Columns = ColumnSet.Of("owner", "model", "available", "reserved", "in_repair", "target", "shortfall");

    public static void Write(DepotContext context, ExportFilter filter, CsvExport export)
    {
        foreach (var level in new Pool.PoolLevels(context).ForAllOwners())
        {
            if (filter.OwnerCode is { } owner && !string.Equals(owner.Trim(), level.OwnerCode, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            export.Text(level.OwnerCode).Text(level.ModelSku)
                .Number(level.Available).Number(level.Reserved).Number(level.InRepair).Number(level.Target).Number(level.Shortfall)
                .EndRow();
        }
    }
}
