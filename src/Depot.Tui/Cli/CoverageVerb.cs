using System.CommandLine;
using System.Globalization;
using Depot.Core;
using Depot.Core.Coverage;
using Depot.Core.Units;

namespace Depot.Tui.Cli;

/// <summary><c>depot coverage ID [--date yyyy-MM-dd]</c>: what covers a unit on a date.</summary>
internal static class CoverageVerb
{
    public static void AddTo(RootCommand root)
    {
        var id = new Argument<string>("ID") { Description = "IMEI or serial number" };
        var date = new Option<string?>("--date") { Description = "The date (default: today, depot time)" };
        var json = JsonOutput.Flag();
        var command = Verb.Command("coverage", "What covers a unit on a date: warranty, care plan, vouchers, repair warranty", id, date, json);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var unit = new UnitService(context).Require(parse.GetValue(id)!);
            var coverage = new CoverageService(context);
            var result = parse.GetValue(date) is { } text
                ? coverage.On(unit, DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw new RefusedException($"--date is yyyy-MM-dd, got \"{text}\""))
                : coverage.Today(unit);
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new
                {
                    Identifier = unit.Identifier.Value,
                    Date = JsonOutput.Date(result.Date),
                    result.Covered,
                    Description = result.Describe(),
                    Covers = result.Covers.Select(c => new
                    {
                        Kind = Kind(c.Kind),
                        Until = JsonOutput.Date(c.Until),
                        Voucher = c.Kind == CoverKind.Voucher ? c.Reference : null,
                        RepairOrder = c.Kind == CoverKind.RepairWarranty ? c.Reference : null,
                    }),
                });
            }

            parse.InvocationConfiguration.Output.WriteLine($"{unit.Identifier} on {result.Date:yyyy-MM-dd}: {result.Describe()}");
            return DepotCli.Done;
        }));
        root.Subcommands.Add(command);
    }

    private static string Kind(CoverKind kind) => kind switch
    {
        CoverKind.CarePlan => "care_plan",
        CoverKind.RepairWarranty => "repair_warranty",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
