using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Contract;

/// <summary>The base of every contract test class: a fresh depot from the engine's fixture, and helpers to make rows.</summary>
public abstract class StoreContract<TFixture> : IDisposable
    where TFixture : IStoreFixture, new()
{
    private readonly List<IDepotStore> _opened = [];

    protected StoreContract()
    {
        Fixture = new TFixture();
        Store = Open();
    }

    protected TFixture Fixture { get; }

    /// <summary>The first bench's store.</summary>
    protected IDepotStore Store { get; }

    /// <summary>Another bench on the same depot.</summary>
    protected IDepotStore Open()
    {
        var store = Fixture.Open();
        _opened.Add(store);
        return store;
    }

    protected static readonly DateTimeOffset T0 = new(2026, 11, 2, 8, 30, 0, TimeSpan.Zero);

    protected static UnitRow Unit(string identifier, string state = "Available", long? owner = 1, int minutes = 0) => new()
    {
        Identifier = identifier,
        OwnerId = owner,
        ModelId = 1,
        State = state,
        StateSince = T0.AddMinutes(minutes),
        Version = 1,
    };

    protected static EventRow Event(long unitId, int minutes, string trigger = "Receive") => new()
    {
        UnitId = unitId,
        At = T0.AddMinutes(minutes),
        Operator = "contract",
        Trigger = trigger,
        ToState = "Received",
    };

    protected long Insert<TRow>(TRow row) where TRow : class, IRow, new()
    {
        using var writer = Store.BeginWrite();
        var id = writer.Table<TRow>().Insert(row);
        writer.Commit();
        return id;
    }

    protected T Read<T>(Func<IStoreSession, T> read, IDepotStore? store = null)
    {
        using var session = (store ?? Store).BeginRead();
        return read(session);
    }

    public void Dispose()
    {
        foreach (var store in Enumerable.Reverse(_opened))
        {
            store.Dispose();
        }

        Fixture.Dispose();
        GC.SuppressFinalize(this);
    }
}
