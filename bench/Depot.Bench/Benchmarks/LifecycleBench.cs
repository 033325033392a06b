using Depot.Core.Lifecycle;

namespace Depot.Bench.Benchmarks;

/// <summary>
/// The cost of asking the lifecycle where a trigger goes: <see cref="UnitLifecycle.Decide"/> (what
/// every writer calls), and firing a reused Stateless <see cref="UnitMachine"/>, each against building,
/// configuring and firing a fresh machine. Each timing covers 1,000 decisions over a mix of
/// permitted and refused triggers, so its milliseconds read as microseconds per decision.
/// </summary>
public sealed class LifecycleBench : IBenchmark
{
    private const int PerTiming = 1000;

    public string Name => "lifecycle";

    public bool NeedsDatabase => false;

    public IEnumerable<BenchResult> Run(BenchSetup setup)
    {
        var cases = (
            from state in Enum.GetValues<UnitState>()
            from trigger in Enum.GetValues<Trigger>()
            from facts in TransitionFacts.VariantsFor(trigger)
            select (State: state, Trigger: trigger, Facts: facts)).ToArray();
        var stored = UnitState.None;
        var reused = new UnitMachine(() => stored, s => stored = s);
        var sink = 0;

        void Fresh(int round)
        {
            for (var i = 0; i < PerTiming; i++)
            {
                var (state, trigger, facts) = cases[(round * PerTiming + i) % cases.Length];
                var own = state;
                sink += (int)new UnitMachine(() => own, s => own = s).Fire(trigger, facts).Destination;
            }
        }

        var (decided, freshForDecide) = Timing.Paired(20, setup.Iterations,
            round =>
            {
                for (var i = 0; i < PerTiming; i++)
                {
                    var (state, trigger, facts) = cases[(round * PerTiming + i) % cases.Length];
                    sink += (int)UnitLifecycle.Decide(state, trigger, facts).Destination;
                }
            },
            Fresh);
        var (fired, freshForFire) = Timing.Paired(20, setup.Iterations,
            round =>
            {
                for (var i = 0; i < PerTiming; i++)
                {
                    var (state, trigger, facts) = cases[(round * PerTiming + i) % cases.Length];
                    stored = state;
                    sink += (int)reused.Fire(trigger, facts).Destination;
                }
            },
            Fresh);
        GC.KeepAlive(sink);

        const string fresh = "build, configure and fire a fresh Stateless machine";
        yield return new BenchResult("lifecycle: decide one trigger (UnitLifecycle.Decide), µs each", decided, fresh, freshForDecide,
            "p99 < 1 µs", decided.P99 < 1);
        yield return new BenchResult("lifecycle: fire a reused Stateless machine (UnitMachine.Fire), µs each", fired, fresh, freshForFire,
            "p99 < 5 µs", fired.P99 < 5);
    }
}
