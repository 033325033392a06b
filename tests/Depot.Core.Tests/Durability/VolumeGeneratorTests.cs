using Depot.Core.Generation;
using Depot.Core.Integrity;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
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
        var states = new HashSet<string>();
        using (var command = context.Connection.Command("SELECT DISTINCT state FROM units"))
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                states.Add(reader.GetString(0));
            }
        }

        Assert.Equal(UnitLifecycle.StoredStates.Select(s => s.ToString()).Order(), states.Order());
        var events = Convert.ToDouble(context.Connection.Scalar("SELECT count(*) FROM events"));
        Assert.InRange(events / 6000, 7, 13);
        Assert.Equal(1200L, context.Connection.Scalar("SELECT count(*) FROM cases"));
        Assert.Equal(0L, context.Connection.Scalar("SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM case_units cu WHERE cu.case_id = c.id)"));
    }

    [Fact]
    public void An_old_imei_from_a_board_swap_still_finds_its_unit()
    {
        using var depot = GeneratedDepot.Create(units: 3000);
        using var context = depot.Open();
        var alias = (string)context.Connection.Scalar(
            "SELECT i.identifier FROM unit_identifiers i JOIN units u ON u.id = i.unit_id WHERE i.identifier <> u.identifier LIMIT 1")!;

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
        Assert.Equal(20L, context.Connection.Scalar("SELECT count(*) FROM units"));
    }

    private static string Fingerprint(string path)
    {
        using var context = DepotContext.Open(path, "check");
        return (string)context.Connection.Scalar(
            """
            SELECT (SELECT group_concat(identifier || state || version || state_since, ',') FROM units) || '|' ||
                   (SELECT group_concat(unit_id || trigger || at || coalesce(details, ''), ',') FROM events) || '|' ||
                   (SELECT group_concat(ticket || opened_at, ',') FROM cases)
            """)!;
    }
}
