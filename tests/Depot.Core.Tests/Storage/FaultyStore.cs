using Depot.Core.Storage;

namespace Depot.Core.Tests.Storage;

/// <summary>
/// A store whose units of work cannot write rows of <typeparamref name="TFailing"/> (a table the
/// engine refuses, as a full or failing disk would): every other call goes to the real store.
/// Disposing it leaves the real store open.
/// </summary>
internal sealed class FaultyStore<TFailing>(IDepotStore inner) : IDepotStore
    where TFailing : class, IRow, new()
{
    public StoreDescription Description => inner.Description;

    public IStoreSession BeginRead() => inner.BeginRead();

    public IStoreWriter BeginWrite() => new FaultyWriter<TFailing>(inner.BeginWrite());

    public long BackupTo(string targetPath) => inner.BackupTo(targetPath);

    public void Dispose()
    {
    }
}
