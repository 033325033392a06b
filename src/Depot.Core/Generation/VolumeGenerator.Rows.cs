using System.Globalization;
using Depot.Core.Cases;
using Depot.Core.Identifiers;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Generation;

// The rows of one generated unit: the unit, its identifiers, case links, repair orders and events.
public sealed partial class VolumeGenerator
{
    private void WriteRows(VolumeWriter writer, UnitRow unit, string original, bool serialOnly)
    {
        // As the services keep it: whether the latest case the unit is linked to is a repair-only case.
        unit.RepairCase = _links.Count > 0 && _cases[(int)_links.Max(l => l.CaseId) - 1] == CaseKind.Repair;
        writer.AddUnit(unit);
        writer.Identifiers.Add(new UnitIdentifierRow
        {
            Identifier = original,
            UnitId = unit.Id,
            Kind = serialOnly ? nameof(IdentifierKind.Serial) : nameof(IdentifierKind.Imei),
            AddedAt = At(_steps[0].AtTicks),
        });
        foreach (var (alias, ticks) in _swapped)
        {
            writer.Identifiers.Add(new UnitIdentifierRow { Identifier = alias, UnitId = unit.Id, Kind = nameof(IdentifierKind.Imei), AddedAt = At(ticks) });
            _aliases++;
        }

        foreach (var (caseId, role) in _links.Distinct())
        {
            writer.CaseUnits.Add(new CaseUnitRow { CaseId = caseId, UnitId = unit.Id, Role = role });
        }

        foreach (var order in _orders)
        {
            writer.RepairOrders.Add(new RepairOrderRow
            {
                OrderNo = order.OrderNo,
                UnitId = unit.Id,
                CaseId = order.CaseId == 0 ? null : order.CaseId,
                Partner = order.Partner,
                SentAt = At(order.SentTicks),
                Result = order.Result,
                CompletedAt = order.CompletedTicks is { } done ? At(done) : null,
                QuoteAmount = order.Quote is { } quote ? decimal.Parse(quote, CultureInfo.InvariantCulture) : null,
                QuoteCurrency = order.Quote is null ? null : "EUR",
            });
            _repairOrders++;
        }

        foreach (var step in _steps)
        {
            writer.Events.Add(new EventRow
            {
                UnitId = unit.Id,
                At = At(step.AtTicks),
                Operator = _options.Operator,
                Trigger = step.Trigger.ToString(),
                FromState = step.From == UnitState.None ? null : step.From.ToString(),
                ToState = step.To.ToString(),
                CaseId = step.CaseId == 0 ? null : step.CaseId,
                Details = step.Details,
            });
        }

        _events += _steps.Count;
    }
}
