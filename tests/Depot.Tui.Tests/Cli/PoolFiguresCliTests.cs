using System.Text.Json;

namespace Depot.Tui.Tests.Cli;

/// <summary><c>depot pool --json</c> and the pool-levels export: the model lines add up to the owner line.</summary>
public sealed class PoolFiguresCliTests : IDisposable
{
    private readonly CliRun _cli = new();

    public PoolFiguresCliTests()
    {
        _cli.Ok("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "100");
        foreach (var sku in new[] { "IP15-128", "PX8-128", "SGA55-128" })
        {
            _cli.Ok("model", "add", sku, "--name", sku, "--retail-price", "500.00", "--currency", "EUR");
        }

        _cli.Ok("intake", "356938039733960", "--owner", "NORDBANK", "--model", "IP15-128");
        _cli.Ok("intake", "356938037701571", "--owner", "NORDBANK", "--model", "PX8-128");
        _cli.Ok("intake", "356938035683813", "--owner", "NORDBANK", "--model", "SGA55-128");
    }

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Pool_json_model_targets_and_shortfalls_sum_to_the_owner_line()
    {
        using var json = JsonDocument.Parse(_cli.Ok("pool", "--json"));
        var owner = json.RootElement[0];
        var models = owner.GetProperty("models").EnumerateArray().ToList();

        // Target 8 over three models of one unit each: 3 + 3 + 2 (rounding each 2.67 would give 9).
        Assert.Equal((8, 5), (owner.GetProperty("target").GetInt32(), owner.GetProperty("shortfall").GetInt32()));
        Assert.Equal([3, 3, 2], models.Select(m => m.GetProperty("target").GetInt32()));
        Assert.Equal(5, models.Sum(m => m.GetProperty("shortfall").GetInt32()));
    }

    [Fact]
    public void Pool_levels_export_model_lines_sum_to_the_owner_line()
    {
        var lines = _cli.Ok("export", "pool-levels").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(
        [
            "owner,model,available,reserved,in_repair,target,shortfall",
            "NORDBANK,,3,0,0,8,5",
            "NORDBANK,IP15-128,1,0,0,3,2",
            "NORDBANK,PX8-128,1,0,0,3,2",
            "NORDBANK,SGA55-128,1,0,0,2,1",
        ], lines);
    }
}
