using Depot.Core.Generation;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Tests.Durability;

public sealed class VolumeGeneratorTests
{
    [Fact]
    public void A_generated_depot_passes_the_depot_check_and_populates_every_state()
    {
        using var depot = GeneratedDepot.Create(units: 6000);
        using var context = depot.Open();

        Assert.Empty(new IntegrityCheck(context).Run());
        var (units, events, cases, linked) = context.Read(s => (
            s.Table<UnitRow>().All().ToList(),
            s.Table<EventRow>().Count(),
            s.Table<CaseRow>().All().Select(c => c.Id).ToList(),
            s.Table<CaseUnitRow>().All().Select(l => l.CaseId).ToHashSet()));

        Assert.Equal(UnitLifecycle.StoredStates.Select(s => s.ToString()).Order(), units.Select(u => u.State).Distinct().Order());
        Assert.InRange((double)events / 6000, 7, 13);
        Assert.Equal(1200, cases.Count);
        Assert.All(cases, c => Assert.Contains(c, linked));
    }

    [Fact]
    public void The_unit_counts_match_the_units_generated()
    {
        using var depot = GeneratedDepot.Create(units: 2000);
        using var context = depot.Open();

        var (units, counts) = context.Read(s => (s.Table<UnitRow>().All().ToList(), UnitCounts.Read(s)));

        var recount = units.GroupBy(u => UnitCounts.Key(u.OwnerId, u.ModelId, u.State, u.RepairCase)).ToDictionary(g => g.Key, g => (long)g.Count());
        Assert.Equal(recount.OrderBy(c => c.Key, StringComparer.Ordinal),
            counts.ToDictionary(c => UnitCounts.Key(c.OwnerId, c.ModelId, c.State, c.RepairCase), c => c.Units).OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Contains(units, u => u.RepairCase);
    }

    [Fact]
    public void An_old_imei_from_a_board_swap_still_finds_its_unit()
    {
        using var depot = GeneratedDepot.Create(units: 3000);
        using var context = depot.Open();
        var alias = context.Read(s =>
        {
            var units = s.Table<UnitRow>();
            return s.Table<UnitIdentifierRow>().All().First(i => i.Identifier != units.Get(i.UnitId)!.Identifier).Identifier;
        });

        var unit = new UnitService(context).Find(alias);

        Assert.NotNull(unit);
        Assert.NotEqual(alias, unit.Identifier.Value);
        Assert.Contains(new UnitService(context).History(unit.Id),
            e => e.Trigger == Trigger.PartnerResult && e.Details.TryGetValue("new_imei", out var imei) && imei == unit.Identifier.Value);
    }

    [Fact]
    public void The_same_seed_gives_the_same_depot_and_another_seed_another()
    {
        using var first = GeneratedDepot.Create(units: 800, seed: 5);
        using var again = GeneratedDepot.Create(units: 800, seed: 5);
        using var other = GeneratedDepot.Create(units: 800, seed: 6);

        Assert.Equal(Fingerprint(first.Path), Fingerprint(again.Path));
        Assert.NotEqual(Fingerprint(first.Path), Fingerprint(other.Path));
    }

    [Fact]
    public void Generating_into_a_database_that_holds_a_depot_is_refused()
    {
        using var depot = GeneratedDepot.Create(units: 20);
        using var context = depot.Open();

        var refusal = Assert.Throws<RefusedException>(() => new VolumeGenerator(context, new VolumeOptions { Units = 20 }).Run());

        Assert.Contains("already holds a depot", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(20L, context.Read(s => s.Table<UnitRow>().Count()));
    }

    private static string Fingerprint(string path)
    {
        using var context = DepotContext.Open(path, "check");
        return context.Read(s => string.Join("|",
            string.Join(",", s.Table<UnitRow>().All().Select(u => FormattableString.Invariant($"{u.Identifier}{u.State}{u.Version}{u.StateSince:O}"))),
            string.Join(",", s.Table<EventRow>().All().Select(e => FormattableString.Invariant(
                $"{e.UnitId}{e.Trigger}{e.At:O}{string.Concat(e.Details?.Select(d => d.Key + d.Value) ?? [])}"))),
            string.Join(",", s.Table<CaseRow>().All().Select(c => FormattableString.Invariant($"{c.Ticket}{c.OpenedAt:O}")))));
    }
}
