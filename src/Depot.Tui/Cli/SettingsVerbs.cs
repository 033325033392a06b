using System.CommandLine;
using Depot.Core.Calendar;

namespace Depot.Tui.Cli;

/// <summary><c>depot settings [show] | set KEY VALUE</c>: time zone, cut-off, holiday countries, return days, diagnostic fee.</summary>
internal static class SettingsVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("settings", "The depot's settings");
        var showJson = JsonOutput.Flag();
        var show = Verb.Command("show", "Every setting with its value and meaning", showJson);
        show.SetAction(parse => Verb.Execute(parse, context => Show(parse, new DepotSettings(context), parse.GetValue(showJson))));
        var groupJson = JsonOutput.Flag();
        group.Options.Add(groupJson);
        group.SetAction(parse => Verb.Execute(parse, context => Show(parse, new DepotSettings(context), parse.GetValue(groupJson))));

        var key = new Argument<string>("KEY") { Description = string.Join(", ", DepotSettings.Known.Select(k => k.Key)) };
        var value = new Argument<string>("VALUE") { Description = "The new value" };
        var set = Verb.Command("set", "Change a setting (validated; refused when it does not read)", key, value);
        set.SetAction(parse => Verb.Change(parse, context =>
        {
            var stored = new DepotSettings(context).Set(parse.GetValue(key)!, parse.GetValue(value)!);
            return $"{parse.GetValue(key)!.Trim().ToLowerInvariant().Replace('-', '_')} = {stored}";
        }));
        group.Subcommands.Add(show);
        group.Subcommands.Add(set);
        root.Subcommands.Add(group);
    }

    private static int Show(ParseResult parse, DepotSettings settings, bool json)
    {
        if (json)
        {
            return JsonOutput.Print(parse, settings.All().ToDictionary(s => s.Key, s => s.Value));
        }

        var output = parse.InvocationConfiguration.Output;
        var meanings = DepotSettings.Known.ToDictionary(k => k.Key, k => k.Meaning);
        foreach (var (key, value) in settings.All())
        {
            output.WriteLine($"{key,-20} {value,-18} {meanings[key]}");
        }

        return DepotCli.Done;
    }
}
