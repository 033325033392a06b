using Depot.Core;
using Depot.Core.Exchange.Import;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads the record of the latest imports.</summary>
internal sealed record LoadImports : Command
{
    public sealed record Loaded(IReadOnlyList<ImportRecord> Recent) : Outcome;

    public override Outcome Run(DepotContext depot) => new Loaded(new ImportLog(depot).Recent(30));
}
