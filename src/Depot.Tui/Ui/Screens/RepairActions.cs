using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Partners;
using Depot.Core.Units;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The repair board's actions, each a question first: what it charges, where the unit goes, and
/// the values it needs (partner; result, new IMEI and quote; grade and bin). The answer goes to the
/// same Core services as the CLI.
/// </summary>
internal sealed class RepairActions(Bench bench, Action reload)
{
    private UnitService Units => new(bench.Depot);

    public void SendToPartner(Unit unit) => bench.Ask(new Question(
        $"Send {unit.Identifier} to a repair partner?",
        [
            new TextLine($"{unit.Identifier} ({unit.OwnerCode} {unit.ModelSku}) goes to the partner under a new repair order: AwaitingRepair → AtPartner."),
            new TextLine(KnownPartners(), Tone.Dim),
        ],
        "Send",
        values => Done(() => Units.SendToPartner(unit.Identifier.Value, values[0], NoteOf(values, 1), unit.Version)))
    {
        Fields = [new QuestionField("Partner code"), new QuestionField("Note (optional)")],
    });

    private string KnownPartners() => bench.Try(() => new PartnerCatalog(bench.Depot).List()) is { Count: > 0 } partners
        ? $"Partners: {string.Join(", ", partners.Select(p => p.Code))}"
        : "No repair partner is known yet: add one with depot partner add CODE --name NAME";

    public void PartnerResult(Unit unit) => bench.Ask(new Question(
        $"Partner's result for {unit.Identifier}",
        [
            new TextLine("Result: r repaired → QualityCheck · n no fault found → QualityCheck · b beyond repair → Scrapped · q quote needed → AwaitingApproval"),
            new TextLine("A board swap gives the unit a new IMEI; the old one still finds it.", Tone.Dim),
        ],
        "Record the result",
        values =>
        {
            if (Outcome(values[0]) is not { } outcome)
            {
                bench.Warn($"Result: r, n, b or q (repaired, no fault found, beyond repair, quote needed), not \"{values[0]}\"");
                return false;
            }

            Money? quote = null;
            if (values[2].Length > 0 || outcome == PartnerOutcome.QuoteNeeded)
            {
                if (!Money.TryParse(values[2], Currency(unit), out var amount, out var why))
                {
                    bench.Warn($"Quote: {why}");
                    return false;
                }

                quote = amount;
            }

            return Done(() => Units.PartnerResult(unit.Identifier.Value, outcome, values[1].Length == 0 ? null : values[1], quote, NoteOf(values, 3), unit.Version));
        })
    {
        Fields =
        [
            new QuestionField("Result (r, n, b or q)"),
            new QuestionField("New IMEI after a board swap (empty: unchanged)"),
            new QuestionField($"Partner's quote, for q ({Currency(unit)} unless given)"),
            new QuestionField("Note (optional)"),
        ],
    });

    public void Approve(Unit unit)
    {
        var charges = bench.Try(() => new ChargePreview(bench.Depot).OnApprove(unit)) ?? [];
        bench.Ask(new Question(
            $"Approve the quote for {unit.Identifier}?",
            [.. Charges(charges, unit), new TextLine("The unit goes AwaitingApproval → AwaitingRepair.")],
            "Yes, approve",
            _ => Done(() => Units.Approve(unit.Identifier.Value, null, unit.Version))));
    }

    public void Decline(Unit unit)
    {
        var charges = bench.Try(() => new ChargePreview(bench.Depot).OnDecline(unit)) ?? [];
        bench.Ask(new Question(
            $"Decline the quote for {unit.Identifier}?",
            [.. Charges(charges, unit), new TextLine("The unit goes AwaitingApproval → Returning, back to its user unrepaired.")],
            "Yes, decline",
            _ => Done(() => Units.Decline(unit.Identifier.Value, null, unit.Version))));
    }

    /// <summary>Back to the owner's pool with a grade and a bin, or back to the user; says which before doing it.</summary>
    public void PassQc(Unit unit)
    {
        var toPool = false;
        if (!bench.Try(() => toPool = Units.ReturnsToPool(unit)))
        {
            return;
        }

        if (!toPool)
        {
            bench.Ask(new Question(
                $"Pass QC for {unit.Identifier}?",
                [new TextLine($"{unit.Identifier} goes QualityCheck → Returning: back to its user (owner {unit.OwnerCode}'s policy or a repair-only case).")],
                "Yes, pass",
                _ => Done(() => Units.PassQc(unit.Identifier.Value, null, unit.Version))));
            return;
        }

        bench.Ask(new Question(
            $"Pass QC for {unit.Identifier}: back to the pool",
            [new TextLine($"{unit.Identifier} ({unit.ModelSku}) goes QualityCheck → Available in {unit.OwnerCode}'s pool, on the shelf you name.")],
            "Pass and shelve",
            values => Done(() => new Restock(bench.Depot).PassQc(unit.Identifier.Value, values[0], values[1], NoteOf(values, 2), unit.Version)))
        {
            Fields = [new QuestionField("Grade (A, B or C)", unit.Grade ?? "A"), new QuestionField("Bin", unit.Bin ?? ""), new QuestionField("Note (optional)")],
        });
    }

    public void FailQc(Unit unit) => bench.Ask(new Question(
        $"Fail QC for {unit.Identifier}?",
        [new TextLine($"{unit.Identifier} goes QualityCheck → AwaitingRepair, back for another repair.")],
        "Fail QC",
        values => Done(() => Units.FailQc(unit.Identifier.Value, NoteOf(values, 0), unit.Version)))
    {
        Fields = [new QuestionField("What failed (note)")],
    });

    private bool Done(Func<UnitEvent> step)
    {
        if (bench.Try(step) is { } done)
        {
            var unit = Units.FindById(done.UnitId);
            bench.Say($"{unit?.Identifier.Value ?? "unit"}: {done.Trigger} → {done.To}");
            reload();
        }

        // A refusal closes the question too: its reason is on the message line and nothing changed.
        return true;
    }

    private static string? NoteOf(IReadOnlyList<string> values, int index) => index < values.Count && values[index].Length > 0 ? values[index] : null;

    private string Currency(Unit unit) =>
        (unit.ModelSku is { } sku ? new Catalog(bench.Depot).FindModel(sku) : null)?.RetailPrice.Currency ?? "EUR";

    private static PartnerOutcome? Outcome(string text) => text.Trim().ToLowerInvariant() switch
    {
        "r" or "repaired" => PartnerOutcome.Repaired,
        "n" or "nff" or "no fault found" => PartnerOutcome.NoFaultFound,
        "b" or "ber" or "beyond repair" => PartnerOutcome.BeyondRepair,
        "q" or "quote" or "quote needed" => PartnerOutcome.QuoteNeeded,
        _ => null,
    };

    private static IEnumerable<TextLine> Charges(IReadOnlyList<(ChargeKind Kind, Money Amount, string Reason)> charges, Unit unit)
    {
        if (charges.Count == 0)
        {
            yield return new TextLine($"{unit.Identifier} belongs to no case: nothing is charged.");
            yield break;
        }

        yield return new TextLine("Charged to the case:", Tone.Heading);
        foreach (var (kind, amount, reason) in charges)
        {
            yield return TextLine.Of(($"  {amount}", Tone.Warn), ($"  {kind}: {reason}", Tone.Normal));
        }
    }
}
