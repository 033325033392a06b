using Depot.Core;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Imports a partner file of one kind, or (dry run) only says what it would do; as <c>depot import</c> does.</summary>
internal sealed record RunImport(string Kind, string Path, bool DryRun) : Command
{
    public sealed record Imported(ImportResult Result, string FullPath) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var kind = ExchangeKinds.FindImport(Kind) ?? throw new RefusedException($"no import kind \"{Kind}\"");
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new RefusedException("type the path of the file to import");
        }

        var full = System.IO.Path.GetFullPath(Path.Trim());
        try
        {
            return new Imported(kind.Run(depot, ImportSource.FromFile(full), new ImportOptions(DryRun: DryRun)), full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RefusedException($"cannot read {full}: {e.Message}");
        }
    }
}
