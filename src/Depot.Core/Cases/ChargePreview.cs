using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Core.Cases;

/// <summary>
/// What approving or declining a unit's quote would charge its case, read before the step is taken,
/// so a bench can say what it will do and ask first. The same rules as the charges the step writes.
/// </summary>
public sealed class ChargePreview(DepotContext context)
{
    /// <summary>The charges a Decline of <paramref name="unit"/> would add: the diagnostic fee, and on a swap case whose swap unit has shipped, that unit's retail price.</summary>
    public IReadOnlyList<(ChargeKind Kind, Money Amount, string Reason)> OnDecline(Unit unit)
    {
        if (new CaseService(context).CurrentCaseOf(unit.Id) is not { } serviceCase)
        {
            return [];
        }

        var charges = new List<(ChargeKind, Money, string)> { (ChargeKind.DiagnosticFee, new DepotSettings(context).DiagnosticFee, "quote declined") };
        var overview = new CaseService(context).Overview(serviceCase.Ticket);
        if (overview.Defective?.UnitId == unit.Id && overview.Swap is { } swap
            && swap.State is not (Lifecycle.UnitState.Available or Lifecycle.UnitState.Reserved)
            && swap.ModelSku is { } sku && new Catalog(context).FindModel(sku) is { } model)
        {
            charges.Add((ChargeKind.RetailPrice, model.RetailPrice, $"the user keeps swap unit {swap.Identifier}"));
        }

        return charges;
    }

    /// <summary>The charge an Approve of <paramref name="unit"/> would add: its latest quote, when it belongs to a case.</summary>
    public IReadOnlyList<(ChargeKind Kind, Money Amount, string Reason)> OnApprove(Unit unit)
    {
        if (new CaseService(context).CurrentCaseOf(unit.Id) is null)
        {
            return [];
        }

        var quote = new UnitService(context).History(unit.Id).LastOrDefault(e => e.Details.ContainsKey("quote"))?.Details["quote"];
        return Money.TryParse(quote, null, out var amount, out _) ? [(ChargeKind.Quote, amount, "quote approved")] : [];
    }
}
