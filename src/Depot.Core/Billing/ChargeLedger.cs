using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Billing;

/// <summary>The charges ledger of every case: what each case owes and why.</summary>
public sealed class ChargeLedger(DepotContext context)
{
    /// <summary>The charges of one case, oldest first.</summary>
    public IReadOnlyList<Charge> ForCase(long caseId) => context.Read(s =>
    {
        var rows = s.Table<ChargeRow>().Find(ChargeRow.ByCase, caseId).OrderBy(c => c.Id);
        return ToCharges(s, rows);
    });

    /// <summary>Every charge, oldest first (for reviews and exports).</summary>
    public IReadOnlyList<Charge> All() => context.Read(s => ToCharges(s, s.Table<ChargeRow>().All()));

    /// <summary>Totals per currency of a set of charges ("20.00 EUR + 9495.00 SEK").</summary>
    public static string Total(IEnumerable<Charge> charges)
    {
        var totals = charges.GroupBy(c => c.Amount.Currency).Select(g => new Money(g.Sum(c => c.Amount.Amount), g.Key).ToString()).ToList();
        return totals.Count == 0 ? "none" : string.Join(" + ", totals);
    }

    /// <summary>
    /// Adds a charge inside the caller's unit of work. The retail price is charged once per case:
    /// a second one is ignored and false returned.
    /// </summary>
    internal bool Add(IStoreWriter writer, long caseId, long? unitId, ChargeKind kind, Money amount, string reason)
    {
        var charges = writer.Table<ChargeRow>();
        var stored = Stored(kind);
        if (kind == ChargeKind.RetailPrice && charges.Find(ChargeRow.ByCase, caseId).Any(c => c.Kind == stored))
        {
            return false;
        }

        charges.Insert(new ChargeRow
        {
            CaseId = caseId,
            UnitId = unitId,
            Kind = stored,
            Amount = amount.Amount,
            Currency = amount.Currency,
            Reason = reason,
            At = context.StoredNow(),
            Operator = context.Operator,
        });
        return true;
    }

    internal static string Stored(ChargeKind kind) => kind switch
    {
        ChargeKind.DiagnosticFee => "diagnostic_fee",
        ChargeKind.Quote => "quote",
        _ => "retail_price",
    };

    private static ChargeKind Parse(string stored) => stored switch
    {
        "diagnostic_fee" => ChargeKind.DiagnosticFee,
        "quote" => ChargeKind.Quote,
        _ => ChargeKind.RetailPrice,
    };

    private static List<Charge> ToCharges(IStoreSession session, IEnumerable<ChargeRow> rows)
    {
        var tickets = new Dictionary<long, string>();
        var identifiers = new Dictionary<long, string?>();
        var charges = new List<Charge>();
        foreach (var row in rows)
        {
            if (!tickets.TryGetValue(row.CaseId, out var ticket))
            {
                ticket = session.Table<CaseRow>().Get(row.CaseId)?.Ticket ?? "";
                tickets[row.CaseId] = ticket;
            }

            string? identifier = null;
            if (row.UnitId is { } unitId && !identifiers.TryGetValue(unitId, out identifier))
            {
                identifier = session.Table<UnitRow>().Get(unitId)?.Identifier;
                identifiers[unitId] = identifier;
            }

            charges.Add(new Charge(row.Id, ticket, Parse(row.Kind), new Money(row.Amount, row.Currency), row.Reason, identifier, row.At, row.Operator));
        }

        return charges;
    }
}
