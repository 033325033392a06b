using Depot.Core;
using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>Opens a case with its device announced, as <c>depot case open</c> does.</summary>
internal sealed record OpenCase(string Ticket, string Owner, CaseKind Kind, string Imei, string Model, CaseDetails Details) : Command
{
    public sealed record Opened(CaseOverview Overview) : Outcome;

    public override Outcome Run(DepotContext depot) =>
        new Opened(new CaseService(depot).OpenWithDevice(Ticket, Owner, Kind, Imei, Model, Details));
}
