using System.Text;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

/// <summary>What the import fuzzer found, pinned down: damaged files get short, readable answers and leave no garbage behind.</summary>
public sealed class DamagedFileTests : IDisposable
{
    private const string Header = "imei,model,owner,bin";
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    private static string Row(int n, string bin = "A-01") => $"{ExchangeTestDepot.Imei(n)},IP15-128,NORDBANK,{bin}";

    [Fact]
    public void A_control_character_in_a_field_rejects_the_row_and_never_reaches_the_database()
    {
        var (result, _) = _depot.Import("units", $"{Header}\n{Row(1, "A\0-01")}\n{Row(2, "B\u0081")}\n{Row(3)}\n");

        Assert.Equal((1, 2), (result.Applied, result.Rejected));
        Assert.Equal(("bin", 2L), (result.FirstErrors[0].Column, result.FirstErrors[0].Line));
        Assert.Contains("U+0000", result.FirstErrors[0].Message);
        Assert.Contains("A<U+0000>-01", result.FirstErrors[0].Message);
        Assert.Null(new UnitService(_depot.Context).Find(ExchangeTestDepot.Imei(1)));
    }

    [Fact]
    public void A_megabyte_field_makes_a_short_message_that_says_how_long_it_was()
    {
        var huge = new string('9', 1 << 20);
        var (result, rejects) = _depot.Import("units", $"{Header}\n{huge},IP15-128,NORDBANK,A-01\n");

        var error = Assert.Single(result.FirstErrors);
        Assert.True(error.Message.Length < 1000, $"{error.Message.Length} characters");
        Assert.Contains($"({huge.Length} characters)", error.Message);
        Assert.Contains(huge, rejects);
    }

    [Fact]
    public void A_megabyte_header_and_thousands_of_columns_make_short_messages()
    {
        var many = string.Concat(Enumerable.Range(0, 3000).Select(i => $",extra{i}"));
        var (result, _) = _depot.Import("units", $"{Header}{many}\n{Row(1)}{new string(',', 3000)}\n");
        Assert.Equal(1, result.Applied);
        Assert.Equal(13, result.Warnings.Count);
        Assert.Contains("2988 more columns", result.Warnings[^1]);

        var refused = Assert.Throws<RefusedException>(() => _depot.Import("units", $"{new string('x', 1 << 20)},model\n1,2\n"));
        Assert.True(refused.Message.Length < 1000, $"{refused.Message.Length} characters");
    }

    [Theory]
    [InlineData("cycle-count", "bin,imei,counted\nA-01,{0},0001-01-01\n", "counted")]
    [InlineData("cycle-count", "bin,imei,counted\nA-01,{0},0001-01-01T00:30\n", "counted")]
    [InlineData("pre-alerts", "ticket,imei,model,owner,kind,fault,reported\nSR-1,{0},IP15-128,NORDBANK,swap,Broken,01.01.0001\n", "reported")]
    public void A_date_at_the_edge_of_the_calendar_is_a_row_error_east_of_utc(string kind, string csv, string column)
    {
        using var stockholm = new Depot.Core.Tests.Cases.CasesTestDepot();
        using var rejects = new MemoryStream();
        var source = Depot.Core.Exchange.Reading.ImportSource.FromBytes($"{kind}.csv", Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, csv, ExchangeTestDepot.Imei(1))), rejects);

        var result = Depot.Core.Exchange.ExchangeKinds.FindImport(kind)!.Run(stockholm.Context, source, new Depot.Core.Exchange.Import.ImportOptions());

        Assert.Equal((0, column), (result.Applied, result.FirstErrors.Single().Column));
        Assert.Contains("expected a date", result.FirstErrors.Single().Message);
    }

    [Theory]
    [InlineData("vouchers", "voucher,imei,purchased,registered\nV-1,{0},9999-12-31,9999-12-31\n", "purchased")]
    [InlineData("units", "imei,model,owner,warranty_until\n{0},IP15-128,NORDBANK,31.12.9999\n", "warranty_until")]
    [InlineData("cycle-count", "bin,imei,counted\nA-01,{0},9999-12-31T23:59\n", "counted")]
    public void A_year_no_partner_means_is_a_row_error(string kind, string csv, string column)
    {
        var (result, _) = _depot.Import(kind, string.Format(System.Globalization.CultureInfo.InvariantCulture, csv, ExchangeTestDepot.Imei(1)));

        Assert.Equal((0, column), (result.Applied, result.FirstErrors.Single().Column));
        Assert.Contains("between 1900 and 2999", result.FirstErrors.Single().Message);
    }

    [Fact]
    public void A_utf16_file_is_refused_saying_how_to_save_it()
    {
        var csv = $"{Header}\n{Row(1)}\n";
        var withBom = Assert.Throws<RefusedException>(() => _depot.Import("units", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(csv)]));
        var withoutBom = Assert.Throws<RefusedException>(() => _depot.Import("units", Encoding.BigEndianUnicode.GetBytes(csv)));

        Assert.Contains("units.csv", withBom.Message);
        Assert.Contains("UTF-16", withBom.Message);
        Assert.Contains("CSV UTF-8", withoutBom.Message);
    }

    [Fact]
    public void A_byte_order_mark_in_the_middle_of_two_joined_files_is_not_part_of_any_value()
    {
        var (result, _) = _depot.Import("units", $"\uFEFF{Header}\n{Row(1)}\n\uFEFF{Row(2)}\n{Row(3, "\uFEFFC-03")}\n");

        Assert.Equal((3, 0), (result.Applied, result.Rejected));
        Assert.Equal("C-03", new UnitService(_depot.Context).Require(ExchangeTestDepot.Imei(3)).Bin);
    }
}
