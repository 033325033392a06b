using System.CommandLine;
using System.Globalization;
using Depot.Core.Agreements;
using Depot.Core.Owners;

namespace Depot.Tui.Cli;

/// <summary><c>depot owner add|list</c>.</summary>
internal static class OwnerVerbs
{
    public static void AddTo(RootCommand root)
    {
        var owner = new Command("owner", "Business customers that own a swap pool");

        var code = new Argument<string>("CODE") { Description = "Short owner code, e.g. ACME" };
        var name = new Option<string>("--name") { Description = "Company name", Required = true };
        var fleet = new Option<int>("--fleet") { Description = "Devices in the field", Required = true };
        var pct = new Option<decimal>("--target-percent") { Description = "Pool target as % of fleet", DefaultValueFactory = _ => 8m };
        var policy = new Option<OwnerPolicy>("--policy") { Description = "Where repaired units go: pool or user", DefaultValueFactory = _ => OwnerPolicy.Pool };
        var add = Verb.Command("add", "Add an owner", code, name, fleet, pct, policy);
        add.SetAction(parse => Verb.Change(parse, context =>
        {
            var o = new Catalog(context).AddOwner(parse.GetValue(code)!, parse.GetValue(name)!, parse.GetValue(fleet), parse.GetValue(pct), parse.GetValue(policy));
            return $"Owner {o.Code} added: {o.Name}, fleet {o.Fleet}, pool target {o.Target} ({o.TargetPercent.ToString(CultureInfo.InvariantCulture)}%), policy {o.Policy.ToString().ToLowerInvariant()}";
        }));

        var list = Verb.Command("list", "List owners");
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"CODE",-10} {"NAME",-30} {"FLEET",6} {"TARGET",6} POLICY");
            foreach (var o in new Catalog(context).ListOwners())
            {
                output.WriteLine($"{o.Code,-10} {o.Name,-30} {o.Fleet,6} {o.Target,6} {o.Policy.ToString().ToLowerInvariant()}");
            }

            return DepotCli.Done;
        }));

        var size = new Option<int>("--fleet") { Description = "Devices in the field from that day", Required = true };
        var from = new Option<string?>("--from") { Description = "First day of the new size, yyyy-MM-dd (default: today, depot time)" };
        var setFleet = Verb.Command("set-fleet", "Change an owner's fleet size from a day (the pool target and the service fee follow it)", code, size, from);
        setFleet.SetAction(parse => Verb.Change(parse, context =>
        {
            var day = parse.GetValue(from) is { } text ? AgreementVerbs.ReadDay(text, "--from") : (DateOnly?)null;
            new FleetHistory(context).Set(parse.GetValue(code)!, parse.GetValue(size), day);
            var o = new Catalog(context).RequireOwner(parse.GetValue(code)!);
            return $"Owner {o.Code}: fleet {parse.GetValue(size)} from {(day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "today")}; pool target now {o.Target}";
        }));

        owner.Subcommands.Add(add);
        owner.Subcommands.Add(list);
        owner.Subcommands.Add(setFleet);
        root.Subcommands.Add(owner);
    }
}
