namespace Depot.Core.Storage;

/// <summary>A view of the depot: every table and the maintained counters.</summary>
public interface IStoreSession : IDisposable
{
    /// <summary>The table that holds rows of <typeparamref name="TRow"/> (see <see cref="StoreSchema"/>).</summary>
    ITable<TRow> Table<TRow>() where TRow : class, IRow, new();

    /// <summary>The value of a maintained counter; 0 when it was never counted.</summary>
    long Counter(string key);

    /// <summary>
    /// Every counter whose key starts with <paramref name="prefix"/> and whose value is not zero, in
    /// key order (a counter that came back to zero is the same as one never counted).
    /// </summary>
    IReadOnlyList<CounterValue> Counters(string prefix);

    /// <summary>
    /// Whether <see cref="ITable{TRow}.ReadAhead(IEnumerable{long})"/> and its kin do anything
    /// here: a caller that must look something up only to say what to read ahead skips it when not.
    /// </summary>
    bool ReadsAhead => false;
}
