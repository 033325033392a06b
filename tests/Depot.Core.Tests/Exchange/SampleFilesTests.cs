using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Integrity;
using Depot.Core.Tests.Demo;
using Depot.Core.Units;

namespace Depot.Core.Tests.Exchange;

/// <summary>The partner files in data/samples import cleanly into the demo depot, and the demo's own stock file is in the units format.</summary>
public sealed class SampleFilesTests : IDisposable
{
    private readonly LoadedDemo _demo;
    private readonly DepotContext _context;

    public SampleFilesTests()
    {
        _demo = new LoadedDemo(new DateOnly(2025, 10, 15));
        _context = _demo.Context;
        _context.ChangeOperator("tester");
    }

    public void Dispose() => _demo.Dispose();

    [Fact]
    public void Every_sample_file_applies_every_row_then_is_already_applied()
    {
        foreach (var (kind, rows) in new[] { ("units", 5), ("vouchers", 2), ("pre-alerts", 2), ("repair-results", 2), ("cycle-count", 6) })
        {
            var first = Import(kind, Path.Combine(LoadedDemo.DataFolder(), "samples", $"{kind}.csv"));
            var second = Import(kind, Path.Combine(LoadedDemo.DataFolder(), "samples", $"{kind}.csv"));

            Assert.Equal((kind, rows, rows, 0L), (kind, first.RowsRead, first.Applied, first.Rejected));
            Assert.Equal((kind, 0L, rows), (kind, second.Applied, second.AlreadyApplied));
        }

        Assert.Empty(new IntegrityCheck(_context).Run());
        Assert.Equal("Åsa Öberg", new Depot.Core.Cases.CaseService(_context).Require("SR-9001").Details.Customer);
        Assert.Equal(Depot.Core.Lifecycle.UnitState.Announced, new UnitService(_context).Require("352910110000076").State);
        var units = new UnitService(_context);
        Assert.Equal(units.Require("350784321784626").Id, units.Require("352910110000092").Id);

        var stockFile = Path.Combine(LoadedDemo.DataFolder(), "demo", "units.csv");
        var stockRows = File.ReadLines(stockFile).Skip(1).LongCount(l => l.Length > 0);
        var stock = Import("units", stockFile);
        Assert.True(stockRows > 100);
        Assert.Equal((stockRows, stockRows, 0L), (stock.RowsRead, stock.AlreadyApplied, stock.Rejected));
    }

    private ImportResult Import(string kind, string path) =>
        ExchangeKinds.FindImport(kind)!.Run(_context, ImportSource.FromBytes(Path.GetFileName(path), File.ReadAllBytes(path)), new ImportOptions());
}
