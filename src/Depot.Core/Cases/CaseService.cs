using Depot.Core.Owners;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Cases;

/// <summary>Opens and finds service cases.</summary>
public sealed partial class CaseService(DepotContext context)
{
    public ServiceCase Open(string ticket, string ownerCode, CaseKind kind) => Open(ticket, ownerCode, kind, CaseDetails.Empty);

    /// <summary>Opens a case with its end user, fault and diagnosis answers.</summary>
    public ServiceCase Open(string ticket, string ownerCode, CaseKind kind, CaseDetails details)
    {
        ticket = (ticket ?? "").Trim();
        if (ticket.Length is 0 or > 40)
        {
            throw new RefusedException($"a case ticket has 1 to 40 characters, got \"{ticket}\"");
        }

        var owner = new Catalog(context).RequireOwner(ownerCode);
        if (kind == CaseKind.Swap)
        {
            var registered = Calendar.DepotCalendar.For(context).LocalDate(details.ReportedAt ?? context.Now);
            new Agreements.AgreementService(context).RequireSwapIncluded(owner.Code, registered);
        }

        return context.Write(w =>
        {
            var cases = w.Table<CaseRow>();
            if (cases.FindOne(CaseRow.ByTicket, CaseRows.TicketKey(ticket)) is { } existing)
            {
                var existingOwner = w.Table<OwnerRow>().Get(existing.OwnerId)?.Code;
                throw new RefusedException($"case {existing.Ticket} already exists (owner {existingOwner}, {Enum.Parse<CaseKind>(existing.Kind, ignoreCase: true)})");
            }

            var now = context.StoredNow();
            var row = new CaseRow
            {
                Ticket = ticket,
                OwnerId = owner.Id,
                Kind = kind.ToString().ToLowerInvariant(),
                OpenedAt = now,
                Customer = details.Customer,
                Phone = details.Phone,
                Email = details.Email,
                Address = details.Address,
                Fault = details.Fault,
                ReportedAt = StoredTime.Of(details.ReportedAt ?? now),
                Diagnosis = details.Diagnosis is { Count: > 0 } d ? new Dictionary<string, string>(d) : null,
            };
            cases.Insert(row);
            Reports.ReportCounts.Record(context, w, row);
            return CaseRows.ToCase(row, new CatalogLookup(w));
        });
    }

    public ServiceCase? Find(string ticket) => context.Read(s =>
        s.Table<CaseRow>().FindOne(CaseRow.ByTicket, CaseRows.TicketKey(ticket)) is { } row ? CaseRows.ToCase(row, new CatalogLookup(s, context.Codes)) : null);

    public ServiceCase? FindById(long id) => context.Read(s =>
        s.Table<CaseRow>().Get(id) is { } row ? CaseRows.ToCase(row, new CatalogLookup(s, context.Codes)) : null);

    /// <summary>The case with <paramref name="ticket"/>, or a refusal.</summary>
    public ServiceCase Require(string ticket) =>
        Find(ticket) ?? throw new RefusedException($"no case with ticket \"{ticket}\" (open it with: depot case open)");

    /// <summary>The case a unit was most recently part of, if any.</summary>
    public ServiceCase? CurrentCaseOf(long unitId) => context.Read(s =>
        CaseRows.CurrentCaseOf(s, unitId) is { } row ? CaseRows.ToCase(row, new CatalogLookup(s, context.Codes)) : null);

    /// <summary>The units a case moves, with their role (defective or swap).</summary>
    public IReadOnlyList<(long UnitId, string Role)> UnitsOf(long caseId) => context.Read(s =>
        CaseRows.LinksOf(s, caseId).Select(l => (l.UnitId, l.Role)).ToList());

    /// <summary>
    /// Records that <paramref name="caseId"/> moves <paramref name="unitId"/>, inside the caller's unit
    /// of work (a link made twice stays one). When it is the unit's latest case, the unit's
    /// repair-case flag follows the case's kind, and the unit counters with it.
    /// </summary>
    internal void Link(IStoreWriter writer, long caseId, long unitId, string role)
    {
        var links = writer.Table<CaseUnitRow>();
        var existing = links.Find(CaseUnitRow.ByUnit, unitId);
        if (existing.Any(l => l.CaseId == caseId))
        {
            return;
        }

        links.Insert(new CaseUnitRow { CaseId = caseId, UnitId = unitId, Role = role });
        if (existing.Any(l => l.CaseId > caseId) || writer.Table<CaseRow>().Get(caseId) is not { } serviceCase)
        {
            return;
        }

        var repair = serviceCase.Kind == "repair";
        if (writer.Table<UnitRow>().Get(unitId) is { } unit && unit.RepairCase != repair)
        {
            UnitRows.Change(writer, unitId, u => u.RepairCase = repair);
        }
    }
}
