using System.CommandLine;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Owners;

namespace Depot.Tui.Cli;

/// <summary><c>depot model add|list</c>.</summary>
internal static class ModelVerbs
{
    public static void AddTo(RootCommand root)
    {
        var model = new Command("model", "Device models (SKUs)");

        var sku = new Argument<string>("SKU") { Description = "The model's SKU" };
        var name = new Option<string>("--name") { Description = "Model name", Required = true };
        var price = new Option<string>("--retail-price") { Description = "Retail price, e.g. 899.00", Required = true };
        var currency = new Option<string>("--currency") { Description = "3-letter currency code", Required = true };
        var add = Verb.Command("add", "Add a model", sku, name, price, currency);
        add.SetAction(parse => Verb.Change(parse, context =>
        {
            if (!Money.TryParse(parse.GetValue(price), parse.GetValue(currency), out var retail, out var reason))
            {
                throw new RefusedException($"retail price: {reason}");
            }

            var m = new Catalog(context).AddModel(parse.GetValue(sku)!, parse.GetValue(name)!, retail);
            return $"Model {m.Sku} added: {m.Name}, retail price {m.RetailPrice}";
        }));

        var json = JsonOutput.Flag();
        var list = Verb.Command("list", "List models", json);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new Catalog(context).ListModels().Select(m => new { m.Sku, m.Name, RetailPrice = JsonOutput.Money(m.RetailPrice) }));
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"SKU",-16} {"NAME",-30} RETAIL PRICE");
            foreach (var m in new Catalog(context).ListModels())
            {
                output.WriteLine($"{m.Sku,-16} {m.Name,-30} {m.RetailPrice}");
            }

            return DepotCli.Done;
        }));

        model.Subcommands.Add(add);
        model.Subcommands.Add(list);
        root.Subcommands.Add(model);
    }
}
