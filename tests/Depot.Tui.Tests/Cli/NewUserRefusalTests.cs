using Depot.Tui.Cli;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// What a new user trips over first: a typo in the database path, a short number scanned as a
/// serial, an owner code that does not exist. Each is refused with the reason on stderr, exit code
/// 1, and nothing is created or changed.
/// </summary>
public sealed class NewUserRefusalTests : IDisposable
{
    private readonly CliRun _cli = new();

    public void Dispose() => _cli.Dispose();

    private static (int Exit, string Out, string Err) RunAt(string database, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DepotCli.Run(["--db", database, "--operator", "tester", .. args], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void A_db_path_that_does_not_exist_is_refused_naming_the_path_and_no_file_is_created()
    {
        var typo = Path.Combine(_cli.Folder, "depto.db");

        var (exit, output, error) = RunAt(typo, "pool");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"depot: no depot database at {typo} (--db): check the path, or create it with 'depot init' (or add --create)", error.TrimEnd());
        Assert.False(File.Exists(typo));
    }

    [Fact]
    public void Init_creates_the_database_and_says_so_and_again_says_it_is_up_to_date()
    {
        var fresh = Path.Combine(_cli.Folder, "fresh.db");

        var first = RunAt(fresh, "init");
        var second = RunAt(fresh, "init");

        Assert.Equal((0, $"Depot database created at {fresh}"), (first.Exit, first.Out[..first.Out.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.Equal((0, $"Depot database up to date at {fresh}"), (second.Exit, second.Out[..second.Out.IndexOf(" (", StringComparison.Ordinal)]));
        Assert.Equal(0, RunAt(fresh, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "10").Exit);
    }

    [Fact]
    public void Create_option_lets_any_verb_start_a_new_database()
    {
        var fresh = Path.Combine(_cli.Folder, "new.db");

        var (exit, output, _) = RunAt(fresh, "--create", "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "10");

        Assert.Equal(0, exit);
        Assert.Contains("ACME", output);
        Assert.True(File.Exists(fresh));
    }

    [Fact]
    public void The_demo_still_opens_its_throwaway_depot()
    {
        var output = new StringWriter();
        Assert.Equal(0, DepotCli.Run(["--demo", "owner", "list"], output, TextWriter.Null));
        Assert.Contains("NORDBANK", output.ToString());
    }

    [Fact]
    public void A_scan_of_12345_is_refused_with_why_and_no_unit_is_made()
    {
        var (exit, output, error) = _cli.Run("receive", "12345");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal("depot: \"12345\": neither an IMEI (15 digits) nor a serial number (at least 8 characters with at least one letter): 5 character(s), no letter", error.TrimEnd());
        Assert.EndsWith("0 unit(s)", _cli.Ok("unit", "list").TrimEnd());
    }

    [Theory]
    [InlineData("units")]
    [InlineData("pool-levels")]
    [InlineData("overdue-returns")]
    [InlineData("quality-report")]
    public void Exporting_for_an_unknown_owner_is_refused_and_writes_no_file(string kind)
    {
        _cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "10");
        var file = Path.Combine(_cli.Folder, $"{kind}.csv");

        var toFile = _cli.Run("export", kind, "--owner", "NOPE", "--out", file);
        var toStdout = _cli.Run("export", kind, "--owner", "NOPE");

        Assert.Equal((1, ""), (toFile.Exit, toFile.Out));
        Assert.Equal("depot: no owner with code \"NOPE\" (known: ACME)", toFile.Err.TrimEnd());
        Assert.Equal((1, "", toFile.Err), toStdout);
        Assert.Equal([], Directory.GetFiles(_cli.Folder, $"{kind}.csv*"));
    }

    private const string Broken = "490154203237518";

    private void UnitAwaitingRepair()
    {
        _cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "10");
        _cli.Ok("model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK");
        _cli.Ok("case", "open", "SR-1", "--owner", "ACME");
        _cli.Ok("announce", Broken, "--case", "SR-1", "--model", "IP15");
        _cli.Ok("receive", Broken);
        _cli.Ok("inspect", Broken, "--outcome", "covered");
    }

    [Fact]
    public void Nordrep_and_NORDREP_are_one_partner_and_a_send_is_stored_under_the_catalogs_code()
    {
        _cli.Ok("partner", "add", "NORDREP", "--name", "Nordic Repair AB");
        UnitAwaitingRepair();

        var again = _cli.Run("partner", "add", "nordrep", "--name", "Nordic Repair AB");
        var sent = _cli.Ok("send", Broken, "--partner", "nordrep");

        Assert.Equal((1, "depot: partner NORDREP already exists (Nordic Repair AB)"), (again.Exit, again.Err.TrimEnd()));
        Assert.Contains("-SendToPartner-> AtPartner", sent);
        Assert.Contains("partner=NORDREP", _cli.Ok("unit", "show", Broken));
        Assert.Equal(2, _cli.Ok("export", "repair-orders", "--partner", "NORDREP").Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal("NORDREP", Assert.Single(_cli.Ok("partner", "list").Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.StartsWith("NORDREP", StringComparison.Ordinal))[..7]);
    }

    [Fact]
    public void Sending_to_an_unknown_partner_is_refused_listing_the_known_ones_and_nothing_changes()
    {
        _cli.Ok("partner", "add", "NORDREP", "--name", "Nordic Repair AB");
        _cli.Ok("partner", "add", "FIXIT", "--name", "Fixit AB");
        UnitAwaitingRepair();
        var before = _cli.Ok("unit", "show", Broken);

        var (exit, output, error) = _cli.Run("send", Broken, "--partner", "NOPE");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal("depot: no repair partner \"NOPE\" (known: FIXIT, NORDREP)", error.TrimEnd());
        Assert.Equal(before, _cli.Ok("unit", "show", Broken));
        Assert.Single(_cli.Ok("export", "repair-orders", "--partner", "NOPE").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
