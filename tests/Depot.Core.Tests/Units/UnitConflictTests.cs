using Depot.Core.Billing;
using Depot.Core.Cases;
using Depot.Core.Lifecycle;
using Depot.Core.Owners;
using Depot.Core.Tests.Support;
using Depot.Core.Units;

namespace Depot.Core.Tests.Units;

public sealed class UnitConflictTests
{
    private const string Broken = "490154203237518";
    private const string Other = "356938035643809";

    [Fact]
    public void A_change_written_after_another_bench_changed_the_unit_is_refused_with_its_new_state()
    {
        using var depot = new InterruptedDepot();
        depot.Cases.Open("SR-1", "ACME", CaseKind.Swap);
        depot.Units.Announce(Broken, "SR-1", "IP15");

        // Receiving reads the unit and its coverage, and meanwhile the unit is marked lost.
        depot.Clock.OnNextReading(() => depot.Units.MarkLost(Broken, "not in the parcel"));
        var refusal = Assert.Throws<ConcurrencyException>(() => depot.Units.Receive(Broken));

        Assert.Equal($"{Broken}: changed by someone else, now in state Lost. Nothing was saved; look at the unit again and retry.", refusal.Message);
        var unit = depot.Units.Find(Broken)!;
        Assert.Equal(UnitState.Lost, unit.State);
        Assert.Equal([Trigger.Announce, Trigger.MarkLost], depot.Units.History(unit.Id).Select(e => e.Trigger));
    }

    [Fact]
    public void A_writer_holding_an_older_version_is_refused_and_nothing_is_saved()
    {
        using var depot = new InterruptedDepot();
        depot.Units.Intake(Other, new UnitDetails("ACME", "IP15"));
        var seen = depot.Units.Find(Other)!;
        depot.Units.Scrap(Other, "cracked", seen.Version);

        var refusal = Assert.Throws<ConcurrencyException>(() => depot.Units.MarkLost(Other, "missing", seen.Version));

        Assert.Equal($"{Other}: changed by someone else, now in state Scrapped. Nothing was saved; look at the unit again and retry.", refusal.Message);
        Assert.Equal(2, depot.Units.History(seen.Id).Count);
    }

    /// <summary>A depot whose clock lets another change in at the next reading.</summary>
    private sealed class InterruptedDepot : IDisposable
    {
        private readonly string _directory = Path.Combine(Path.GetTempPath(), "depot-tests", Guid.NewGuid().ToString("N"));

        public InterruptedDepot()
        {
            Directory.CreateDirectory(_directory);
            Context = DepotContext.Open(Path.Combine(_directory, "depot.db"), "tester", Clock);
            var catalog = new Catalog(Context);
            catalog.AddOwner("ACME", "Acme AB", 400);
            catalog.AddModel("IP15", "iPhone 15", new Money(9495m, "SEK"));
            Units = new UnitService(Context);
            Cases = new CaseService(Context);
        }

        public InterruptingClock Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

        public DepotContext Context { get; }

        public UnitService Units { get; }

        public CaseService Cases { get; }

        public void Dispose()
        {
            Context.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
