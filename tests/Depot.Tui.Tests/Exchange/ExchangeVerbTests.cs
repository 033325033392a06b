using Depot.Tui.Tests.Cli;

namespace Depot.Tui.Tests.Exchange;

public sealed class ExchangeVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public ExchangeVerbTests()
    {
        Assert.Equal(0, Run("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "400").Code);
        Assert.Equal(0, Run("model", "add", "IP15-128", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK").Code);
    }

    private static string Imei(int n) => Depot.Core.Identifiers.Imei.FromFourteen($"3569380{n:D7}").Value;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Import_prints_the_summary_and_exits_0_when_every_row_applied()
    {
        var file = Write("stock.csv", $"imei,model,owner\n{Imei(1)},IP15-128,NORDBANK\n{Imei(2)},IP15-128,NORDBANK\n");
        var (code, output, _) = Run("import", "units", file);
        Assert.Equal(0, code);
        Assert.Contains("rows read        2", output);
        Assert.Contains("applied          2", output);

        var (again, second, _) = Run("import", "units", file);
        Assert.Equal(0, again);
        Assert.Contains("already applied  2", second);

        // Both imports are recorded, newest first: the second found every row already applied.
        var log = Run("imports").Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, log.Length);
        Assert.Matches(@"units +stock\.csv +tester +2 +0 +2 +0 [0-9a-f]{12}", log[1]);
        Assert.Matches(@"units +stock\.csv +tester +2 +2 +0 +0 [0-9a-f]{12}", log[2]);
    }

    [Fact]
    public void A_re_import_that_changes_nothing_is_recorded_with_its_counts_and_a_dry_run_is_not()
    {
        var file = Write("stock.csv", $"imei,model,owner\n{Imei(1)},IP15-128,NORDBANK\n{Imei(2)},IP15-128,NORDBANK\n{Imei(3)},IP15-128,NORDBANK\n");
        Assert.Equal(0, Run("import", "units", file).Code);
        Assert.Equal(0, Run("import", "units", file, "--dry-run").Code);
        Assert.Equal(0, Run("import", "units", file).Code);

        using var log = System.Text.Json.JsonDocument.Parse(Run("imports", "--json").Output);
        var counts = log.RootElement.EnumerateArray()
            .Select(i => (i.GetProperty("file").GetString(), i.GetProperty("rows_read").GetInt32(), i.GetProperty("applied").GetInt32(),
                i.GetProperty("already_applied").GetInt32(), i.GetProperty("rejected").GetInt32()))
            .ToList();
        Assert.Equal([("stock.csv", 3, 0, 3, 0), ("stock.csv", 3, 3, 0, 0)], counts);
        Assert.Equal(log.RootElement[1].GetProperty("sha256").GetString(), log.RootElement[0].GetProperty("sha256").GetString());
        Assert.True(log.RootElement[0].GetProperty("id").GetInt64() > log.RootElement[1].GetProperty("id").GetInt64());
    }

    [Fact]
    public void Import_with_rejected_rows_exits_3_and_writes_the_rejects_file_next_to_it()
    {
        var file = Write("stock.csv", $"imei,model,owner\n{Imei(1)},IP15-128,NORDBANK\n3.56938E+14,IP15-128,NORDBANK\n");
        var (code, output, _) = Run("import", "units", file);
        Assert.Equal(3, code);
        Assert.Contains("line 3: imei \"3.56938E+14\"", output);
        var rejects = File.ReadAllText(file + ".rejects.csv");
        Assert.StartsWith("imei,model,owner,line,error", rejects);
        Assert.Contains("spreadsheet", rejects);
    }

    [Fact]
    public void Dry_run_exits_with_the_same_code_and_writes_no_rejects()
    {
        var file = Write("stock.csv", $"imei,model,owner\n{Imei(1)},IP15-128,NORDBANK\nnope,IP15-128,NORDBANK\n");
        var (code, output, _) = Run("import", "units", file, "--dry-run");
        Assert.Equal(3, code);
        Assert.Contains("dry run, nothing changed", output);
        Assert.False(File.Exists(file + ".rejects.csv"));
        Assert.Contains("0 unit(s)", Run("unit", "list").Output);
    }

    [Fact]
    public void File_missing_a_required_column_exits_1_naming_it()
    {
        var file = Write("stock.csv", $"imei,owner\n{Imei(1)},NORDBANK\n");
        var (code, _, error) = Run("import", "units", file);
        Assert.Equal(1, code);
        Assert.Contains("\"model\" is missing", error);
    }

    [Fact]
    public void Unknown_kind_is_a_usage_error()
    {
        Assert.Equal(2, Run("import", "spareparts", Write("x.csv", "a\n1\n")).Code);
        Assert.Equal(2, Run("export", "spareparts").Code);
    }

    [Fact]
    public void Export_writes_a_file_that_imports_back()
    {
        Run("import", "units", Write("stock.csv", $"imei,model,owner,bin\n{Imei(1)},IP15-128,NORDBANK,=1+1\n"));
        var path = Path.Combine(_cli.Folder, "out.csv");
        var (code, output, _) = Run("export", "units", "--out", path);
        Assert.Equal(0, code);
        Assert.Contains("1 row(s)", output);
        Assert.Equal($"imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until\n{Imei(1)},,IP15-128,NORDBANK,A,\"'=1+1\",,,\n", File.ReadAllText(path));
        Assert.Contains("already applied  1", Run("import", "units", path).Output);
    }

    [Fact]
    public void Repair_orders_export_needs_a_partner()
    {
        Assert.Equal(2, Run("export", "repair-orders").Code);
        Assert.Equal(0, Run("export", "repair-orders", "--partner", "BOARDLAB").Code);
    }

    private string Write(string name, string text) => _cli.Write(name, text);

    private (int Code, string Output, string Error) Run(params string[] args) => _cli.Run(args);
}
