using System.CommandLine;
using Depot.Core.Cases;

namespace Depot.Tui.Cli;

/// <summary><c>depot case open</c>: a service case a unit can be announced, received or reserved for.</summary>
internal static class CaseVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("case", "Service cases");

        var ticket = new Argument<string>("TICKET") { Description = "The service desk's ticket number" };
        var owner = new Option<string>("--owner") { Description = "Owner code", Required = true };
        var kind = new Option<CaseKind>("--kind") { Description = "swap, repair or loan", DefaultValueFactory = _ => CaseKind.Swap };
        var open = Verb.Command("open", "Open a case", ticket, owner, kind);
        open.SetAction(parse => Verb.Change(parse, context =>
        {
            var c = new CaseService(context).Open(parse.GetValue(ticket)!, parse.GetValue(owner)!, parse.GetValue(kind));
            return $"Case {c.Ticket} opened for {c.OwnerCode} ({c.Kind.ToString().ToLowerInvariant()})";
        }));

        group.Subcommands.Add(open);
        root.Subcommands.Add(group);
    }
}
