using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// A statement prepared once on the depot's connection and bound by position, for the bulk intake
/// path only: ADO.NET binds every parameter by name on every execution, which costs more than the
/// insert itself at a million rows. It runs inside whatever transaction the connection has open.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("the connection is not open");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    /// <summary>Binds a value to the 1-based position <paramref name="index"/>.</summary>
    public RawStatement Bind(int index, string? value)
    {
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));
        return this;
    }

    /// <summary>Binds a short text through a buffer on the stack rather than a new array per value.</summary>
    public RawStatement BindShort(int index, string? value)
    {
        if (value is null || value.Length > 64)
        {
            return Bind(index, value);
        }

        Span<byte> text = stackalloc byte[64 * 3];
        return Bind(index, text[..System.Text.Encoding.UTF8.GetBytes(value, text)]);
    }

    /// <summary>Binds text already encoded as UTF-8 (SQLite copies it).</summary>
    public RawStatement Bind(int index, ReadOnlySpan<byte> utf8)
    {
        Check(raw.sqlite3_bind_text(_statement, index, utf8));
        return this;
    }

    /// <summary>Binds a date as the depot stores it (<c>yyyy-MM-dd</c>), or null.</summary>
    public RawStatement Bind(int index, DateOnly? date)
    {
        if (date is not { } day)
        {
            Check(raw.sqlite3_bind_null(_statement, index));
            return this;
        }

        Span<byte> text = stackalloc byte[10];
        day.TryFormat(text, out _, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Bind(index, text);
    }

    public RawStatement Bind(int index, long value)
    {
        Check(raw.sqlite3_bind_int64(_statement, index, value));
        return this;
    }

    /// <summary>Runs a statement that returns no rows.</summary>
    public void Execute()
    {
        var result = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (result != raw.SQLITE_DONE)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
        }
    }

    /// <summary>Runs a query for one integer; null when it finds no row.</summary>
    public long? ScalarInt64()
    {
        try
        {
            var result = raw.sqlite3_step(_statement);
            return result switch
            {
                raw.SQLITE_ROW => raw.sqlite3_column_int64(_statement, 0),
                raw.SQLITE_DONE => null,
                _ => throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result),
            };
        }
        finally
        {
            raw.sqlite3_reset(_statement);
        }
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(_db).utf8_to_string(), result);
        }
    }
}
