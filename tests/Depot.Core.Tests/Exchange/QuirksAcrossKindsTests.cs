using System.Text;
using Depot.Core.Exchange.Import;
using Depot.Core.Storage;

namespace Depot.Core.Tests.Exchange;

/// <summary>Every import kind meets the same partner-file quirks the same way.</summary>
public sealed class QuirksAcrossKindsTests : IDisposable
{
    private readonly ExchangeTestDepot _depot = new();

    public static TheoryData<string> Kinds => ["units", "vouchers", "pre-alerts", "repair-results"];

    public void Dispose() => _depot.Dispose();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Clean_file_applies_every_row(string kind)
    {
        var (result, _) = Import(kind, File(kind, Row(kind, 1), Row(kind, 2)));
        Assert.Equal((2, 2, 0), (result.RowsRead, result.Applied, result.Rejected));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Byte_order_mark_is_read_past(string kind)
    {
        var (result, _) = Import(kind, [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(File(kind, Row(kind, 1)))]);
        Assert.Equal((1, 0), (result.Applied, result.Rejected));
        Assert.Empty(result.Warnings);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Windows_1252_text_keeps_its_letters(string kind)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (result, _) = Import(kind, Encoding.GetEncoding(1252).GetBytes(File(kind, Row(kind, 1, text: "Åsa Öberg"))));
        Assert.Equal(1, result.Applied);
        Assert.Equal("Åsa Öberg", StoredText(kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Semicolons_and_a_quoted_field_holding_a_semicolon_and_a_line_break(string kind)
    {
        var csv = File(kind, Row(kind, 1, text: "\"A;B\nC\""), Row(kind, 2)).Replace(',', ';');
        var (result, _) = Import(kind, csv);
        Assert.Equal((2, 0), (result.Applied, result.Rejected));
        Assert.Equal("A;B\nC", StoredText(kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Seventeen_digit_imei_is_read(string kind)
    {
        var (result, _) = Import(kind, File(kind, Row(kind, 1, imei: ExchangeTestDepot.Imei(1) + "12")));
        Assert.Equal((1, 0), (result.Applied, result.Rejected));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Bad_check_digit_and_spreadsheet_number_are_row_errors(string kind)
    {
        var bad = ExchangeTestDepot.Imei(2)[..14] + (char)('0' + (ExchangeTestDepot.Imei(2)[14] - '0' + 1) % 10);
        var (result, rejects) = Import(kind, File(kind, Row(kind, 1), Row(kind, 2, imei: bad), Row(kind, 3, imei: "3.56938E+14")));

        Assert.Equal((1, 2), (result.Applied, result.Rejected));
        Assert.Equal(("imei", 3L), (result.FirstErrors[0].Column, result.FirstErrors[0].Line));
        Assert.Contains("check digit", result.FirstErrors[0].Expected);
        Assert.Equal(("imei", "3.56938E+14"), (result.FirstErrors[1].Column, result.FirstErrors[1].Value));
        Assert.Contains("spreadsheet", result.FirstErrors[1].Expected);
        Assert.Equal(3, rejects.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Unsupported_date_is_a_row_error(string kind)
    {
        var (result, _) = Import(kind, File(kind, Row(kind, 1, date: "2025/03/01")));
        Assert.Equal(DateColumn(kind), result.FirstErrors.Single().Column);
        Assert.Equal(0, result.Applied);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Missing_required_column_refuses_the_file(string kind)
    {
        var lines = File(kind, Row(kind, 1)).Split('\n');
        var imeiAt = lines[0].Split(',').ToList().IndexOf("imei");
        var without = string.Join('\n', lines.Where(l => l.Length > 0).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != imeiAt))));
        var refused = Assert.Throws<RefusedException>(() => Import(kind, without));
        Assert.Contains("\"imei", refused.Message);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Unknown_column_is_ignored_with_a_warning(string kind)
    {
        var lines = File(kind, Row(kind, 1)).Split('\n');
        var csv = $"{lines[0]},shoe_size\n{lines[1]},44\n";
        var (result, _) = Import(kind, csv);
        Assert.Equal(1, result.Applied);
        Assert.Contains(result.Warnings, w => w.Contains("shoe_size"));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Duplicate_row_is_rejected(string kind)
    {
        var (result, _) = Import(kind, File(kind, Row(kind, 1), Row(kind, 1)));
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Contains("line 2", result.FirstErrors.Single().Expected);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Empty_file_is_refused_and_header_only_reads_nothing(string kind)
    {
        Assert.Throws<RefusedException>(() => Import(kind, ""));
        var (result, _) = Import(kind, File(kind));
        Assert.Equal((0, 0, true), (result.RowsRead, result.Rejected, result.Complete));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Ragged_row_is_rejected(string kind)
    {
        var (result, _) = Import(kind, File(kind, Row(kind, 1) + ",extra", Row(kind, 2)));
        Assert.Equal((1, 1), (result.Applied, result.Rejected));
        Assert.Null(result.FirstErrors.Single().Column);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Dry_run_writes_nothing_and_strict_applies_nothing(string kind)
    {
        var csv = File(kind, Row(kind, 1), Row(kind, 2, imei: "3.56938E+14"));
        var (dry, _) = Import(kind, csv, new ImportOptions(DryRun: true));
        var (strict, _) = Import(kind, csv, new ImportOptions(Strict: true));

        Assert.Equal((1, 0), (dry.Rejected, dry.Applied));
        Assert.True(strict.StrictRefused);
        Assert.Equal(0, _depot.Rows<Depot.Core.Storage.Rows.ImportRow>());
        var (real, _) = Import(kind, csv);
        Assert.Equal((1, 1), (real.Applied, real.Rejected));
    }

    private static string Header(string kind) => kind switch
    {
        "units" => "imei,model,owner,bin,purchased",
        "vouchers" => "voucher,imei,purchased",
        "pre-alerts" => "ticket,imei,model,owner,kind,fault,reported",
        _ => "order,imei,result,completed,note",
    };

    private static string DateColumn(string kind) => kind switch
    {
        "units" or "vouchers" => "purchased",
        "pre-alerts" => "reported",
        _ => "completed",
    };

    private static string File(string kind, params string[] rows) => Header(kind) + "\n" + string.Concat(rows.Select(r => r + "\n"));

    private string Row(string kind, int n, string? imei = null, string? date = null, string? text = null)
    {
        imei ??= ExchangeTestDepot.Imei(n);
        return kind switch
        {
            "units" => $"{imei},IP15-128,NORDBANK,{text ?? $"BIN-{n}"},{date ?? "2025-01-15"}",
            "vouchers" => $"{text ?? $"V-{n}"},{imei},{date ?? "2025-02-01"}",
            "pre-alerts" => $"SR-{n},{imei},IP15-128,NORDBANK,swap,{text ?? "Broken"},{date ?? "2025-03-01T10:00"}",
            _ => $"{Order(n)},{imei},NFF,{date ?? "2025-03-12"},{text ?? "ok"}",
        };
    }

    /// <summary>The repair order of unit n, sending it to the partner the first time it is asked for.</summary>
    private string Order(int n)
    {
        var imei = ExchangeTestDepot.Imei(n);
        if (new Depot.Core.Units.UnitService(_depot.Context).Find(imei) is null)
        {
            RepairResultsImportTests.AtPartner(_depot, n, "BOARDLAB");
        }

        return _depot.OrderOf(imei);
    }

    /// <summary>The text column of row 1 as the depot stored it.</summary>
    private string? StoredText(string kind) => kind switch
    {
        "units" => new Depot.Core.Units.UnitService(_depot.Context).Require(ExchangeTestDepot.Imei(1)).Bin,
        "vouchers" => new Depot.Core.Coverage.VoucherService(_depot.Context).ForImei(ExchangeTestDepot.Imei(1)).Single().Code,
        "pre-alerts" => new Depot.Core.Cases.CaseService(_depot.Context).Require("SR-1").Details.Fault,
        _ => _depot.All<Depot.Core.Storage.Rows.RepairResultRow>().Single(r => r.Imei == ExchangeTestDepot.Imei(1)).Note,
    };

    private (ImportResult Result, string Rejects) Import(string kind, string csv, ImportOptions? options = null) => _depot.Import(kind, csv, options);

    private (ImportResult Result, string Rejects) Import(string kind, byte[] bytes) => _depot.Import(kind, bytes);
}
