using System.Globalization;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Billing;

/// <summary>The charges ledger of every case: what each case owes and why.</summary>
public sealed class ChargeLedger(DepotContext context)
{
    /// <summary>The charges of one case, oldest first.</summary>
    public IReadOnlyList<Charge> ForCase(long caseId) => Read("WHERE ch.case_id = $case", ("$case", caseId));

    /// <summary>Every charge, oldest first (for reviews and exports).</summary>
    public IReadOnlyList<Charge> All() => Read("");

    /// <summary>Totals per currency of a set of charges ("20.00 EUR + 9495.00 SEK").</summary>
    public static string Total(IEnumerable<Charge> charges)
    {
        var totals = charges.GroupBy(c => c.Amount.Currency).Select(g => new Money(g.Sum(c => c.Amount.Amount), g.Key).ToString()).ToList();
        return totals.Count == 0 ? "none" : string.Join(" + ", totals);
    }

    /// <summary>
    /// Adds a charge inside the caller's transaction. The retail price is charged once per case:
    /// a second one is ignored and false returned.
    /// </summary>
    internal bool Add(SqliteTransaction transaction, long caseId, long? unitId, ChargeKind kind, Money amount, string reason)
    {
        using var command = context.Connection.Command(
            """
            INSERT INTO charges (case_id, unit_id, kind, amount, currency, reason, at, operator)
            VALUES ($case, $unit, $kind, $amount, $currency, $reason, $at, $operator)
            ON CONFLICT DO NOTHING
            """, transaction);
        return command.With("$case", caseId).With("$unit", unitId).With("$kind", Stored(kind))
            .With("$amount", amount.Amount.ToString(CultureInfo.InvariantCulture)).With("$currency", amount.Currency)
            .With("$reason", reason).With("$at", context.Now.ToStored()).With("$operator", context.Operator)
            .ExecuteNonQuery() == 1;
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

    private IReadOnlyList<Charge> Read(string where, params (string Name, object Value)[] parameters)
    {
        using var command = context.Connection.Command(
            $"""
            SELECT ch.id, c.ticket, ch.kind, ch.amount, ch.currency, ch.reason, u.identifier, ch.at, ch.operator
            FROM charges ch JOIN cases c ON c.id = ch.case_id LEFT JOIN units u ON u.id = ch.unit_id
            {where} ORDER BY ch.id
            """, context.CurrentTransaction);
        foreach (var (name, value) in parameters)
        {
            command.With(name, value);
        }

        using var reader = command.ExecuteReader();
        var charges = new List<Charge>();
        while (reader.Read())
        {
            charges.Add(new Charge(
                reader.GetInt64(0), reader.GetString(1), Parse(reader.GetString(2)),
                new Money(decimal.Parse(reader.GetString(3), CultureInfo.InvariantCulture), reader.GetString(4)),
                reader.GetString(5), reader.GetStringOrNull(6), SqlExtensions.ReadInstant(reader.GetString(7)), reader.GetString(8)));
        }

        return charges;
    }
}
