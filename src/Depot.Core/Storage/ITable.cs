namespace Depot.Core.Storage;

/// <summary>
/// The rows of one kind. Look-ups go through the indexes the row type declares in
/// <see cref="StoreSchema"/>; keys are strings or 64-bit integers, compared exactly (case-insensitive
/// keys are stored upper-cased by the domain). Changing methods throw on a read-only session.
/// </summary>
public interface ITable<TRow> where TRow : class, IRow, new()
{
    /// <summary>The row with this id, or null.</summary>
    TRow? Get(long id);

    /// <summary>The first row (lowest id) whose <paramref name="index"/> key equals <paramref name="key"/>, or null.</summary>
    TRow? FindOne(IndexSpec index, object key);

    /// <summary>Rows whose <paramref name="index"/> key equals <paramref name="key"/>, in id order.</summary>
    IReadOnlyList<TRow> Find(IndexSpec index, object key, int limit = int.MaxValue);

    /// <summary>
    /// The rows with these ids that exist, in id order: what <see cref="Get"/> gives for each, in one
    /// look-up (one round trip on a server instead of one per id).
    /// </summary>
    IReadOnlyList<TRow> GetMany(IEnumerable<long> ids) => [.. ids.Distinct().Order().Select(Get).OfType<TRow>()];

    /// <summary>
    /// Rows whose <paramref name="index"/> key (an integer index) is any of <paramref name="keys"/>,
    /// in key order, then id order: what <see cref="Find"/> gives for each key, in one look-up.
    /// </summary>
    IReadOnlyList<TRow> FindMany(IndexSpec index, IEnumerable<long> keys) => [.. keys.Distinct().Order().SelectMany(key => Find(index, key))];

    /// <summary>
    /// Says that <see cref="Get"/> or <see cref="GetMany"/> of these ids will be asked soon in this
    /// session. An engine that pays a round trip per look-up (a server) reads them with the next
    /// statement it has to send anyway; the embedded file ignores it. Asking is never required, and
    /// what was read ahead is the same as what a look-up at that point would have returned.
    /// </summary>
    void ReadAhead(IEnumerable<long> ids)
    {
    }

    /// <summary>Says that <see cref="Find"/> of <paramref name="key"/> (every row of it) will be asked soon: see <see cref="ReadAhead(IEnumerable{long})"/>.</summary>
    void ReadAhead(IndexSpec index, object key)
    {
    }

    /// <summary>Says that <see cref="FindMany"/> or <see cref="Find"/> of these integer keys will be asked soon: see <see cref="ReadAhead(IEnumerable{long})"/>.</summary>
    void ReadAheadMany(IndexSpec index, IEnumerable<long> keys)
    {
    }

    /// <summary>Says that <see cref="All"/> of a small table (settings) will be asked soon: see <see cref="ReadAhead(IEnumerable{long})"/>.</summary>
    void ReadAheadAll()
    {
    }

    /// <summary>
    /// Rows whose <paramref name="index"/> key lies between <paramref name="from"/> and
    /// <paramref name="to"/> (both inclusive; null is open-ended), in key order, then id order.
    /// </summary>
    IReadOnlyList<TRow> Range(IndexSpec index, object? from, object? to, bool descending = false, int limit = int.MaxValue);

    /// <summary>Every row in id order, read lazily (exports, checks, copies).</summary>
    IEnumerable<TRow> All();

    /// <summary>How many rows the table holds.</summary>
    long Count();

    /// <summary>How many rows have this <paramref name="index"/> key.</summary>
    long Count(IndexSpec index, object key);

    /// <summary>Adds a row. A row with <see cref="IRow.Id"/> 0 gets the next id; returns the id.</summary>
    long Insert(TRow row);

    /// <summary>Adds many rows at once (imports); rows with id 0 get ids, set on the rows, in order.</summary>
    void InsertMany(IReadOnlyList<TRow> rows);

    /// <summary>Replaces the row with the same id; false when there is none.</summary>
    bool Update(TRow row);

    /// <summary>
    /// Replaces a versioned row only if the stored version is still <paramref name="expectedVersion"/>
    /// (optimistic concurrency: the engine checks and writes atomically). False when it changed or is gone.
    /// </summary>
    bool UpdateIfVersion(TRow row, long expectedVersion);

    /// <summary>Removes the row; false when there is none.</summary>
    bool Delete(long id);
}
