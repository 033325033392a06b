using Depot.Core;
using Depot.Core.Owners;
using Depot.Core.Reports;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Reads one owner's quality report and late returns (the first owner when none is named).</summary>
internal sealed record LoadReports(string? Owner = null) : Command
{
    public sealed record Loaded(IReadOnlyList<string> Owners, string? Owner, IReadOnlyList<QualityReportRow> Rows, IReadOnlyList<OverdueReturnRow> Overdue) : Outcome;

    public override Outcome Run(DepotContext depot)
    {
        var owners = new Catalog(depot).ListOwners().Select(o => o.Code).ToList();
        var owner = Owner ?? owners.FirstOrDefault();
        return owner is null
            ? new Loaded(owners, null, [], [])
            : new Loaded(owners, owner, new QualityReport(depot).Rows(owner), new OverdueReturns(depot).List(owner));
    }
}
