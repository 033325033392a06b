using System.Globalization;
using Depot.Core.Calendar;
using Depot.Core.Owners;
using Depot.Core.Storage;

namespace Depot.Core.Reports;

/// <summary>
/// The swap returns that are late: defective units still out past their due date (with the
/// retail price they will cost), and those that came back late (with the charge booked for review).
/// </summary>
public sealed class OverdueReturns(DepotContext context)
{
    /// <summary>Late returns, most working days late first; of one owner when <paramref name="ownerCode"/> is given.</summary>
    public IReadOnlyList<OverdueReturnRow> List(string? ownerCode = null)
    {
        var owner = ownerCode is null ? null : new Catalog(context).RequireOwner(ownerCode).Code;
        var calendar = DepotCalendar.For(context);
        var today = calendar.LocalDate(context.Now);
        var rows = new List<OverdueReturnRow>();
        using var command = context.Connection.Command(
            """
            SELECT c.ticket, o.code, c.customer, s.identifier, d.identifier, c.ship_date, c.due_date,
                   m.retail_price, m.currency, d.state, ch.amount, ch.currency,
                   (SELECT min(r.at) FROM events r WHERE r.unit_id = d.id AND r.trigger = 'Receive' AND r.at >= c.opened_at)
            FROM cases c
            JOIN owners o ON o.id = c.owner_id
            LEFT JOIN case_units cs ON cs.case_id = c.id AND cs.role = 'swap'
            LEFT JOIN units s ON s.id = cs.unit_id
            LEFT JOIN models m ON m.id = s.model_id
            LEFT JOIN case_units cd ON cd.case_id = c.id AND cd.role = 'defective'
            LEFT JOIN units d ON d.id = cd.unit_id
            LEFT JOIN charges ch ON ch.case_id = c.id AND ch.kind = 'retail_price'
            WHERE c.due_date IS NOT NULL AND c.due_date < $today AND ($owner IS NULL OR o.code = $owner)
            ORDER BY c.due_date, c.ticket
            """, context.CurrentTransaction).With("$today", today.ToStored()).With("$owner", owner);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var due = SqlExtensions.ReadDate(reader.GetString(6))!.Value;
            var stillOut = reader.GetStringOrNull(9) == "Announced";
            var receivedAt = reader.GetStringOrNull(12);
            DateOnly? received = receivedAt is null ? null : calendar.LocalDate(SqlExtensions.ReadInstant(receivedAt));
            var charged = reader.GetStringOrNull(10);
            if (!stillOut && !(received > due))
            {
                continue;
            }

            var late = calendar.WorkingDaysAfter(due, stillOut ? today : received ?? today);
            if (late == 0)
            {
                // Past the due date only by a weekend or holiday: not late yet.
                continue;
            }

            var amount = charged ?? reader.GetStringOrNull(7) ?? "0";
            rows.Add(new OverdueReturnRow(
                reader.GetString(0), reader.GetString(1), reader.GetStringOrNull(2), reader.GetStringOrNull(3), reader.GetStringOrNull(4),
                SqlExtensions.ReadDate(reader.GetString(5))!.Value, due, late,
                decimal.Parse(amount, CultureInfo.InvariantCulture), reader.GetStringOrNull(11) ?? reader.GetStringOrNull(8) ?? "",
                !stillOut));
        }

        return rows.OrderByDescending(r => r.WorkingDaysLate).ThenBy(r => r.Ticket, StringComparer.Ordinal).ToList();
    }
}
