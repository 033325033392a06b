using System.CommandLine;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Cli;

/// <summary><c>depot count start|scan|show|resolve|close|list</c>: cycle counts and their reconciliation.</summary>
internal static class CountVerbs
{
    public static void AddTo(RootCommand root)
    {
        var group = new Command("count", "Cycle counts of a bin or an owner's pool");

        var bin = new Option<string?>("--bin") { Description = "Count this bin" };
        var owner = new Option<string?>("--owner") { Description = "Count this owner's whole pool" };
        var start = Verb.Command("start", "Start a count session (--bin BIN or --owner CODE)", bin, owner);
        start.SetAction(parse => Verb.Change(parse, context =>
        {
            var (scope, target) = (parse.GetValue(bin), parse.GetValue(owner)) switch
            {
                ({ } b, null) => (CountScope.Bin, b),
                (null, { } o) => (CountScope.Owner, o),
                _ => throw new UsageException("count start needs exactly one of --bin BIN or --owner CODE"),
            };
            var session = new CountService(context).Start(scope, target);
            return $"Count session {session.Id} started: {CountService.Describe(session)}";
        }));

        var session = Session();
        var ids = new Argument<string[]>("ID") { Description = "Scanned IMEIs or serials", Arity = ArgumentArity.OneOrMore };
        var scanBin = new Option<string?>("--bin") { Description = "Where they were counted (default: the session's bin)" };
        var scan = Verb.Command("scan", "Add scanned units to a session", session, ids, scanBin);
        scan.SetAction(parse => Verb.Change(parse, context =>
        {
            var counts = new CountService(context);
            foreach (var id in parse.GetValue(ids)!)
            {
                counts.Scan(parse.GetValue(session), id, parse.GetValue(scanBin));
            }

            return $"{parse.GetValue(ids)!.Length} scan(s) added to session {parse.GetValue(session)}";
        }));

        var showSession = Session();
        var showJson = JsonOutput.Flag();
        var show = Verb.Command("show", "A session and its differences, open ones first", showSession, showJson);
        show.SetAction(parse => Verb.Execute(parse, context =>
        {
            var counts = new CountService(context);
            var s = counts.Require(parse.GetValue(showSession));
            var differences = counts.Differences(s.Id);
            if (parse.GetValue(showJson))
            {
                return JsonOutput.Print(parse, new
                {
                    Session = Json(s, differences.Count(d => !d.IsResolved)),
                    Differences = differences.Select(d => new
                    {
                        d.Identifier,
                        Kind = d.Kind.ToString(),
                        d.Expected,
                        d.Counted,
                        Resolved = d.IsResolved,
                        d.ResolvedBy,
                        Allowed = d.Allowed.Select(a => a.ToString()),
                    }),
                });
            }

            var output = parse.InvocationConfiguration.Output;
            output.WriteLine($"Session {s.Id}: {CountService.Describe(s)}, {s.Lines} scan(s), {(s.IsOpen ? "open" : $"closed {DepotTime.For(context).Instant(s.ClosedAt)}")}; {differences.Count(d => !d.IsResolved)} unresolved of {differences.Count}");
            foreach (var d in differences)
            {
                output.WriteLine(d.IsResolved
                    ? $"  resolved  {d.Identifier,-17} {d.Kind,-19} {d.ResolvedBy}"
                    : $"  OPEN      {d.Identifier,-17} {d.Kind,-19} system: {d.Expected}; count: {d.Counted}; resolve with {string.Join("|", d.Allowed)}");
            }

            return DepotCli.Done;
        }));

        var listJson = JsonOutput.Flag();
        var list = Verb.Command("list", "Count sessions, open ones marked", listJson);
        list.SetAction(parse => Verb.Execute(parse, context =>
        {
            var counts = new CountService(context);
            if (parse.GetValue(listJson))
            {
                return JsonOutput.Print(parse, counts.Sessions().Select(s => Json(s, s.IsOpen ? counts.Differences(s.Id).Count(d => !d.IsResolved) : 0)));
            }

            foreach (var s in counts.Sessions())
            {
                var open = s.IsOpen ? counts.Differences(s.Id).Count(d => !d.IsResolved) : 0;
                parse.InvocationConfiguration.Output.WriteLine(
                    $"{s.Id,4}  {CountService.Describe(s),-20} {s.Lines,4} scan(s)  {(s.IsOpen ? $"OPEN, {open} unresolved" : "closed")}");
            }

            return DepotCli.Done;
        }));

        var resolveSession = Session();
        var id = new Argument<string>("ID") { Description = "The unit's identifier" };
        var kind = EnumOption.Create<DifferenceKind>("--kind", "Which difference", EnumSpelling.AsNamed);
        kind.Required = true;
        var action = EnumOption.Create<Resolution>("--action", "How it is settled", EnumSpelling.AsNamed);
        action.Required = true;
        var reason = new Option<string>("--reason") { Description = "Why", Required = true };
        var to = new Option<string?>("--to") { Description = "The bin, owner or model for MoveBin, CorrectOwner, CorrectModel" };
        var resolve = Verb.Command("resolve", "Resolve one difference with an event or audited correction and a reason", resolveSession, id, kind, action, reason, to);
        resolve.SetAction(parse => Verb.Change(parse, context =>
        {
            var d = new CountService(context).Resolve(parse.GetValue(resolveSession), parse.GetValue(id)!, parse.GetValue(kind),
                parse.GetValue(action), parse.GetValue(reason)!, parse.GetValue(to));
            return $"{d.Identifier} {d.Kind} resolved: {d.ResolvedBy}";
        }));

        var closeSession = Session();
        var close = Verb.Command("close", "Close a session once every difference is resolved", closeSession);
        close.SetAction(parse => Verb.Change(parse, context =>
            $"Count session {new CountService(context).Close(parse.GetValue(closeSession)).Id} closed"));

        foreach (var command in new[] { start, scan, show, list, resolve, close })
        {
            group.Subcommands.Add(command);
        }

        root.Subcommands.Add(group);
    }

    private static object Json(CountSession s, int unresolved) => new
    {
        s.Id,
        Scope = s.Scope.ToString().ToLowerInvariant(),
        s.Target,
        Opened = s.OpenedAt,
        s.OpenedBy,
        Closed = s.ClosedAt,
        Scans = s.Lines,
        Open = s.IsOpen,
        Unresolved = unresolved,
    };

    private static Argument<long> Session() => new("SESSION") { Description = "The count session number" };
}
