using System.CommandLine;
using System.Globalization;
using Depot.Core.Generation;

namespace Depot.Tui.Cli;

/// <summary><c>depot demo generate --units N</c>: fills a new database with a large generated depot for measuring.</summary>
internal static class DemoGenerateVerb
{
    public static void AddTo(RootCommand root)
    {
        var units = new Option<int>("--units") { Description = "How many units", DefaultValueFactory = _ => 1_000_000 };
        var seed = new Option<int>("--seed") { Description = "The same seed gives the same depot", DefaultValueFactory = _ => 1 };
        var owners = new Option<int>("--owners") { Description = "How many owners", DefaultValueFactory = _ => 50 };
        var models = new Option<int>("--models") { Description = "How many models", DefaultValueFactory = _ => 200 };
        var cases = new Option<int?>("--cases") { Description = "How many service cases (default: one per five units)" };
        var generate = Verb.Command("generate",
            "Fill a new, empty database (--db) with a large generated depot: units that followed the lifecycle, cases, repairs, board swaps",
            units, seed, owners, models, cases);
        generate.SetAction(parse => Verb.Execute(parse, context =>
        {
            var output = parse.InvocationConfiguration.Output;
            var options = new VolumeOptions
            {
                Units = parse.GetValue(units),
                Seed = parse.GetValue(seed),
                Owners = parse.GetValue(owners),
                Models = parse.GetValue(models),
                Cases = parse.GetValue(cases),
            };
            var every = Math.Max(100_000, options.Units / 10);
            var next = every;
            var progress = new SynchronousProgress(done =>
            {
                if (done >= next)
                {
                    parse.InvocationConfiguration.Error.WriteLine($"  {done.ToString("N0", CultureInfo.InvariantCulture)} units");
                    next += every;
                }
            });
            var volume = new VolumeGenerator(context, options).Run(progress);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Generated {volume.Units:N0} units, {volume.Events:N0} events, {volume.Cases:N0} cases, {volume.RepairOrders:N0} repair orders, {volume.Aliases:N0} board-swap aliases in {volume.Elapsed.TotalSeconds:F1} s into {context.DatabasePath}"));
            output.WriteLine("Units by state: " + string.Join(", ", volume.UnitsByState.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value:N0}"))));
            return DepotCli.Done;
        }, createsDatabase: true));

        var demo = new Command("demo", "Demo and measuring depots");
        demo.Subcommands.Add(generate);
        root.Subcommands.Add(demo);
    }

    // Progress<T> posts to the thread pool; the generator reports from its own thread and the lines must come in order.
    private sealed class SynchronousProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
