using Depot.Core.Coverage;

namespace Depot.Core.Tests.Exchange;

public sealed class VouchersImportTests : IDisposable
{
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void Clean_file_links_vouchers_and_a_second_import_is_already_applied()
    {
        var csv = $"voucher,imei,purchased,registered\nV-1,{ExchangeTestDepot.Imei(1)},2025-01-10,2025-02-01\nV-2,{ExchangeTestDepot.Imei(2)},10.02.2025,\n";
        var (first, _) = _depot.Import("vouchers", csv);
        var (second, _) = _depot.Import("vouchers", csv);

        Assert.Equal((2, 0), (first.Applied, first.Rejected));
        Assert.Equal((0, 2), (second.Applied, second.AlreadyApplied));
        var defaulted = new VoucherService(_depot.Context).Find("V-2")!;
        Assert.Equal((new DateOnly(2025, 2, 10), new DateOnly(2025, 3, 10)), (defaulted.Purchased, defaulted.Registered));
    }

    [Fact]
    public void Late_registration_and_a_voucher_on_another_imei_are_row_errors()
    {
        _depot.Import("vouchers", $"voucher,imei,purchased\nV-1,{ExchangeTestDepot.Imei(1)},2025-03-01\n");
        var (result, _) = _depot.Import("vouchers",
            $"voucher,imei,purchased,registered\nV-9,{ExchangeTestDepot.Imei(3)},2024-01-01,2024-05-02\nV-1,{ExchangeTestDepot.Imei(2)},2025-03-01,2025-03-02\n");

        Assert.Equal(2, result.Rejected);
        Assert.Contains("4 months", result.FirstErrors[0].Expected);
        Assert.Contains(ExchangeTestDepot.Imei(1), result.FirstErrors[1].Expected);
        Assert.Null(new VoucherService(_depot.Context).Find("V-9"));
    }
}
