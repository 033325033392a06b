using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Depot.Core;
using Depot.Core.Agreements;
using Depot.Core.Billing;

namespace Depot.Tui.Cli;

/// <summary><c>depot agreement set|show</c>: what each owner pays under its service agreement.</summary>
internal static class AgreementVerbs
{
    public static void AddTo(RootCommand root)
    {
        var agreement = new Command("agreement", "Owners' service agreements: level, fee per user and month, swap, freight and packaging");

        var owner = new Argument<string>("OWNER") { Description = "Owner code" };
        var level = new Option<string>("--level") { Description = "Service level name, e.g. BAS or PROF", Required = true };
        var fee = new Option<string>("--fee-per-user") { Description = "Fee per user and month, e.g. \"39 SEK\"", Required = true };
        var swap = new Option<string>("--swap-included") { Description = "Whether advance exchange is part of the agreement: yes or no", DefaultValueFactory = _ => "yes" };
        swap.AcceptOnlyFromAmong("yes", "no");
        var freight = new Option<string?>("--freight") { Description = "Freight per swap shipment (the fee's currency), default 0" };
        var packaging = new Option<string?>("--packaging") { Description = "Packaging per swap shipment (the fee's currency), default 0" };
        var from = new Option<string?>("--from") { Description = "First day in force, yyyy-MM-dd (default: today, depot time)" };
        var set = Verb.Command("set", "Record new terms for an owner, in force from a day", owner, level, fee, swap, freight, packaging, from);
        set.SetAction(parse => Verb.Change(parse, context =>
        {
            var feeMoney = ReadMoney(parse.GetValue(fee), null, "--fee-per-user");
            var terms = new AgreementTerms(
                parse.GetValue(level)!,
                feeMoney,
                parse.GetValue(swap) == "yes",
                ReadMoney(parse.GetValue(freight) ?? "0", feeMoney.Currency, "--freight"),
                ReadMoney(parse.GetValue(packaging) ?? "0", feeMoney.Currency, "--packaging"));
            var day = parse.GetValue(from) is { } text ? ReadDay(text, "--from") : (DateOnly?)null;
            var saved = new AgreementService(context).Set(parse.GetValue(owner)!, terms, day);
            return $"Agreement for {saved.OwnerCode} from {saved.EffectiveFrom:yyyy-MM-dd}: {Describe(saved.Terms)}";
        }));

        var json = new Option<bool>("--json") { Description = "Print every version as JSON" };
        var show = Verb.Command("show", "Show an owner's agreement: the terms in force and every earlier version", owner, json);
        show.SetAction(parse => Verb.Execute(parse, context =>
        {
            var history = new AgreementService(context).History(parse.GetValue(owner)!);
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(history.Select(a => new
                {
                    owner = a.OwnerCode,
                    from = a.EffectiveFrom.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    level = a.Terms.Level,
                    feePerUser = a.Terms.FeePerUser.Amount,
                    currency = a.Terms.Currency,
                    swapIncluded = a.Terms.SwapIncluded,
                    freight = a.Terms.Freight.Amount,
                    packaging = a.Terms.Packaging.Amount,
                    recordedAt = a.RecordedAt,
                    recordedBy = a.Operator,
                }), JsonOptions));
                return DepotCli.Done;
            }

            if (history.Count == 0)
            {
                output.WriteLine($"{parse.GetValue(owner)!.Trim().ToUpperInvariant()} has no agreement yet (depot agreement set)");
                return DepotCli.Done;
            }

            foreach (var a in history)
            {
                output.WriteLine($"from {a.EffectiveFrom:yyyy-MM-dd}  {Describe(a.Terms)}  (recorded by {a.Operator})");
            }

            return DepotCli.Done;
        }));

        agreement.Subcommands.Add(set);
        agreement.Subcommands.Add(show);
        root.Subcommands.Add(agreement);
    }

    /// <summary>Readable UTF-8 JSON (names like Åsa Öberg as they are).</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Describe(AgreementTerms t) =>
        $"{t.Level}, {t.FeePerUser} per user and month, swap {(t.SwapIncluded ? "included" : "not included")}, freight {t.Freight}, packaging {t.Packaging} per shipment";

    internal static Money ReadMoney(string? text, string? currency, string option) =>
        Money.TryParse(text, currency, out var money, out var reason) ? money : throw new RefusedException($"{option}: {reason}");

    internal static DateOnly ReadDay(string text, string option) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day : throw new RefusedException($"{option} takes a date like 2026-11-15, got \"{text}\"");
}
