using System.Globalization;
using Depot.Core.Agreements;
using Depot.Core.Billing;

namespace Depot.Core.Invoicing;

/// <summary>
/// Computes a month's billing basis from its facts. Pure: the same facts always give the same
/// lines, so the rules are tested at fixed dates without a database.
/// </summary>
public static class BillingCalculator
{
    public static BillingBasis Compute(BillingFacts facts)
    {
        var month = new DateOnly(facts.Month.Year, facts.Month.Month, 1);
        var end = month.AddMonths(1).AddDays(-1);
        var lines = new List<BillingLine>();
        lines.AddRange(ServiceFees(facts, month, end));

        foreach (var shipment in facts.Shipments.Where(s => s.Date >= month && s.Date <= end).OrderBy(s => s.Date).ThenBy(s => s.Ticket, StringComparer.Ordinal))
        {
            if (TermsOn(facts.Terms, shipment.Date) is not { } terms)
            {
                continue;
            }

            if (terms.Freight.Amount != 0)
            {
                lines.Add(new BillingLine(BillingLineKind.Freight, shipment.Date, shipment.Ticket, shipment.Unit, $"Freight, swap unit {shipment.Unit}", terms.Freight));
            }

            if (terms.Packaging.Amount != 0)
            {
                lines.Add(new BillingLine(BillingLineKind.Packaging, shipment.Date, shipment.Ticket, shipment.Unit, $"Packaging, swap unit {shipment.Unit}", terms.Packaging));
            }
        }

        foreach (var charge in facts.Charges.Where(c => c.Date >= month && c.Date <= end).OrderBy(c => c.Date).ThenBy(c => c.Ticket, StringComparer.Ordinal))
        {
            lines.Add(new BillingLine(charge.Kind, charge.Date, charge.Ticket, charge.Unit, charge.Reason, charge.Amount));
        }

        var pending = facts.Pending
            .Where(p => p.Shipped <= end)
            .OrderBy(p => p.Shipped).ThenBy(p => p.Ticket, StringComparer.Ordinal)
            .Select(p => new BillingLine(
                BillingLineKind.Pending, p.Shipped, p.Ticket, p.Unit,
                p.Due is { } due ? $"Retail price held: return of the defective unit due {due:yyyy-MM-dd}" : "Retail price held: defective unit not returned yet",
                p.RetailPrice))
            .ToList();

        return new BillingBasis(facts.OwnerCode, month, lines, Totals(lines), pending, Totals(pending));
    }

    /// <summary>Totals per currency, in currency order; never adds two currencies.</summary>
    public static IReadOnlyList<Money> Totals(IEnumerable<BillingLine> lines) =>
        lines.GroupBy(l => l.Amount.Currency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new Money(g.Sum(l => l.Amount.Amount), g.Key))
            .ToList();

    /// <summary>The terms in force on <paramref name="day"/>: the latest version effective on or before it.</summary>
    public static AgreementTerms? TermsOn(IEnumerable<Agreement> versions, DateOnly day) =>
        versions.Where(v => v.EffectiveFrom <= day)
            .OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.RecordedAt)
            .FirstOrDefault()?.Terms;

    // The fee of one day is fleet × fee per user ÷ days in the month; consecutive days with the
    // same terms and fleet make one line, rounded to the cent once per line.
    private static IEnumerable<BillingLine> ServiceFees(BillingFacts facts, DateOnly month, DateOnly end)
    {
        var days = end.Day;
        var fleet = facts.Fleet.OrderBy(f => f.From).ToList();
        (AgreementTerms Terms, int Fleet, DateOnly From, DateOnly To)? open = null;
        for (var day = month; day <= end; day = day.AddDays(1))
        {
            var terms = TermsOn(facts.Terms, day);
            var users = fleet.LastOrDefault(f => f.From <= day).Fleet; // 0 before the first known fleet
            if (open is { } o && terms == o.Terms && users == o.Fleet)
            {
                open = o with { To = day };
                continue;
            }

            if (open is { } done && Line(done, days) is { } line)
            {
                yield return line;
            }

            open = terms is null ? null : (terms, users, day, day);
        }

        if (open is { } last && Line(last, days) is { } final)
        {
            yield return final;
        }
    }

    private static BillingLine? Line((AgreementTerms Terms, int Fleet, DateOnly From, DateOnly To) period, int daysInMonth)
    {
        var (terms, fleet, from, to) = period;
        if (fleet == 0 || terms.FeePerUser.Amount == 0)
        {
            return null;
        }

        var days = to.DayNumber - from.DayNumber + 1;
        var amount = Math.Round(terms.FeePerUser.Amount * fleet * days / daysInMonth, 2, MidpointRounding.AwayFromZero);
        var fee = terms.FeePerUser.Amount.ToString("0.00", CultureInfo.InvariantCulture);
        var share = days == daysInMonth ? "whole month" : $"{days}/{daysInMonth} days, {from:dd}–{to:dd}";
        return new BillingLine(
            BillingLineKind.ServiceFee, from, null, null,
            $"Service fee {terms.Level}: {fleet} users × {fee} {terms.Currency} ({share})",
            new Money(amount, terms.Currency));
    }
}
