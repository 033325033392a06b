using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Formats.Units;
using Depot.Core.Exchange.Import;

namespace Depot.Core.Exchange;

/// <summary>
/// Every partner format the depot reads and writes (FORMATS.md), by the name the command line and
/// the Exchange screen use. A new kind is one line here plus its format class.
/// </summary>
public static class ExchangeKinds
{
    public static IReadOnlyList<ImportKind> Imports { get; } =
    [
        ImportKind.Of("units", "swap stock intake (upsert by identifier)", UnitColumns.Set, c => new UnitsImport(c)),
    ];

    public static IReadOnlyList<ExportKind> Exports { get; } =
    [
        new("units", "every unit with its owner, model and descriptive fields", UnitColumns.Set, UnitsExport.Write),
    ];

    public static ImportKind? FindImport(string name) =>
        Imports.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));

    public static ExportKind? FindExport(string name) =>
        Exports.FirstOrDefault(k => string.Equals(k.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
