using System.CommandLine;
using System.Globalization;
using Depot.Core.Reports;

namespace Depot.Tui.Cli;

/// <summary><c>depot report quality [--owner CODE] [--month yyyy-MM]</c> and <c>depot report repeats [--month yyyy-MM]</c>.</summary>
internal static class ReportVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("report", "Reports for owners");
        var owner = new Option<string?>("--owner") { Description = "Only this owner" };
        var month = new Option<string?>("--month") { Description = "Only this month (yyyy-MM)" };
        var json = JsonOutput.Flag();
        var quality = Verb.Command("quality", "The quality report per owner and month", owner, month, json);
        quality.SetAction(parse => Verb.Execute(parse, context =>
        {
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new QualityReport(context).Rows(parse.GetValue(owner), parse.GetValue(month)));
            }

            var output = parse.InvocationConfiguration.Output;
            string D(decimal? v) => v?.ToString("0.###", CultureInfo.InvariantCulture) ?? "-";
            output.WriteLine("owner     month    opened closed shipped ship_days repair_days  nff  not_cov  ber  overdue target avail_end");
            foreach (var r in new QualityReport(context).Rows(parse.GetValue(owner), parse.GetValue(month)))
            {
                output.WriteLine($"{r.Owner,-9} {r.Month} {r.CasesOpened,6} {r.CasesClosed,6} {r.SwapsShipped,7} {D(r.MedianDaysToShip),9} {D(r.MedianDaysInRepair),11} {D(r.NoFaultFoundRate),5} {D(r.NotCoveredRate),7} {D(r.BeyondRepairRate),5} {r.OverdueReturns,8} {r.PoolTarget,6} {r.PoolAvailableEnd,9}");
            }

            return DepotCli.Done;
        }));
        group.Subcommands.Add(quality);

        var repeatMonth = new Option<string?>("--month") { Description = "Only this month (yyyy-MM)" };
        var repeatJson = JsonOutput.Flag();
        var repeats = Verb.Command("repeats", "Repairs and repeat repairs (back inside the repair warranty) per partner and per model", repeatMonth, repeatJson);
        repeats.SetAction(parse => Verb.Execute(parse, context =>
        {
            var rows = new RepeatRepairs(context).Rows(parse.GetValue(repeatMonth));
            if (parse.GetValue(repeatJson))
            {
                return JsonOutput.Print(parse, rows);
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine("by       name                 repairs repeats  rate");
            foreach (var r in rows)
            {
                output.WriteLine($"{r.By,-8} {r.Name,-20} {r.Repairs,7} {r.Repeats,7} {r.Rate.ToString("0.000", CultureInfo.InvariantCulture),5}");
            }

            if (rows.Count == 0)
            {
                output.WriteLine("No partner repair has passed quality check yet.");
            }

            return DepotCli.Done;
        }));
        group.Subcommands.Add(repeats);
        root.Subcommands.Add(group);
    }
}
