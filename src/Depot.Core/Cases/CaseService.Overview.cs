using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Cases;

// Reading cases with their units, dates, charges and status.
public sealed partial class CaseService
{
    /// <summary>The overview of one case, or a refusal when the ticket is unknown.</summary>
    public CaseOverview Overview(string ticket)
    {
        return Overview(Require(ticket), DepotCalendar.For(context));
    }

    /// <summary>
    /// Cases a stock controller must act on first: overdue (latest first), then open (soonest due
    /// first, then newest), then closed (newest first). Optionally of one owner and in one status.
    /// Only the first <paramref name="limit"/> are read in full, so a depot with hundreds of
    /// thousands of cases lists as fast as a small one.
    /// </summary>
    public IReadOnlyList<CaseOverview> List(string? ownerCode = null, CaseStatus? status = null, int limit = 500)
    {
        var owner = ownerCode is null ? null : new Catalog(context).RequireOwner(ownerCode);
        var prefix = owner is null ? "" : StoreKeys.Id(owner.Id) + "|";
        var (from, to) = status switch
        {
            CaseStatus.Closed => (prefix + "1|", prefix + "1|~"),
            CaseStatus.Open or CaseStatus.Overdue => (prefix + "0|", prefix + "0|~"),
            _ => (prefix, prefix + "~"),
        };

        // The list order puts open cases with the earliest due dates first: every overdue case is
        // among them. Twice the limit leaves room for open cases past due whose unit is already back.
        var take = (int)Math.Min(Math.Max(limit, 1) * 2L, int.MaxValue);
        var (index, keyOf) = owner is null
            ? (CaseRow.ByListOrder, (Func<CaseRow, string>)(r => r.ListKey))
            : (CaseRow.ByOwnerListOrder, r => r.OwnerListKey);
        var cases = context.Read(s =>
        {
            var table = s.Table<CaseRow>();
            var rows = table.Range(index, from, to, limit: take).ToList();
            if (rows.Count == take)
            {
                // Cases opened in the same millisecond share a key; the newest (highest id) of them come first.
                var known = rows.Select(r => r.Id).ToHashSet();
                rows.AddRange(table.Find(index, keyOf(rows[^1])).Where(r => !known.Contains(r.Id)));
            }

            var catalog = new CatalogLookup(s);
            return rows.OrderBy(keyOf, StringComparer.Ordinal).ThenByDescending(r => r.Id).Take(take).Select(r => CaseRows.ToCase(r, catalog)).ToList();
        });

        var calendar = DepotCalendar.For(context);
        return cases.Select(c => Overview(c, calendar))
            .Where(o => status is null || o.Status == status)
            .OrderBy(o => o.Status switch { CaseStatus.Overdue => 0, CaseStatus.Open => 1, _ => 2 })
            .ThenByDescending(o => o.Status == CaseStatus.Overdue ? o.WorkingDaysLate : 0)
            .Take(limit)
            .ToList();
    }

    /// <summary>The units a case moves, with identifier, role, model and state.</summary>
    public IReadOnlyList<CaseUnit> CaseUnits(long caseId) => context.Read(s =>
    {
        var catalog = new CatalogLookup(s);
        var units = s.Table<UnitRow>();
        return CaseRows.LinksOf(s, caseId)
            .Select(l => units.Get(l.UnitId) is { } u
                ? new CaseUnit(u.Id, u.Identifier, l.Role, catalog.ModelSku(u.ModelId), Enum.Parse<UnitState>(u.State), u.StateSince)
                : null)
            .OfType<CaseUnit>()
            .ToList();
    });

    private CaseOverview Overview(ServiceCase serviceCase, DepotCalendar calendar)
    {
        var units = CaseUnits(serviceCase.Id);
        var charges = new ChargeLedger(context).ForCase(serviceCase.Id);
        var today = calendar.LocalDate(context.Now);
        var defective = units.FirstOrDefault(u => u.Role == "defective");
        var swap = units.LastOrDefault(u => u.Role == "swap");
        var stillOut = defective is { State: UnitState.Announced };
        var late = serviceCase.ClosedAt is null && stillOut && serviceCase.DueDate is { } due && today > due
            ? calendar.WorkingDaysAfter(due, today)
            : 0;
        var status = serviceCase.ClosedAt is not null ? CaseStatus.Closed : late > 0 ? CaseStatus.Overdue : CaseStatus.Open;
        Money? pending = null;
        if (late > 0 && swap?.ModelSku is { } sku && !charges.Any(c => c.Kind == ChargeKind.RetailPrice))
        {
            pending = new Catalog(context).FindModel(sku)?.RetailPrice;
        }

        CoverageOnDate? coverage = null;
        if (defective is not null && new UnitService(context).FindById(defective.UnitId) is { } unit)
        {
            coverage = new CoverageService(context).On(unit, today);
        }

        return new CaseOverview(serviceCase, status, units, charges, late, pending, coverage);
    }
}
