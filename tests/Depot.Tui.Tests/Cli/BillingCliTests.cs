using System.Globalization;
using System.Text;
using System.Text.Json;
using Depot.Core;
using Depot.Core.Exchange.Formats.Billing;
using Depot.Core.Exchange.Reading;
using Depot.Core.Invoicing;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// <c>depot agreement set|show</c>, <c>depot billing</c> and <c>depot export billing</c> as a stock
/// controller runs them: dated terms, a demo month that bills every kind of line, the spreadsheet
/// dialect read back, and typos refused with nothing written.
/// </summary>
public sealed class BillingCliTests(BilledDemoDepot demo) : IClassFixture<BilledDemoDepot>
{
    [Fact]
    public void Agreement_changes_are_dated_and_each_month_is_billed_with_the_terms_in_force_on_its_days()
    {
        using var cli = new CliRun();
        cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "400");

        Assert.Equal(
            "Agreement for ACME from 2026-01-01: BAS, 19.00 SEK per user and month, swap not included, freight 0.00 SEK, packaging 0.00 SEK per shipment\n",
            cli.Ok("agreement", "set", "acme", "--level", "bas", "--fee-per-user", "19 SEK", "--swap-included", "no", "--from", "2026-01-01").ReplaceLineEndings("\n"));
        cli.Ok("agreement", "set", "ACME", "--level", "PROF", "--fee-per-user", "39 SEK", "--freight", "95", "--packaging", "25", "--from", "2026-11-15");

        using (var shown = JsonDocument.Parse(cli.Ok("agreement", "show", "ACME", "--json")))
        {
            Assert.Equal(
                [
                    ("ACME", "2026-01-01", "BAS", "19.00 SEK", false, "0.00 SEK", "0.00 SEK", "tester"),
                    ("ACME", "2026-11-15", "PROF", "39.00 SEK", true, "95.00 SEK", "25.00 SEK", "tester"),
                ],
                shown.RootElement.EnumerateArray().Select(a => (
                    a.GetProperty("owner").GetString(), a.GetProperty("from").GetString(), a.GetProperty("level").GetString(),
                    Money(a.GetProperty("fee_per_user")), a.GetProperty("swap_included").GetBoolean(),
                    Money(a.GetProperty("freight")), Money(a.GetProperty("packaging")), a.GetProperty("recorded_by").GetString())));
        }

        // November: 14 days of BAS and 16 of PROF for 400 users; 400 × 19 × 14/30 = 3546.67, 400 × 39 × 16/30 = 8320.
        using (var november = JsonDocument.Parse(cli.Ok("billing", "ACME", "--month", "2026-11", "--json")))
        {
            Assert.Equal(
                [
                    ("ServiceFee", "2026-11-01", "3546.67 SEK", "Service fee BAS: 400 users × 19.00 SEK (14/30 days, 01–14)"),
                    ("ServiceFee", "2026-11-15", "8320.00 SEK", "Service fee PROF: 400 users × 39.00 SEK (16/30 days, 15–30)"),
                ],
                november.RootElement.GetProperty("lines").EnumerateArray().Select(l => (
                    l.GetProperty("kind").GetString(), l.GetProperty("date").GetString(), Money(l.GetProperty("amount")), l.GetProperty("description").GetString())));
            Assert.Equal(["11866.67 SEK"], november.RootElement.GetProperty("totals").EnumerateArray().Select(Money));
        }

        Assert.Equal(["7600.00 SEK"], Totals(cli.Ok("billing", "ACME", "--month", "2026-10", "--json")));
        Assert.Equal(["15600.00 SEK"], Totals(cli.Ok("billing", "ACME", "--month", "2026-12", "--json")));
    }

    [Fact]
    public void Billing_json_of_a_demo_month_has_every_kind_of_line_and_a_total_per_currency()
    {
        var (exit, output, error) = demo.Run("billing", "nordbank", "--month", "2026-11", "--json");

        Assert.True(exit == 0, error);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(("NORDBANK", "2026-11"), (root.GetProperty("owner").GetString(), root.GetProperty("month").GetString()));
        var lines = Amounts(root.GetProperty("lines"));
        Assert.Equal(
            ["DiagnosticFee", "Freight", "Packaging", "Quote", "RetailPrice", "ServiceFee"],
            lines.Select(l => l.Kind).Distinct().Order(StringComparer.Ordinal));
        var totals = root.GetProperty("totals").EnumerateArray().Select(Money).ToList();
        Assert.Equal(["109.00 EUR", "27351.00 SEK"], totals);
        Assert.Equal(SumsPerCurrency(lines), totals);
        var pending = Amounts(root.GetProperty("pending"));
        Assert.NotEmpty(pending);
        Assert.All(pending, p => Assert.Equal("Pending", p.Kind));
        Assert.Equal(SumsPerCurrency(pending), root.GetProperty("pending_totals").EnumerateArray().Select(Money));

        // What the verb prints is the billing basis the depot computes.
        using var context = DepotContext.Open(demo.Database, "reader");
        var basis = new BillingService(context).Basis("NORDBANK", new DateOnly(2026, 11, 1));
        Assert.Equal(basis.Lines.Select(l => (l.Kind.ToString(), Text(l.Amount.Amount, l.Amount.Currency))), lines.Select(l => (l.Kind, l.Amount)));
        Assert.Equal(basis.Totals.Select(t => Text(t.Amount, t.Currency)), totals);
    }

    [Fact]
    public void Export_billing_in_the_spreadsheet_dialect_reads_back_with_a_bom_semicolons_decimal_commas_and_formulas_guarded()
    {
        var path = Path.Combine(demo.Folder, "baltlog-december.csv");

        var (exit, output, error) = demo.Run("export", "billing", "--owner", "baltlog", "--month", "2026-12", "--dialect", "excel", "--out", path);

        Assert.True(exit == 0, error);
        var file = File.ReadAllBytes(path);
        Assert.Equal(Encoding.UTF8.GetPreamble(), file[..3]);
        var text = Encoding.UTF8.GetString(file[3..]).TrimEnd('\n').Split('\n');
        Assert.Equal("owner;month;kind;date;ticket;unit;description;amount;currency", text[0]);
        Assert.Contains(text, l => l.StartsWith("BALTLOG;2026-12;Freight;2026-12-03;\"'=HYPERLINK(\"\"x\"\")\";", StringComparison.Ordinal) && l.EndsWith(";9,5;EUR", StringComparison.Ordinal));
        Assert.DoesNotContain(text, l => l.Contains(";=", StringComparison.Ordinal));

        // Read back as the import side reads a partner's file: the BOM and ';' found, the guard undone.
        var read = ReadBack(file);
        using var context = DepotContext.Open(demo.Database, "reader");
        var basis = new BillingService(context).Basis("BALTLOG", new DateOnly(2026, 12, 1));
        var expected = basis.Lines.Concat(basis.Pending)
            .Select(l => (l.Kind.ToString(), (DateOnly?)l.Date, l.Ticket, (decimal?)l.Amount.Amount, (string?)l.Amount.Currency))
            .Concat(basis.Totals.Select(t => ("Total", (DateOnly?)null, (string?)null, (decimal?)t.Amount, (string?)t.Currency)))
            .ToList();
        Assert.Equal(expected, read);
        Assert.Equal($"billing: {read.Count} row(s) written to {path}", output.Trim());
        Assert.Contains(("Freight", (DateOnly?)new DateOnly(2026, 12, 3), (string?)BilledDemoDepot.FormulaTicket, (decimal?)9.50m, (string?)"EUR"), read);
        Assert.Contains(("Packaging", (DateOnly?)new DateOnly(2026, 12, 3), (string?)BilledDemoDepot.FormulaTicket, (decimal?)2.50m, (string?)"EUR"), read);
    }

    [Theory]
    [InlineData("billing", "NOPE", "--month", "2026-11")]
    [InlineData("billing", "NORDBANK", "--month", "2026-13")]
    [InlineData("billing", "NORDBANK", "--month", "November")]
    [InlineData("export", "billing", "--owner", "NOPE", "--month", "2026-11")]
    [InlineData("export", "billing", "--owner", "NORDBANK")]
    [InlineData("agreement", "set", "NOPE", "--level", "PROF", "--fee-per-user", "39 SEK", "--from", "2026-11-01")]
    [InlineData("agreement", "show", "NOPE")]
    public void An_unknown_owner_or_a_bad_month_is_refused_with_exit_1_and_nothing_written(params string[] args)
    {
        var path = Path.Combine(demo.Folder, $"refused-{Guid.NewGuid():N}.csv");
        var before = File.ReadAllBytes(demo.Database);

        var (exit, output, error) = demo.Run(args[0] == "export" ? [.. args, "--out", path] : args);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("depot: ", error);
        Assert.Contains(args.Contains("NOPE") ? "no owner with code \"NOPE\"" : "--month", error);
        Assert.Empty(Directory.GetFiles(demo.Folder, Path.GetFileName(path) + "*"));
        Assert.Equal(before, File.ReadAllBytes(demo.Database));
    }

    [Fact]
    public void Export_billing_with_a_malformed_month_is_a_usage_error_like_every_export_and_writes_nothing()
    {
        var path = Path.Combine(demo.Folder, "bad-month.csv");

        var (exit, output, error) = demo.Run("export", "billing", "--owner", "NORDBANK", "--month", "2026-13", "--out", path);

        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("depot: --month takes a month like 2025-03, got \"2026-13\"", error.Trim());
        Assert.Empty(Directory.GetFiles(demo.Folder, "bad-month.csv*"));
    }

    [Fact]
    public void Export_help_says_what_owner_and_month_mean_for_billing()
    {
        var (exit, output, _) = demo.Run("export", "--help");

        Assert.Equal(0, exit);
        var options = output.ReplaceLineEndings("\n").Split('\n');
        Assert.Contains("billing: the owner billed (required)", Assert.Single(options, l => l.TrimStart().StartsWith("--owner", StringComparison.Ordinal)));
        Assert.Contains("billing: the month billed (yyyy-MM, required)", Assert.Single(options, l => l.TrimStart().StartsWith("--month", StringComparison.Ordinal)));
    }

    private static string Money(JsonElement money) => $"{money.GetProperty("amount").GetString()} {money.GetProperty("currency").GetString()}";

    private static string Text(decimal amount, string currency) => $"{amount.ToString("0.00", CultureInfo.InvariantCulture)} {currency}";

    private static List<string> Totals(string billingJson)
    {
        using var json = JsonDocument.Parse(billingJson);
        return json.RootElement.GetProperty("totals").EnumerateArray().Select(Money).ToList();
    }

    private static List<(string Kind, string Amount)> Amounts(JsonElement lines) =>
        lines.EnumerateArray().Select(l => (l.GetProperty("kind").GetString()!, Money(l.GetProperty("amount")))).ToList();

    // Adds the lines' amounts per currency, in currency order, as the totals should.
    private static List<string> SumsPerCurrency(IEnumerable<(string Kind, string Amount)> lines) =>
        lines.Select(l => l.Amount.Split(' '))
            .GroupBy(parts => parts[1], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Text(g.Sum(parts => decimal.Parse(parts[0], CultureInfo.InvariantCulture)), g.Key))
            .ToList();

    private static List<(string Kind, DateOnly? Date, string? Ticket, decimal? Amount, string? Currency)> ReadBack(byte[] file)
    {
        var source = new ImportSource("billing.csv", () => new MemoryStream(file), null, null);
        FileFacts facts;
        using (var stream = source.Open())
        {
            facts = FileFacts.Examine(stream);
        }

        Assert.True(facts.HasBom);
        using var reader = CsvRowReader.Open(source, facts, BillingExport.Columns);
        Assert.Equal(';', reader.Delimiter);
        var rows = new List<(string, DateOnly?, string?, decimal?, string?)>();
        while (reader.Next() is { } row)
        {
            var fields = new FieldReader(row, TimeZoneInfo.Utc);
            Assert.Equal(("BALTLOG", "2026-12"), (fields.Required("owner"), fields.Required("month")));
            rows.Add((fields.Required("kind")!, fields.Date("date"), fields.Optional("ticket"), fields.Amount("amount"), fields.Optional("currency")));
            Assert.Null(fields.Error);
        }

        return rows;
    }
}
