using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Units;

namespace Depot.Core.Cases;

// Opening a case with its device, and the swap flow: reserve a pool unit, ship it.
public sealed partial class CaseService
{
    /// <summary>
    /// Opens a case and announces the end user's device as the defective unit it expects back,
    /// in one change: both happen or neither.
    /// </summary>
    public CaseOverview OpenWithDevice(string ticket, string ownerCode, CaseKind kind, string imei, string modelSku, CaseDetails details)
    {
        if (string.IsNullOrWhiteSpace(details.Customer))
        {
            throw new RefusedException("a case needs the end user's name (--customer NAME)");
        }

        if (string.IsNullOrWhiteSpace(details.Fault))
        {
            throw new RefusedException("a case needs the reported fault (--fault TEXT)");
        }

        new UnitService(context).Identify(imei, new Catalog(context).RequireModel(modelSku));
        AllOrNothing.Run(context, () =>
        {
            var opened = Open(ticket, ownerCode, kind, details);
            return new UnitService(context).Announce(imei, opened.Ticket, modelSku, ownerCode);
        });
        return Overview(ticket);
    }

    /// <summary>
    /// Reserves a pool unit for a swap or loan case: always the case owner's stock, and the
    /// defective unit's model unless <paramref name="substitute"/> confirms another model. With no
    /// <paramref name="identifier"/>, picks the best-graded unit that has waited longest.
    /// </summary>
    public UnitEvent ReserveSwap(string ticket, string? identifier = null, bool substitute = false)
    {
        var serviceCase = Require(ticket);
        if (serviceCase.Kind == CaseKind.Repair)
        {
            throw new RefusedException($"case {serviceCase.Ticket} is a repair case: no swap unit goes out for it");
        }

        if (serviceCase.ClosedAt is not null)
        {
            throw new RefusedException($"case {serviceCase.Ticket} is closed");
        }

        var existing = CaseUnits(serviceCase.Id).Where(u => u.Role == "swap").ToList();
        if (existing.Count > 0)
        {
            throw new RefusedException($"case {serviceCase.Ticket} already has swap unit {existing[^1].Identifier} ({existing[^1].State})");
        }

        var wanted = CaseUnits(serviceCase.Id).FirstOrDefault(u => u.Role == "defective")?.ModelSku;
        var units = new UnitService(context);
        Unit unit;
        if (identifier is not null)
        {
            unit = units.Require(identifier);
            if (!string.Equals(unit.OwnerCode, serviceCase.OwnerCode, StringComparison.OrdinalIgnoreCase))
            {
                throw new RefusedException(
                    $"{unit.Identifier} is {unit.OwnerCode ?? "nobody"}'s stock and case {serviceCase.Ticket} is {serviceCase.OwnerCode}'s: one owner's stock never serves another owner's case");
            }

            if (wanted is not null && !string.Equals(unit.ModelSku, wanted, StringComparison.OrdinalIgnoreCase) && !substitute)
            {
                throw new RefusedException(
                    $"{unit.Identifier} is a {unit.ModelSku}, case {serviceCase.Ticket} needs a {wanted}: confirm a substitute model explicitly (--substitute)");
            }
        }
        else
        {
            unit = PickFromPool(serviceCase, wanted, substitute, units);
        }

        var substituted = wanted is not null && !string.Equals(unit.ModelSku, wanted, StringComparison.OrdinalIgnoreCase);
        return units.Reserve(unit.Identifier.Value, serviceCase.Ticket,
            note: substituted ? $"substitute {unit.ModelSku} for {wanted}, confirmed by {context.Operator}" : null);
    }

    /// <summary>Ships the case's reserved swap unit; the case gets its ship date (cut-off rule) and return due date.</summary>
    public UnitEvent ShipSwap(string ticket)
    {
        var serviceCase = Require(ticket);
        var swap = CaseUnits(serviceCase.Id).LastOrDefault(u => u.Role == "swap")
            ?? throw new RefusedException($"case {serviceCase.Ticket} has no swap unit reserved (reserve one with: depot case reserve {serviceCase.Ticket})");
        if (swap.State != UnitState.Reserved)
        {
            throw new RefusedException($"swap unit {swap.Identifier} of case {serviceCase.Ticket} is {swap.State}, not Reserved");
        }

        return new UnitService(context).Ship(swap.Identifier);
    }

    private Unit PickFromPool(ServiceCase serviceCase, string? wanted, bool substitute, UnitService units)
    {
        var available = units.List(new UnitFilter(UnitState.Available, serviceCase.OwnerCode, Limit: 100_000))
            .OrderBy(u => u.Grade).ThenBy(u => u.StateSince).ToList();
        var sameModel = available.Where(u => wanted is null || string.Equals(u.ModelSku, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (sameModel.Count > 0)
        {
            return sameModel[0];
        }

        if (available.Count == 0)
        {
            throw new RefusedException($"{serviceCase.OwnerCode}'s pool has no Available unit; only {serviceCase.OwnerCode}'s own stock can serve case {serviceCase.Ticket}");
        }

        if (!substitute)
        {
            var others = string.Join(", ", available.GroupBy(u => u.ModelSku).Select(g => $"{g.Count()} {g.Key}"));
            throw new RefusedException(
                $"{serviceCase.OwnerCode}'s pool has no Available {wanted} for case {serviceCase.Ticket} (it has {others}): confirm a substitute model explicitly (--substitute)");
        }

        return available[0];
    }
}
