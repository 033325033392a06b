using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Processes;

/// <summary>A depot file with <c>count</c> units U000000.. with their users, ready for the probe benches.</summary>
internal static class ProbeDepot
{
    public static void Seed(LiteDbFixture fixture, int count)
    {
        using var store = fixture.Open();
        using var writer = store.BeginWrite();
        var units = Enumerable.Range(0, count).Select(n => new UnitRow
        {
            Identifier = $"U{n:D6}",
            OwnerId = 1,
            ModelId = 1,
            State = "WithUser",
            StateSince = DateTimeOffset.UtcNow,
            Version = 1,
        }).ToList();
        writer.Table<UnitRow>().InsertMany(units);
        writer.Table<UnitIdentifierRow>().InsertMany(units.Select(u => new UnitIdentifierRow
        {
            Identifier = u.Identifier,
            UnitId = u.Id,
            AddedAt = DateTimeOffset.UtcNow,
        }).ToList());
        writer.Commit();
    }

    public static string State(IStoreSession session, string identifier) =>
        session.Table<UnitRow>().Get(session.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier)!.UnitId)!.State;
}
