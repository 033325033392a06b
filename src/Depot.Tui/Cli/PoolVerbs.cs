using System.CommandLine;
using Depot.Core.Pool;

namespace Depot.Tui.Cli;

/// <summary><c>depot pool [--owner CODE]</c>: each owner's swap pool against its target, with a refill proposal.</summary>
internal static class PoolVerbs
{
    public static void AddTo(RootCommand root)
    {
        var owner = new Option<string?>("--owner") { Description = "Only this owner's pool" };
        var json = JsonOutput.Flag();
        var command = Verb.Command("pool", "Swap pool levels per owner and model, shortfall and refill proposal", owner, json);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var levels = new PoolLevels(context);
            var pools = parse.GetValue(owner) is { } code ? [levels.ForOwner(code)] : levels.Owners();
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, pools.Select(Json));
            }

            var output = parse.InvocationConfiguration.Output;
            foreach (var pool in pools)
            {
                var o = pool.Owner;
                var t = pool.Total;
                output.WriteLine($"{o.Code} ({o.Name}): fleet {o.Fleet}, target {o.TargetPercent}% = {o.Target}; available {t.Available}, reserved {t.Reserved}, in repair {t.InRepair}, shortfall {t.Shortfall}{(pool.BelowTarget ? "  BELOW TARGET" : "")}");
                foreach (var m in pool.Models)
                {
                    output.WriteLine($"  {m.ModelSku,-14} available {m.Available,3}  reserved {m.Reserved,3}  in repair {m.InRepair,3}  target {m.Target,3}  shortfall {m.Shortfall,3}");
                }

                foreach (var r in pool.Refill)
                {
                    output.WriteLine($"  propose: {r.Quantity} x {r.ModelSku} ({r.Consumed} swap case(s) for this model in the last {PoolLevels.ConsumptionDays} days)");
                }
            }

            return DepotCli.Done;
        }));
        root.Subcommands.Add(command);
    }

    private static object Json(OwnerPool pool) => new
    {
        Owner = pool.Owner.Code,
        pool.Owner.Name,
        pool.Owner.Fleet,
        pool.Owner.TargetPercent,
        pool.Owner.Target,
        Policy = pool.Owner.Policy.ToString().ToLowerInvariant(),
        pool.Total.Available,
        pool.Total.Reserved,
        pool.Total.InRepair,
        pool.Total.Shortfall,
        pool.BelowTarget,
        Models = pool.Models.Select(m => new { Model = m.ModelSku, m.Available, m.Reserved, m.InRepair, m.Target, m.Shortfall }),
        Refill = pool.Refill.Select(r => new { Model = r.ModelSku, r.Quantity, ConsumedInWindow = r.Consumed, WindowDays = PoolLevels.ConsumptionDays }),
    };
}
