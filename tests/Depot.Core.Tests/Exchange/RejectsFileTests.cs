using System.Text;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;

namespace Depot.Core.Tests.Exchange;

/// <summary>The rejected rows are part of an import's answer: when they cannot be written, nothing is imported.</summary>
public sealed class RejectsFileTests : IDisposable
{
    private readonly ExchangeTestDepot _depot = new();

    public void Dispose() => _depot.Dispose();

    [Fact]
    public void An_unwritable_rejects_file_refuses_the_import_and_applies_nothing()
    {
        var csv = Encoding.UTF8.GetBytes($"imei,model,owner\n{ExchangeTestDepot.Imei(1)},IP15-128,NORDBANK\n3.56938E+14,IP15-128,NORDBANK\n");
        var source = new ImportSource("stock.csv", () => new MemoryStream(csv), () => throw new IOException("No space left on device"), "stock.csv.rejects.csv");

        var refused = Assert.Throws<RefusedException>(() => ExchangeKinds.FindImport("units")!.Run(_depot.Context, source, new ImportOptions()));

        Assert.Contains("stock.csv.rejects.csv", refused.Message);
        Assert.Contains("No space left on device", refused.Message);
        Assert.Equal(0, _depot.Rows<Depot.Core.Storage.Rows.UnitRow>());
        Assert.Equal(0, _depot.Rows<Depot.Core.Storage.Rows.ImportRow>());
    }

    [Fact]
    public void Without_rejected_rows_the_rejects_file_is_never_opened()
    {
        var csv = Encoding.UTF8.GetBytes($"imei,model,owner\n{ExchangeTestDepot.Imei(1)},IP15-128,NORDBANK\n");
        var source = new ImportSource("stock.csv", () => new MemoryStream(csv), () => throw new IOException("read-only folder"), "stock.csv.rejects.csv");

        var result = ExchangeKinds.FindImport("units")!.Run(_depot.Context, source, new ImportOptions());

        Assert.Equal((1, 0L), (result.Applied, result.Rejected));
        Assert.Null(result.RejectsWrittenTo);
    }
}
