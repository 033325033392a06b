using Depot.Tui.Tests.Cli;

namespace Depot.Tui.Tests.Exchange;

/// <summary><c>depot import cycle-count</c> prints the reconciliation; the report exports take their filters.</summary>
public sealed class ReportKindsVerbTests : IDisposable
{
    private readonly CliRun _cli = new();

    public ReportKindsVerbTests()
    {
        Assert.Equal(0, Run("owner", "add", "NORDBANK", "--name", "Nordbank AB", "--fleet", "400").Code);
        Assert.Equal(0, Run("model", "add", "IP15-128", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK").Code);
        Assert.Equal(0, Run("import", "units", Write("stock.csv", $"imei,model,owner,bin\n{Imei(1)},IP15-128,NORDBANK,A-01\n{Imei(2)},IP15-128,NORDBANK,A-01\n")).Code);
    }

    private static string Imei(int n) => Depot.Core.Identifiers.Imei.FromFourteen($"3569380{n:D7}").Value;

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void Cycle_count_import_prints_the_reconciliation_after_the_summary_and_again_when_already_applied()
    {
        var file = Write("count.csv", $"bin,imei,counted,counter\nA-01,{Imei(1)},2025-03-10T08:00,liga\nA-01,{Imei(3)},2025-03-10T08:01,liga\n");
        var (code, output, _) = Run("import", "cycle-count", file);

        Assert.Equal(0, code);
        Assert.True(output.IndexOf("applied          2", StringComparison.Ordinal) < output.IndexOf("reconciliation of count session 1 (bin A-01, 2 scan(s)): 2 open difference(s)", StringComparison.Ordinal));
        Assert.Contains("expected but not counted (1, --kind ExpectedNotCounted):", output);
        Assert.Contains($"    {Imei(2)} ", output);
        Assert.Contains("counted but not expected (1, --kind CountedNotExpected):", output);
        Assert.Contains("depot count resolve 1 ID", output);

        var (again, second, _) = Run("import", "cycle-count", file);
        Assert.Equal(0, again);
        Assert.Contains("already applied  2", second);
        Assert.Contains("reconciliation of count session 1", second);
    }

    [Fact]
    public void Cycle_count_dry_run_prints_no_reconciliation_and_starts_no_session()
    {
        var (code, output, _) = Run("import", "cycle-count", Write("count.csv", $"bin,imei\nA-01,{Imei(1)}\n"), "--dry-run");
        Assert.Equal(0, code);
        Assert.DoesNotContain("reconciliation", output);
        Assert.Equal("", Run("count", "list").Output);
    }

    [Fact]
    public void Report_exports_take_owner_and_month_and_a_bad_month_is_a_usage_error()
    {
        var (code, output, _) = Run("export", "quality-report", "--owner", "NORDBANK", "--month", "2025-03");
        Assert.Equal(0, code);
        Assert.StartsWith("owner,month,cases_opened,", output);
        Assert.Contains("NORDBANK,2025-03,0,0,0,,,0,0,0,0,", output);

        Assert.Equal(2, Run("export", "quality-report", "--month", "March").Code);
        Assert.Equal("ticket,owner,customer,imei_out,imei_due,shipped,due,working_days_late,charge,currency,received\n", Run("export", "overdue-returns", "--owner", "NORDBANK").Output);
    }

    [Fact]
    public void A_refused_export_leaves_no_file_behind()
    {
        var path = Path.Combine(_cli.Folder, "late.csv");
        var (code, _, error) = Run("export", "overdue-returns", "--owner", "NOBODY", "--out", path);
        Assert.Equal(1, code);
        Assert.Contains("NOBODY", error);
        Assert.Empty(Directory.GetFiles(_cli.Folder, "late.csv*"));
    }

    private string Write(string name, string text) => _cli.Write(name, text);

    private (int Code, string Output, string Error) Run(params string[] args) => _cli.Run(args);
}
