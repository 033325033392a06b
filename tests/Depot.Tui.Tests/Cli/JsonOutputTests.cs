using System.Text.Json;

namespace Depot.Tui.Tests.Cli;

/// <summary>Every report and list verb prints one documented JSON shape with <c>--json</c> (docs/json.md), text unescaped.</summary>
public sealed class JsonOutputTests : IDisposable
{
    private const string Pooled = "356938035643809";
    private const string Broken = "490154203237518";

    private readonly CliRun _cli = new();

    public JsonOutputTests()
    {
        _cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100");
        _cli.Ok("model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK");
        _cli.Ok("import", "units", _cli.Write("stock.csv", $"imei,model,owner,bin,purchased\n{Pooled},IP15,ACME,A-01,2026-01-10\n"));
        _cli.Ok("case", "open", "SR-1", "--owner", "ACME", "--imei", Broken, "--model", "IP15", "--customer", "Åsa Öberg", "--fault", "no sound");
        _cli.Ok("count", "start", "--bin", "A-01");
        _cli.Ok("count", "scan", "1", Broken);
        Assert.Equal(0, _cli.RunAs("ana", "partner", "add", "nordrep", "--name", "Nordic Repair AB").Exit);
    }

    public void Dispose() => _cli.Dispose();

    private JsonElement Json(params string[] args)
    {
        using var document = JsonDocument.Parse(_cli.Ok([.. args, "--json"]));
        return document.RootElement.Clone();
    }

    [Theory]
    [InlineData(JsonValueKind.Array, "pool")]
    [InlineData(JsonValueKind.Array, "case", "list")]
    [InlineData(JsonValueKind.Object, "case", "show", "SR-1")]
    [InlineData(JsonValueKind.Array, "overdue")]
    [InlineData(JsonValueKind.Array, "imports")]
    [InlineData(JsonValueKind.Array, "count", "list")]
    [InlineData(JsonValueKind.Object, "count", "show", "1")]
    [InlineData(JsonValueKind.Array, "report", "quality")]
    [InlineData(JsonValueKind.Array, "report", "repeats")]
    [InlineData(JsonValueKind.Object, "coverage", Pooled)]
    [InlineData(JsonValueKind.Object, "settings")]
    [InlineData(JsonValueKind.Object, "settings", "show")]
    [InlineData(JsonValueKind.Array, "owner", "list")]
    [InlineData(JsonValueKind.Array, "model", "list")]
    [InlineData(JsonValueKind.Array, "unit", "list")]
    [InlineData(JsonValueKind.Object, "unit", "show", Pooled)]
    [InlineData(JsonValueKind.Array, "partner", "list")]
    public void Report_and_list_verbs_print_json_of_their_documented_kind(JsonValueKind kind, params string[] verb)
    {
        Assert.Equal(kind, Json(verb).ValueKind);
    }

    [Fact]
    public void Text_outside_ascii_is_written_as_it_is()
    {
        var text = _cli.Ok("case", "list", "--json");

        Assert.Contains("\"customer\": \"Åsa Öberg\"", text);
        Assert.DoesNotContain("\\u00", text);
        Assert.Contains("\"customer\": \"Åsa Öberg\"", _cli.Ok("case", "show", "SR-1", "--json"));
    }

    [Fact]
    public void Pool_json_gives_each_owner_its_totals_models_and_refill()
    {
        var acme = Json("pool").EnumerateArray().Single();

        Assert.Equal(("ACME", 8, 1, true), (acme.GetProperty("owner").GetString(), acme.GetProperty("target").GetInt32(),
            acme.GetProperty("available").GetInt32(), acme.GetProperty("below_target").GetBoolean()));
        Assert.Equal("IP15", acme.GetProperty("models")[0].GetProperty("model").GetString());
        Assert.Equal(JsonValueKind.Array, acme.GetProperty("refill").ValueKind);
    }

    [Fact]
    public void Coverage_json_lists_each_cover_with_its_kind_and_last_day()
    {
        var coverage = Json("coverage", Pooled, "--date", "2026-06-01");

        Assert.True(coverage.GetProperty("covered").GetBoolean());
        Assert.Equal("2026-06-01", coverage.GetProperty("date").GetString());
        var cover = coverage.GetProperty("covers").EnumerateArray().Single();
        Assert.Equal(("warranty", "2027-01-09"), (cover.GetProperty("kind").GetString(), cover.GetProperty("until").GetString()));
    }

    [Fact]
    public void Count_show_json_gives_the_session_and_each_difference_with_its_allowed_resolutions()
    {
        var show = Json("count", "show", "1");

        Assert.Equal(("bin", "A-01", 2), (show.GetProperty("session").GetProperty("scope").GetString(),
            show.GetProperty("session").GetProperty("target").GetString(), show.GetProperty("session").GetProperty("unresolved").GetInt32()));
        var kinds = show.GetProperty("differences").EnumerateArray().Select(d => d.GetProperty("kind").GetString()!).Order().ToArray();
        Assert.Equal(["ExpectedNotCounted", "WrongState"], kinds);
        Assert.All(show.GetProperty("differences").EnumerateArray(), d => Assert.NotEmpty(d.GetProperty("allowed").EnumerateArray()));
    }

    [Fact]
    public void Case_list_imports_and_settings_json_carry_their_fields()
    {
        var listed = Json("case", "list").EnumerateArray().Single();
        Assert.Equal(("SR-1", "swap", "open"), (listed.GetProperty("ticket").GetString(), listed.GetProperty("kind").GetString(), listed.GetProperty("status").GetString()));

        var import = Json("imports").EnumerateArray().Single();
        Assert.Equal(("units", "stock.csv", 1), (import.GetProperty("kind").GetString(), import.GetProperty("file").GetString(), import.GetProperty("applied").GetInt32()));

        Assert.Equal("Europe/Stockholm", Json("settings").GetProperty("time_zone").GetString());
        Assert.Equal(("9495.00", "SEK"), (Json("model", "list")[0].GetProperty("retail_price").GetProperty("amount").GetString(),
            Json("model", "list")[0].GetProperty("retail_price").GetProperty("currency").GetString()));
    }

    [Fact]
    public void Partner_list_json_gives_each_partner_its_catalog_code_name_and_who_added_it_when()
    {
        var partner = Json("partner", "list").EnumerateArray().Single();

        Assert.Equal(["code", "name", "added_at", "added_by"], partner.EnumerateObject().Select(p => p.Name));
        Assert.Equal(("NORDREP", "Nordic Repair AB", "ana"), (partner.GetProperty("code").GetString(), partner.GetProperty("name").GetString(),
            partner.GetProperty("added_by").GetString()));
        Assert.Equal(TimeSpan.Zero, partner.GetProperty("added_at").GetDateTimeOffset().Offset);
        Assert.InRange(partner.GetProperty("added_at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-10), DateTimeOffset.UtcNow);
    }

    [Theory]
    [InlineData("--status takes one of: open, overdue, closed; got \"late\"", "case", "list", "--status", "late")]
    [InlineData("--state takes one of: Available, Announced, Received, Quarantine, QualityCheck, AwaitingRepair, AwaitingApproval, AtPartner, Reserved, WithUser, Returning, Lost, Scrapped; got \"None\"", "unit", "list", "--state", "None")]
    [InlineData("--kind takes one of: swap, repair, loan; got \"exchange\"", "case", "open", "SR-2", "--owner", "ACME", "--kind", "exchange")]
    [InlineData("--policy takes one of: pool, user; got \"shelf\"", "owner", "add", "B", "--name", "B", "--fleet", "1", "--policy", "shelf")]
    public void A_bad_enum_value_is_a_usage_error_that_lists_the_valid_values(string message, params string[] args)
    {
        var (exit, output, error) = _cli.Run(args);

        Assert.Equal((2, ""), (exit, output));
        Assert.Contains($"depot: {message}", error);
        Assert.DoesNotContain("Depot.Core", error);
    }

    [Fact]
    public void Enum_values_are_read_in_any_case()
    {
        Assert.Contains("SR-1", _cli.Ok("case", "list", "--status", "OPEN"));
        Assert.Contains(Pooled, _cli.Ok("unit", "list", "--state", "available"));
    }
}
