using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Depot.Core;
using Depot.Core.Invoicing;

namespace Depot.Tui.Cli;

/// <summary><c>depot billing OWNER --month yyyy-MM [--json]</c>: what to bill an owner for a month.</summary>
internal static class BillingVerb
{
    public static void AddTo(RootCommand root)
    {
        var owner = new Argument<string>("OWNER") { Description = "Owner code" };
        var month = new Option<string>("--month") { Description = "The month, yyyy-MM", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the billing basis as JSON" };
        var command = Verb.Command("billing", "The monthly billing basis: service fee, shipments' freight and packaging, case charges, amounts held", owner, month, json);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var basis = new BillingService(context).Basis(parse.GetValue(owner)!, ReadMonth(parse.GetValue(month)!));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    owner = basis.OwnerCode,
                    month = basis.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    lines = basis.Lines.Select(Json),
                    totals = basis.Totals.Select(t => new { amount = t.Amount, currency = t.Currency }),
                    pending = basis.Pending.Select(Json),
                    pendingTotals = basis.PendingTotals.Select(t => new { amount = t.Amount, currency = t.Currency }),
                }, AgreementVerbs.JsonOptions));
                return DepotCli.Done;
            }

            output.WriteLine($"Billing basis {basis.OwnerCode} {basis.Month:yyyy-MM}");
            foreach (var line in basis.Lines)
            {
                output.WriteLine($"{line.Date:yyyy-MM-dd}  {line.Kind,-13} {line.Ticket ?? "",-10} {line.Amount,16}  {line.Description}");
            }

            output.WriteLine(basis.Lines.Count == 0 ? "Nothing to bill." : $"Total: {string.Join(" + ", basis.Totals)}");
            if (basis.Pending.Count > 0)
            {
                output.WriteLine("Held, not billed:");
                foreach (var line in basis.Pending)
                {
                    output.WriteLine($"{line.Date:yyyy-MM-dd}  {line.Ticket,-10} {line.Unit,-16} {line.Amount,16}  {line.Description}");
                }

                output.WriteLine($"Held: {string.Join(" + ", basis.PendingTotals)}");
            }

            return DepotCli.Done;
        }));
        root.Subcommands.Add(command);
    }

    internal static DateOnly ReadMonth(string text) =>
        DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new RefusedException($"--month takes a month like 2026-11, got \"{text}\"");

    private static object Json(BillingLine line) => new
    {
        kind = line.Kind.ToString(),
        date = line.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ticket = line.Ticket,
        unit = line.Unit,
        description = line.Description,
        amount = line.Amount.Amount,
        currency = line.Amount.Currency,
    };
}
