using System.CommandLine;
using Depot.Core;
using Depot.Core.Billing;
using Depot.Core.Owners;

namespace Depot.Tui.Cli;

/// <summary><c>depot model add|set|list</c>.</summary>
internal static class ModelVerbs
{
    private const string PatternHelp = "Regular expression (.NET) a whole serial number of the model matches, letters in any case, e.g. C02[A-Z0-9]{8}";

    public static void AddTo(RootCommand root)
    {
        var model = new Command("model", "Device models (SKUs)");

        var sku = new Argument<string>("SKU") { Description = "The model's SKU" };
        var name = new Option<string>("--name") { Description = "Model name", Required = true };
        var price = new Option<string>("--retail-price") { Description = "Retail price, e.g. 899.00", Required = true };
        var currency = new Option<string>("--currency") { Description = "3-letter currency code", Required = true };
        var pattern = new Option<string?>("--serial-pattern") { Description = PatternHelp };
        var add = Verb.Command("add", "Add a model", sku, name, price, currency, pattern);
        add.SetAction(parse => Verb.Change(parse, context =>
        {
            if (!Money.TryParse(parse.GetValue(price), parse.GetValue(currency), out var retail, out var reason))
            {
                throw new RefusedException($"retail price: {reason}");
            }

            var m = new Catalog(context).AddModel(parse.GetValue(sku)!, parse.GetValue(name)!, retail, parse.GetValue(pattern));
            return $"Model {m.Sku} added: {m.Name}, retail price {m.RetailPrice}{(m.SerialPattern is { } p ? $", serial pattern {p}" : "")}";
        }));

        var setPattern = new Option<string?>("--serial-pattern") { Description = PatternHelp };
        var noPattern = new Option<bool>("--no-serial-pattern") { Description = "Clear the model's serial pattern: its serial numbers need at least 8 characters with at least one letter again" };
        var set = Verb.Command("set", "Declare or clear the serial-number pattern of a model", sku, setPattern, noPattern);
        set.Validators.Add(result =>
        {
            if ((result.GetValue(setPattern) is null) != result.GetValue(noPattern))
            {
                result.AddError("give one of --serial-pattern REGEX or --no-serial-pattern");
            }
        });
        set.SetAction(parse => Verb.Change(parse, context =>
        {
            var m = new Catalog(context).SetSerialPattern(parse.GetValue(sku)!, parse.GetValue(noPattern) ? null : parse.GetValue(setPattern));
            return m.SerialPattern is { } p
                ? $"Model {m.Sku}: serial numbers match {p}"
                : $"Model {m.Sku}: no serial pattern; serial numbers need at least 8 characters with at least one letter";
        }));

        var json = JsonOutput.Flag();
        var list = Verb.Command("list", "List models", json);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new Catalog(context).ListModels().Select(m => new
                {
                    m.Sku, m.Name, RetailPrice = JsonOutput.Money(m.RetailPrice), m.SerialPattern,
                }));
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"{"SKU",-16} {"NAME",-30} {"RETAIL PRICE",-16} SERIAL PATTERN");
            foreach (var m in new Catalog(context).ListModels())
            {
                output.WriteLine($"{m.Sku,-16} {m.Name,-30} {m.RetailPrice,-16} {m.SerialPattern ?? "-"}");
            }

            return DepotCli.Done;
        }));

        model.Subcommands.Add(add);
        model.Subcommands.Add(set);
        model.Subcommands.Add(list);
        root.Subcommands.Add(model);
    }
}
