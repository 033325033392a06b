using System.Text.Json;

namespace Depot.Tui.Tests.Cli;

public sealed class CliTests
{
    private const string Swap = "356938035643809";
    private const string Broken = "490154203237518";

    private static CliRun WithOwnerAndModel()
    {
        var cli = new CliRun();
        cli.Ok("owner", "add", "ACME", "--name", "Acme AB", "--fleet", "400");
        cli.Ok("model", "add", "IP15", "--name", "iPhone 15", "--retail-price", "9495", "--currency", "SEK");
        cli.Ok("partner", "add", "FIXIT", "--name", "Fixit AB");
        return cli;
    }

    [Fact]
    public void A_full_swap_cycle_is_shown_step_by_step_with_its_operators()
    {
        using var cli = WithOwnerAndModel();
        cli.Ok("intake", Swap, "--model", "IP15", "--owner", "ACME");
        cli.Ok("case", "open", "SR-1", "--owner", "ACME");
        cli.Ok("reserve", Swap, "--case", "SR-1");
        cli.Ok("ship", Swap);
        cli.Ok("announce", Broken, "--case", "SR-1", "--model", "IP15");
        Assert.Equal($"{Broken}: Announced -Receive-> Received (case SR-1)\n", cli.RunAs("dock", "receive", Broken).Out.ReplaceLineEndings("\n"));
        cli.RunAs("bench", "inspect", Broken, "--outcome", "covered");
        cli.RunAs("bench", "send", Broken, "--partner", "FIXIT");
        cli.RunAs("bench", "result", Broken, "--outcome", "repaired");
        var qc = cli.RunAs("qa", "qc", Broken, "--pass");
        Assert.Equal(0, qc.Exit);
        Assert.Contains("QualityCheck -PassQc-> Available", qc.Out);

        using var json = JsonDocument.Parse(cli.Ok("unit", "show", Broken, "--json"));
        var root = json.RootElement;
        Assert.Equal("Available", root.GetProperty("state").GetString());
        Assert.Equal("ACME", root.GetProperty("owner").GetString());
        var steps = root.GetProperty("history").EnumerateArray()
            .Select(e => $"{e.GetProperty("trigger").GetString()}:{e.GetProperty("operator").GetString()}").ToArray();
        Assert.Equal(["Announce:tester", "Receive:dock", "Inspect:bench", "SendToPartner:bench", "PartnerResult:bench", "PassQc:qa"], steps);
        Assert.Contains("Reserve", root.GetProperty("permitted_triggers").EnumerateArray().Select(t => t.GetString()));
        Assert.Contains("OK:", cli.Ok("check"));
    }

    [Fact]
    public void A_refused_trigger_exits_1_names_the_state_and_changes_nothing()
    {
        using var cli = WithOwnerAndModel();
        cli.Ok("intake", Swap, "--model", "IP15", "--owner", "ACME");
        var before = cli.Ok("unit", "show", Swap, "--json");

        var (exit, output, error) = cli.Run("ship", Swap);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("Ship is not permitted: the unit is Available. Permitted from Available: Reserve, MarkLost, Scrap.", error);
        Assert.Equal(before, cli.Ok("unit", "show", Swap, "--json"));
    }

    [Fact]
    public void A_bad_imei_exits_1_with_its_reason()
    {
        using var cli = WithOwnerAndModel();
        var (exit, _, error) = cli.Run("receive", "356938035643808");
        Assert.Equal(1, exit);
        Assert.Contains("check digit should be 9, got 8", error);

        (exit, _, error) = cli.Run("intake", "3.56938E+14", "--model", "IP15", "--owner", "ACME");
        Assert.Equal(1, exit);
        Assert.Contains("looks like a spreadsheet mangled it: 3.56938E+14", error);
        Assert.Contains("0 unit(s)", cli.Ok("unit", "list"));
    }

    [Fact]
    public void Check_reports_a_state_edited_behind_the_programs_back()
    {
        using var cli = WithOwnerAndModel();
        cli.Ok("intake", Swap, "--model", "IP15", "--owner", "ACME");
        Assert.Contains("OK: 1 units, 1 events", cli.Ok("check"));

        using (var context = Depot.Core.DepotContext.Open(cli.Database, "tamper"))
        {
            context.Write(w =>
            {
                var unit = w.Table<Depot.Core.Storage.Rows.UnitRow>().All().Single();
                unit.State = "Lost";
                w.Table<Depot.Core.Storage.Rows.UnitRow>().Update(unit);
            });
        }

        var (exit, output, _) = cli.Run("check");
        Assert.Equal(1, exit);
        Assert.Contains($"MISMATCH unit {Swap}", output);
        Assert.Contains("stored state is Lost, but its events end in Available", output);
        Assert.Contains("MISMATCH pool counts ACME IP15 Lost", output);
        Assert.Contains("OK: the report figures equal a recount of the cases and events.", output);
    }

    [Fact]
    public void Reserving_another_model_than_the_cases_device_needs_an_explicit_substitute()
    {
        using var cli = WithOwnerAndModel();
        cli.Ok("model", "add", "SGA55", "--name", "Galaxy A55", "--retail-price", "449", "--currency", "EUR");
        cli.Ok("intake", Swap, "--model", "SGA55", "--owner", "ACME");
        cli.Ok("case", "open", "SR-7", "--owner", "ACME");
        cli.Ok("announce", Broken, "--case", "SR-7", "--model", "IP15");

        var (exit, _, error) = cli.Run("reserve", Swap, "--case", "SR-7");
        Assert.Equal(1, exit);
        Assert.Contains("needs a IP15", error);
        Assert.Contains("Available", cli.Ok("unit", "show", Swap));

        Assert.Contains("Available -Reserve-> Reserved (case SR-7)", cli.Ok("reserve", Swap, "--case", "SR-7", "--substitute"));
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        using var cli = new CliRun();
        Assert.Equal(2, cli.Run("frobnicate").Exit);
        Assert.Equal(2, cli.Run("inspect", Swap, "--outcome", "shiny").Exit);
        Assert.Equal(2, cli.Run("intake", Swap).Exit);
    }

    [Fact]
    public void Qc_needs_exactly_one_of_pass_or_fail()
    {
        using var cli = WithOwnerAndModel();
        cli.Ok("intake", Swap, "--model", "IP15", "--owner", "ACME");
        var (exit, _, error) = cli.Run("qc", Swap, "--pass", "--fail");
        Assert.Equal(2, exit);
        Assert.Contains("exactly one of --pass or --fail", error);
    }

    [Fact]
    public void Lifecycle_dot_prints_a_graphviz_digraph()
    {
        using var cli = new CliRun();
        var dot = cli.Ok("lifecycle", "--dot");
        Assert.StartsWith("digraph {", dot);
        Assert.Contains("\"AtPartner\" -> \"QualityCheck\" [style=\"solid\", label=\"PartnerResult [result Repaired or NoFaultFound]\"];", dot);
        Assert.EndsWith("}\n", dot.ReplaceLineEndings("\n"));
    }

    [GraphvizFact]
    public void Lifecycle_dot_is_drawn_by_graphviz()
    {
        using var cli = new CliRun();
        var dot = cli.Ok("lifecycle", "--dot");

        var (exit, svg, error) = Graphviz.Svg(dot);

        Assert.True(exit == 0, $"dot -Tsvg refused depot lifecycle --dot: {error}");
        Assert.Equal("", error.Trim());
        Assert.Contains("<svg", svg);
        foreach (var state in Enum.GetNames<Depot.Core.Lifecycle.UnitState>().Where(s => s != "None"))
        {
            Assert.Contains($"<title>{state}</title>", svg);
        }
    }

    [Fact]
    public void Lifecycle_mermaid_prints_a_state_diagram()
    {
        using var cli = new CliRun();
        var mermaid = cli.Ok("lifecycle", "--mermaid");
        Assert.StartsWith("stateDiagram-v2", mermaid);
        Assert.Contains("QualityCheck --> Returning : PassQc [owner policy is user, or a repair-only case]", mermaid);
    }

    [Fact]
    public void Lifecycle_prints_the_table_with_its_rules()
    {
        using var cli = new CliRun();
        var table = cli.Ok("lifecycle");
        Assert.Contains("(none)             Intake         Available", table);
        Assert.Contains("Received           Inspect        AwaitingApproval   outcome NotCovered with a reason and a quote", table);
        Assert.Equal(2, cli.Run("lifecycle", "--dot", "--mermaid").Exit);
    }

    [Fact]
    public void The_demo_depot_opens_with_units_in_every_state_and_a_clean_check()
    {
        using var cli = new CliRun();
        var (exit, output, error) = cli.Run("--demo", "check");
        Assert.True(exit == 0, error);
        Assert.Contains("every state equals the fold of its events", output);
        foreach (var state in new[] { "Available", "Announced", "Received", "Quarantine", "QualityCheck", "AwaitingRepair", "AwaitingApproval", "AtPartner", "Reserved", "WithUser", "Returning", "Lost", "Scrapped" })
        {
            var list = cli.Run("--demo", "unit", "list", "--state", state);
            Assert.DoesNotContain("\n0 unit(s)", "\n" + list.Out);
        }
    }
}
