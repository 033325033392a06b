using Depot.Core;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Writes an export of one kind to a file, as <c>depot export</c> does; an existing file is kept unless <paramref name="Overwrite"/>.</summary>
internal sealed record RunExport(string Kind, string Path, bool Overwrite = false) : Command
{
    public sealed record Exported(string FullPath, long Rows) : Outcome;

    /// <summary>The file is there already: the screen asks before writing over it.</summary>
    public sealed record Exists(string FullPath) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var kind = ExchangeKinds.FindExport(Kind) ?? throw new RefusedException($"no export kind \"{Kind}\"");
        if (string.IsNullOrWhiteSpace(Path))
        {
            throw new RefusedException("type the path of the file to write");
        }

        var full = System.IO.Path.GetFullPath(Path.Trim());
        if (File.Exists(full) && !Overwrite)
        {
            return new Exists(full);
        }

        try
        {
            using var file = new FileStream(full, FileMode.Create, FileAccess.Write);
            return new Exported(full, kind.Run(depot, new ExportFilter(), file, ExportDialect.Default));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RefusedException($"cannot write {full}: {e.Message}");
        }
    }
}
