using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;

namespace Depot.Tui.Ui.Commands;

/// <summary>
/// One of the bench's actions on a unit (approve, decline, send to partner, partner result, pass or
/// fail QC, scrap, mark lost) through the same Core service as the CLI.
/// </summary>
/// <param name="Text">The partner for SendToPartner, the reason for Scrap and MarkLost, else a note.</param>
internal sealed record FireTrigger(string Identifier, long Version, Trigger Trigger, string? Text = null, PartnerOutcome? Partner = null, Money? Quote = null) : Command
{
    public override Outcome Run(DepotContext depot)
    {
        var units = new UnitService(depot);
        var change = Trigger switch
        {
            Trigger.Approve => units.Approve(Identifier, Text, Version),
            Trigger.Decline => units.Decline(Identifier, Text, Version),
            Trigger.SendToPartner => units.SendToPartner(Identifier, Text ?? "", null, Version),
            Trigger.PartnerResult => units.PartnerResult(Identifier, Partner ?? PartnerOutcome.Repaired, null, Quote, null, Version),
            Trigger.PassQc => units.PassQc(Identifier, Text, Version),
            Trigger.FailQc => units.FailQc(Identifier, Text, Version),
            Trigger.Scrap => units.Scrap(Identifier, Text ?? "", Version),
            Trigger.MarkLost => units.MarkLost(Identifier, Text ?? "", Version),
            _ => throw new RefusedException($"{Trigger} is not done from this screen; use the CLI"),
        };
        return new UnitChanged(Identifier, change);
    }
}
