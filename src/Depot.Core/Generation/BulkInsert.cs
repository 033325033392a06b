using Depot.Core.Storage;

namespace Depot.Core.Generation;

/// <summary>Rows of one table waiting to go in together: one insert of many rows costs far less than many of one.</summary>
internal sealed class BulkInsert<TRow>
    where TRow : class, IRow, new()
{
    private readonly List<TRow> _rows = [];

    public int Count => _rows.Count;

    public void Add(TRow row) => _rows.Add(row);

    /// <summary>Inserts the waiting rows (those without an id get one) and forgets them.</summary>
    public void WriteTo(IStoreWriter writer)
    {
        if (_rows.Count > 0)
        {
            writer.Table<TRow>().InsertMany(_rows);
            _rows.Clear();
        }
    }
}
