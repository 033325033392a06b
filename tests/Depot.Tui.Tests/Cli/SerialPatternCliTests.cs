using System.Text.Json;

namespace Depot.Tui.Tests.Cli;

/// <summary>
/// A model's serial pattern through the verbs: declared with <c>model add</c> or <c>model set</c>,
/// shown by <c>model list</c>, and deciding which serial numbers intake, announce, import, receive
/// and release take. Every refusal names the model and the pattern and changes nothing.
/// </summary>
public sealed class SerialPatternCliTests : IDisposable
{
    private const string Misfit = "depot: \"ZB001234X\": not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})";

    private readonly CliRun _cli = new();

    public SerialPatternCliTests()
    {
        _cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100");
        _cli.Ok("model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK");
        _cli.Ok("model", "add", "MBP14", "--name", "MacBook Pro 14", "--retail-price", "24995", "--currency", "SEK", "--serial-pattern", "C02[A-Z0-9]{3}");
    }

    public void Dispose() => _cli.Dispose();

    private List<string> Lines(params string[] args) => [.. _cli.Ok(args).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd())];

    [Fact]
    public void Model_list_shows_each_models_pattern_and_its_json_carries_it()
    {
        var listed = Lines("model", "list");
        using var json = JsonDocument.Parse(_cli.Ok("model", "list", "--json"));

        Assert.Equal("SKU              NAME                           RETAIL PRICE     SERIAL PATTERN", listed[0]);
        Assert.Equal("IP15             iPhone 15                      9495.00 SEK      -", listed[1]);
        Assert.Equal("MBP14            MacBook Pro 14                 24995.00 SEK     C02[A-Z0-9]{3}", listed[2]);
        Assert.Equal([null, "C02[A-Z0-9]{3}"], json.RootElement.EnumerateArray().Select(m => m.GetProperty("serial_pattern").GetString()));
    }

    [Fact]
    public void A_pattern_that_is_no_regular_expression_is_refused_with_why_and_no_model_is_added()
    {
        var (exit, output, error) = _cli.Run("model", "add", "MBA13", "--name", "MacBook Air 13", "--retail-price", "14995", "--currency", "SEK", "--serial-pattern", "C02[");

        Assert.Equal((1, ""), (exit, output));
        Assert.Equal("depot: serial pattern \"C02[\" of model MBA13: not a regular expression: Invalid pattern 'C02[' at offset 4. Unterminated [] set.", error.TrimEnd());
        Assert.DoesNotContain(Lines("model", "list"), l => l.StartsWith("MBA13", StringComparison.Ordinal));
    }

    [Fact]
    public void Model_set_declares_changes_and_clears_a_pattern_and_takes_exactly_one_of_its_options()
    {
        Assert.Equal("Model IP15: serial numbers match [A-Z0-9]{10,12}", _cli.Ok("model", "set", "ip15", "--serial-pattern", "[A-Z0-9]{10,12}").TrimEnd());
        Assert.Equal("Model MBP14: no serial pattern; serial numbers need at least 8 characters with at least one letter", _cli.Ok("model", "set", "MBP14", "--no-serial-pattern").TrimEnd());
        Assert.Equal(["[A-Z0-9]{10,12}", "-"], Lines("model", "list").Skip(1).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1]));

        var neither = _cli.Run("model", "set", "MBP14");
        var both = _cli.Run("model", "set", "MBP14", "--serial-pattern", "C02.*", "--no-serial-pattern");
        var invalid = _cli.Run("model", "set", "MBP14", "--serial-pattern", "(C02");
        var unknown = _cli.Run("model", "set", "NOPE", "--serial-pattern", "C02.*");

        Assert.Equal(2, neither.Exit);
        Assert.Contains("give one of --serial-pattern REGEX or --no-serial-pattern", neither.Err);
        Assert.Equal(2, both.Exit);
        Assert.Equal(1, invalid.Exit);
        Assert.StartsWith("depot: serial pattern \"(C02\" of model MBP14: not a regular expression", invalid.Err);
        Assert.Equal((1, "depot: no model with SKU \"NOPE\" (add it with: depot model add)"), (unknown.Exit, unknown.Err.TrimEnd()));
        Assert.EndsWith(" -", Lines("model", "list")[2]);
    }

    [Fact]
    public void Intake_takes_a_serial_of_the_models_pattern_and_refuses_another_naming_model_and_pattern()
    {
        var refused = _cli.Run("intake", "ZB001234X", "--model", "MBP14", "--owner", "ACME");

        Assert.Equal((1, "", Misfit), (refused.Exit, refused.Out, refused.Err.TrimEnd()));
        Assert.EndsWith("0 unit(s)", _cli.Ok("unit", "list").TrimEnd());
        Assert.Equal("C02AB1: (new) -Intake-> Available", _cli.Ok("intake", "c02ab1", "--model", "MBP14", "--owner", "ACME").TrimEnd());
        Assert.Contains("ZB001234X: (new) -Intake-> Available", _cli.Ok("intake", "ZB001234X", "--model", "IP15", "--owner", "ACME"));
    }

    [Fact]
    public void Announce_and_case_open_with_the_model_check_its_pattern()
    {
        _cli.Ok("case", "open", "SR-1", "--owner", "ACME", "--kind", "repair");

        Assert.Equal(Misfit, _cli.Run("announce", "ZB001234X", "--case", "SR-1", "--model", "MBP14").Err.TrimEnd());
        Assert.Contains("-Announce-> Announced", _cli.Ok("announce", "C02AB2", "--case", "SR-1", "--model", "MBP14"));
        var opened = _cli.Run("case", "open", "SR-2", "--owner", "ACME", "--kind", "repair", "--imei", "ZB001234X", "--model", "MBP14",
            "--customer", "Eva Berg", "--fault", "no sound");
        Assert.Equal((1, Misfit), (opened.Exit, opened.Err.TrimEnd()));
        Assert.Equal(1, _cli.Run("case", "show", "SR-2").Exit);
    }

    [Fact]
    public void A_units_file_rejects_a_serial_not_of_its_models_pattern_with_the_reason()
    {
        var file = _cli.Write("stock.csv", "serial,model,owner\nC02AB5,MBP14,ACME\nZB001234X,MBP14,ACME\n");

        var (exit, output, _) = _cli.Run("import", "units", file);

        Assert.Equal(3, exit);
        Assert.Contains("line 3: serial \"ZB001234X\": not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})", output);
        Assert.Contains("C02AB5", _cli.Ok("unit", "list"));
    }

    [Fact]
    public void An_unknown_scan_is_quarantined_by_the_default_shape_or_a_models_pattern_and_released_only_to_a_model_it_fits()
    {
        Assert.Contains("-Receive-> Quarantine", _cli.Ok("receive", "C02AB3"));
        Assert.Contains("-Receive-> Quarantine", _cli.Ok("receive", "ZB001234X"));
        var refused = _cli.Run("receive", "12345");
        Assert.Equal("depot: \"12345\": neither an IMEI (15 digits) nor a serial number (at least 8 characters with at least one letter): 5 character(s), no letter; nor does it match the serial pattern of MBP14",
            refused.Err.TrimEnd());

        var release = _cli.Run("release", "ZB001234X", "--owner", "ACME", "--model", "MBP14");
        Assert.Equal((1, Misfit + ": release it to the model it is a serial number of"), (release.Exit, release.Err.TrimEnd()));
        Assert.Contains("\"state\": \"Quarantine\"", _cli.Ok("unit", "show", "ZB001234X", "--json"));
        Assert.Contains("-Release-> Received", _cli.Ok("release", "ZB001234X", "--owner", "ACME", "--model", "IP15"));
        Assert.Contains("-Release-> Received", _cli.Ok("release", "c02ab3", "--owner", "ACME", "--model", "MBP14"));
    }

    [Fact]
    public void A_known_unit_is_found_received_and_counted_by_a_serial_only_its_pattern_allows()
    {
        _cli.Ok("intake", "C02AB1", "--model", "MBP14", "--owner", "ACME", "--bin", "A-01");
        _cli.Ok("case", "open", "SR-3", "--owner", "ACME", "--kind", "swap");
        _cli.Ok("reserve", "c02ab1", "--case", "SR-3");
        _cli.Ok("ship", "c02ab1");

        Assert.Contains("C02AB1: WithUser -Receive-> Received", _cli.Ok("receive", "c02ab1"));
        _cli.Ok("count", "start", "--bin", "A-01");
        Assert.Equal(0, _cli.Run("count", "scan", "1", "c02ab1").Exit);
        Assert.Contains("C02AB1", _cli.Ok("count", "show", "1"));
    }
}
