using System.CommandLine;
using Depot.Core;
using Depot.Core.Coverage;
using Depot.Core.Lifecycle;
using Depot.Core.Units;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Cli;

/// <summary><c>depot unit show|list</c>.</summary>
internal static class UnitVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("unit", "Look units up");

        var id = new Argument<string>("ID") { Description = "IMEI or serial number (any identifier the unit ever had)" };
        var json = JsonOutput.Flag();
        var show = Verb.Command("show", "A unit: identifiers, owner, model, state, permitted triggers and full history", id, json);
        show.SetAction(parse => Verb.Execute(parse, context =>
        {
            var units = new UnitService(context);
            var unit = units.Require(parse.GetValue(id)!);
            var view = UnitView.Of(unit, units.Identifiers(unit.Id), units.History(unit.Id));
            var output = parse.InvocationConfiguration.Output;
            var time = DepotTime.For(context);
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, view);
            }

            output.WriteLine($"Unit        {view.Identifier} ({view.IdentifierKind})");
            if (view.Identifiers.Count > 1)
            {
                output.WriteLine($"Known as    {string.Join(", ", view.Identifiers)}");
            }

            output.WriteLine($"Owner       {view.Owner ?? "(unknown)"}");
            output.WriteLine($"Model       {view.Model ?? "(unknown)"}");
            output.WriteLine($"State       {view.State} since {time.Instant(view.StateSince)}{(view.Unannounced ? " (arrived unannounced)" : "")}");
            output.WriteLine($"Grade/bin   {view.Grade ?? "-"} / {view.Bin ?? "-"}");
            if (view.RepeatRepair is { } repeat)
            {
                output.WriteLine($"Repeat      received as a {repeat}");
            }

            output.WriteLine($"Permitted   {(view.PermittedTriggers.Count == 0 ? "nothing (end of the road)" : string.Join(", ", view.PermittedTriggers))}");
            output.WriteLine("History");
            foreach (var e in view.History)
            {
                var details = string.Join(", ", e.Details.Select(kv => $"{kv.Key}={kv.Value}"));
                output.WriteLine($"  {time.Instant(e.At)}  {e.Operator,-12} {e.Trigger,-14} {e.From} -> {e.To}{(e.Case is null ? "" : $"  case {e.Case}")}{(details.Length == 0 ? "" : $"  {details}")}");
            }

            return DepotCli.Done;
        }));

        var state = EnumOption.CreateNullable("--state", "Only units in this state", EnumSpelling.AsNamed, UnitState.None);
        var owner = new Option<string?>("--owner") { Description = "Only this owner's units" };
        var model = new Option<string?>("--model") { Description = "Only this model" };
        var limit = new Option<int>("--limit") { Description = "At most this many", DefaultValueFactory = _ => 1000 };
        var listJson = JsonOutput.Flag();
        var list = Verb.Command("list", "Units, longest in their state first", state, owner, model, limit, listJson);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            var units = new UnitService(context).List(new UnitFilter(parse.GetValue(state), parse.GetValue(owner), parse.GetValue(model), parse.GetValue(limit)));
            var output = parse.InvocationConfiguration.Output;
            if (parse.GetValue(listJson))
            {
                return JsonOutput.Print(parse, units.Select(u => UnitView.Of(u, [], [])).Select(v => new
                {
                    v.Identifier, v.Owner, v.Model, v.State, v.StateSince, v.Grade, v.Bin,
                }));
            }

            var time = DepotTime.For(context);
            output.WriteLine($"{"IDENTIFIER",-17} {"OWNER",-8} {"MODEL",-14} {"STATE",-16} SINCE");
            foreach (var u in units)
            {
                output.WriteLine($"{u.Identifier,-17} {u.OwnerCode ?? "-",-8} {u.ModelSku ?? "-",-14} {u.State,-16} {time.Instant(u.StateSince)}");
            }

            output.WriteLine($"{units.Count} unit(s)");
            return DepotCli.Done;
        }));

        group.Subcommands.Add(show);
        group.Subcommands.Add(list);
        root.Subcommands.Add(group);
    }

    /// <summary>What <c>unit show</c> prints, as one serialisable shape.</summary>
    internal sealed record UnitView(
        string Identifier,
        string IdentifierKind,
        IReadOnlyList<string> Identifiers,
        string? Owner,
        string? Model,
        string State,
        DateTimeOffset StateSince,
        string? Grade,
        string? Bin,
        bool Unannounced,
        long Version,
        IReadOnlyList<string> PermittedTriggers,
        IReadOnlyList<EventView> History,
        string? RepeatRepair)
    {
        public static UnitView Of(Unit u, IReadOnlyList<string> identifiers, IReadOnlyList<UnitEvent> history) => new(
            u.Identifier.Value, u.Identifier.Kind.ToString(), identifiers, u.OwnerCode, u.ModelSku, u.State.ToString(), u.StateSince,
            u.Grade, u.Bin, u.Unannounced, u.Version,
            u.PermittedTriggers.Select(t => t.ToString()).ToArray(),
            history.Select(e => new EventView(e.At, e.Operator, e.Trigger.ToString(), e.From.ToString(), e.To.ToString(), e.CaseTicket, e.Details)).ToArray(),
            RepairWarranty.RepeatOfLastReceipt(history)?.DescribeRepeat());
    }

    internal sealed record EventView(DateTimeOffset At, string Operator, string Trigger, string From, string To, string? Case, IReadOnlyDictionary<string, string> Details);
}
