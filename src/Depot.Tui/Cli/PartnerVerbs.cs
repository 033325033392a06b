using System.CommandLine;
using System.Text.Json;
using Depot.Core.Partners;

namespace Depot.Tui.Cli;

/// <summary><c>depot partner add|list</c>: the repair partners units are sent to.</summary>
internal static class PartnerVerbs
{
    public static void AddTo(RootCommand root)
    {
        var partner = new Command("partner", "Repair partners");

        var code = new Argument<string>("CODE") { Description = "Partner code as on repair orders, e.g. NORDREP" };
        var name = new Option<string>("--name") { Description = "The partner's name", Required = true };
        var add = Verb.Command("add", "Add a repair partner", code, name);
        add.SetAction(parse => Verb.Change(parse, context =>
        {
            var added = new PartnerCatalog(context).Add(parse.GetValue(code)!, parse.GetValue(name)!);
            return $"Partner {added.Code} added: {added.Name}";
        }));

        var json = new Option<bool>("--json") { Description = "Print the partners as JSON" };
        var list = Verb.Command("list", "List repair partners", json);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            var partners = new PartnerCatalog(context).List();
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonSerializer.Serialize(partners.Select(p => new { code = p.Code, name = p.Name, addedAt = p.AddedAt, addedBy = p.AddedBy }), AgreementVerbs.JsonOptions));
                return DepotCli.Done;
            }

            output.WriteLine($"{"CODE",-12} NAME");
            foreach (var p in partners)
            {
                output.WriteLine($"{p.Code,-12} {p.Name}");
            }

            return DepotCli.Done;
        }));

        partner.Subcommands.Add(add);
        partner.Subcommands.Add(list);
        root.Subcommands.Add(partner);
    }
}
