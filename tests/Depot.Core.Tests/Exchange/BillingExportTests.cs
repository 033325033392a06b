using System.Text;
using Depot.Core.Agreements;
using Depot.Core.Billing;
using Depot.Core.Calendar;
using Depot.Core.Cases;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Formats.Billing;
using Depot.Core.Exchange.Reading;
using Depot.Core.Invoicing;
using Depot.Core.Lifecycle;
using Depot.Core.Tests.Cases;

namespace Depot.Core.Tests.Exchange;

/// <summary>
/// The <c>billing</c> export in the spreadsheet dialect: what a Nordic spreadsheet saves (<c>;</c>,
/// decimal comma, BOM) reads back to the billing basis line for line, and a ticket a spreadsheet
/// would run as a formula is guarded like in every export.
/// </summary>
public sealed class BillingExportTests : IDisposable
{
    private const string Ticket = "=HYPERLINK(\"x\")";
    private static readonly string Defective = CasesTestDepot.Imei(1);
    private static readonly string PoolUnit = CasesTestDepot.Imei(2);
    private static readonly DateOnly December = new(2026, 12, 1);
    private readonly CasesTestDepot _depot = new("2026-11-02 08:00");

    /// <summary>
    /// NORDBANK on PROF terms (SEK); a swap shipped 20 Nov whose defective unit comes back late on
    /// 8 Dec, not covered, and the quote declined: December bills the fee and the retail price in SEK
    /// and a diagnostic fee of 19.50 EUR.
    /// </summary>
    public BillingExportTests()
    {
        new AgreementService(_depot.Context).Set("NORDBANK",
            new AgreementTerms("PROF", new Money(39m, "SEK"), true, new Money(95m, "SEK"), new Money(25m, "SEK")), new DateOnly(2026, 11, 1));
        new DepotSettings(_depot.Context).Set("diagnostic_fee", "19.50 EUR");
        _depot.Stock(PoolUnit);
        _depot.At("2026-11-20 10:00");
        var cases = new CaseService(_depot.Context);
        cases.OpenWithDevice(Ticket, "NORDBANK", CaseKind.Swap, Defective, "IP15-128", new CaseDetails("Eva Berg", null, null, null, "Screen cracked"));
        cases.ReserveSwap(Ticket);
        cases.ShipSwap(Ticket);
        _depot.At("2026-12-08 10:00");
        _depot.Units.Receive(Defective);
        _depot.Units.Inspect(Defective, InspectionOutcome.NotCovered, NotCoveredReason.Liquid, new Money(150m, "EUR"));
        _depot.Units.Decline(Defective);
    }

    public void Dispose() => _depot.Dispose();

    private byte[] Export(ExportDialect dialect)
    {
        using var buffer = new MemoryStream();
        ExchangeKinds.FindExport("billing")!.Run(_depot.Context, new ExportFilter(OwnerCode: "nordbank", Month: "2026-12"), buffer, dialect, leaveOpen: true);
        return buffer.ToArray();
    }

    // Reads an exported file the way the import side reads a partner's file: encoding, BOM and delimiter found, guards undone.
    private static List<(string Kind, DateOnly? Date, string? Ticket, string? Unit, string? Description, decimal? Amount, string? Currency)> ReadBack(byte[] file)
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
        var rows = new List<(string, DateOnly?, string?, string?, string?, decimal?, string?)>();
        while (reader.Next() is { } row)
        {
            var fields = new FieldReader(row, TimeZoneInfo.Utc);
            Assert.Equal(("NORDBANK", "2026-12"), (fields.Required("owner"), fields.Required("month")));
            rows.Add((fields.Required("kind"), fields.Date("date"), fields.Optional("ticket"), fields.Optional("unit"),
                fields.Optional("description"), fields.Amount("amount"), fields.Optional("currency")));
            Assert.Null(fields.Error);
        }

        return rows;
    }

    [Fact]
    public void The_spreadsheet_dialect_reads_back_to_the_billing_basis_line_for_line()
    {
        var basis = new BillingService(_depot.Context).Basis("NORDBANK", December);
        Assert.Equal([new Money(19.50m, "EUR"), new Money(13395.00m, "SEK")], basis.Totals);

        var read = ReadBack(Export(ExportDialect.Excel));

        var expected = basis.Lines.Concat(basis.Pending)
            .Select(l => (l.Kind.ToString(), (DateOnly?)l.Date, l.Ticket, l.Unit, (string?)l.Description, (decimal?)l.Amount.Amount, (string?)l.Amount.Currency))
            .Concat(basis.Totals.Select(t => ("Total", (DateOnly?)null, (string?)null, (string?)null, (string?)$"Total {t.Currency}", (decimal?)t.Amount, (string?)t.Currency)))
            .ToList();
        Assert.Equal(expected, read);
        Assert.Contains(read, r => r.Kind == "DiagnosticFee" && r.Ticket == Ticket && r.Amount == 19.50m && r.Currency == "EUR");
    }

    [Fact]
    public void The_spreadsheet_dialect_has_a_bom_semicolons_decimal_commas_and_guards_formulas()
    {
        var file = Export(ExportDialect.Excel);

        Assert.Equal(Encoding.UTF8.GetPreamble(), file[..3]);
        var lines = Encoding.UTF8.GetString(file[3..]).TrimEnd('\n').Split('\n');
        Assert.Equal("owner;month;kind;date;ticket;unit;description;amount;currency", lines[0]);
        var fee = Assert.Single(lines, l => l.Contains(";DiagnosticFee;", StringComparison.Ordinal));
        Assert.StartsWith("NORDBANK;2026-12;DiagnosticFee;2026-12-08;\"'=HYPERLINK(\"\"x\"\")\";", fee);
        Assert.EndsWith(";19,5;EUR", fee);
        Assert.Contains("NORDBANK;2026-12;Total;;;;Total EUR;19,5;EUR", lines);
        Assert.DoesNotContain(lines, l => l.Contains(";=", StringComparison.Ordinal));

        // The default dialect: commas, decimal points, no BOM, the same guard.
        var plain = Encoding.UTF8.GetString(Export(ExportDialect.Default));
        Assert.StartsWith("owner,month,kind,", plain);
        Assert.Contains(",\"'=HYPERLINK(\"\"x\"\")\",", plain);
        Assert.Contains("Total EUR,19.5,EUR", plain);
    }
}
