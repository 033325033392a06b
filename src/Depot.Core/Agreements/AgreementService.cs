using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Agreements;

/// <summary>
/// Owners' service agreements. Every change is a new dated version: a month is billed with the
/// terms in force on each of its days, and nothing is ever overwritten.
/// </summary>
public sealed class AgreementService(DepotContext context)
{
    /// <summary>
    /// Records new terms for <paramref name="ownerCode"/>, in force from <paramref name="from"/>
    /// (today in the depot's time zone when not given). Freight and packaging are in the fee's currency.
    /// </summary>
    public Agreement Set(string ownerCode, AgreementTerms terms, DateOnly? from = null)
    {
        var level = (terms.Level ?? "").Trim();
        if (level.Length is 0 or > 20)
        {
            throw new RefusedException($"a service level has a name of 1 to 20 characters, got \"{terms.Level}\"");
        }

        foreach (var (what, money) in new[] { ("fee per user", terms.FeePerUser), ("freight", terms.Freight), ("packaging", terms.Packaging) })
        {
            if (money.Amount < 0)
            {
                throw new RefusedException($"the {what} cannot be negative, got {money}");
            }

            if (money.Currency != terms.Currency)
            {
                throw new RefusedException($"an agreement bills in one currency: the fee is in {terms.Currency}, the {what} in {money.Currency}");
            }
        }

        var owner = RequireOwner(ownerCode);
        var effective = from ?? Today();
        var row = new AgreementRow
        {
            OwnerId = owner.Id,
            EffectiveFrom = effective,
            Level = level.ToUpperInvariant(),
            FeePerUser = terms.FeePerUser.Amount,
            Currency = terms.Currency,
            SwapIncluded = terms.SwapIncluded,
            Freight = terms.Freight.Amount,
            Packaging = terms.Packaging.Amount,
            RecordedAt = context.Now,
            Operator = context.Operator,
        };
        context.Write(w => w.Table<AgreementRow>().Insert(row));
        return ToAgreement(owner.Code, row);
    }

    /// <summary>Every version of the owner's agreement, oldest first.</summary>
    public IReadOnlyList<Agreement> History(string ownerCode)
    {
        var owner = RequireOwner(ownerCode);
        return context.Read(s => s.Table<AgreementRow>().Find(AgreementRow.ByOwner, owner.Id))
            .OrderBy(r => r.EffectiveFrom).ThenBy(r => r.Id)
            .Select(r => ToAgreement(owner.Code, r))
            .ToList();
    }

    /// <summary>The terms in force on <paramref name="day"/> (today when not given), or null when the owner has no agreement yet.</summary>
    public AgreementTerms? TermsOn(string ownerCode, DateOnly? day = null) =>
        Invoicing.BillingCalculator.TermsOn(History(ownerCode), day ?? Today());

    /// <summary>
    /// Refuses a swap case for an owner whose agreement in force does not include swap. An owner
    /// without any agreement is not refused (agreements are recorded as customers sign them).
    /// </summary>
    public void RequireSwapIncluded(string ownerCode, DateOnly day)
    {
        if (TermsOn(ownerCode, day) is { SwapIncluded: false } terms)
        {
            throw new RefusedException(
                $"{ownerCode.ToUpperInvariant()}'s agreement ({terms.Level}) does not include swap administration: open a repair case, or change the agreement (depot agreement set {ownerCode} --swap-included yes)");
        }
    }

    private DateOnly Today() => DepotCalendar.For(context).LocalDate(context.Now);

    private OwnerRow RequireOwner(string ownerCode)
    {
        var key = (ownerCode ?? "").Trim().ToUpperInvariant();
        return context.Read(s => s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, key))
            ?? throw new RefusedException($"no owner with code \"{ownerCode}\"");
    }

    private static Agreement ToAgreement(string ownerCode, AgreementRow row) => new(
        ownerCode,
        row.EffectiveFrom,
        new AgreementTerms(row.Level, new Money(row.FeePerUser, row.Currency), row.SwapIncluded, new Money(row.Freight, row.Currency), new Money(row.Packaging, row.Currency)),
        row.RecordedAt,
        row.Operator);
}
