using System.CommandLine;
using System.Globalization;
using Depot.Core.Reports;

namespace Depot.Tui.Cli;

/// <summary><c>depot overdue [--owner CODE]</c>: swap returns past their due date and what they cost.</summary>
internal static class OverdueVerb
{
    public static void AddTo(RootCommand root)
    {
        var owner = new Option<string?>("--owner") { Description = "Only this owner's cases" };
        var json = JsonOutput.Flag();
        var command = Verb.Command("overdue", "Late swap returns: still out (the charge they will cost) and received late (charged, for review)", owner, json);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var rows = new OverdueReturns(context).List(parse.GetValue(owner));
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, rows.Select(r => new
                {
                    r.Ticket,
                    r.Owner,
                    r.Customer,
                    r.ImeiOut,
                    r.ImeiDue,
                    Shipped = JsonOutput.Date(r.Shipped),
                    Due = JsonOutput.Date(r.Due),
                    r.WorkingDaysLate,
                    Charge = new { Amount = JsonOutput.Amount(r.Charge), r.Currency },
                    r.Received,
                    r.ReceivedAt,
                }));
            }

            var output = parse.InvocationConfiguration.Output;
            if (rows.Count == 0)
            {
                output.WriteLine("No overdue returns.");
                return DepotCli.Done;
            }

            output.WriteLine($"{"TICKET",-10} {"OWNER",-9} {"IMEI OUT",-16} {"IMEI DUE",-16} {"SHIPPED",-10} {"DUE",-10} {"LATE",4} {"CHARGE",16}  STATUS");
            foreach (var r in rows)
            {
                var charge = $"{r.Charge.ToString("0.00", CultureInfo.InvariantCulture)} {r.Currency}";
                output.WriteLine($"{r.Ticket,-10} {r.Owner,-9} {r.ImeiOut ?? "-",-16} {r.ImeiDue ?? "-",-16} {r.Shipped:yyyy-MM-dd} {r.Due:yyyy-MM-dd} {r.WorkingDaysLate,4} {charge,16}  {(r.Received ? "received late, charged (review)" : "still out, will be charged")}");
            }

            return DepotCli.Done;
        }));
        root.Subcommands.Add(command);
    }
}
