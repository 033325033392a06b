using Microsoft.Data.Sqlite;

namespace Depot.Core.Generation;

/// <summary>One prepared INSERT reused for every row: parameters made once, only their values change.</summary>
internal sealed class BulkInsert : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteParameter[] _parameters;

    public BulkInsert(SqliteConnection connection, string sql, params string[] parameterNames)
    {
        _command = connection.CreateCommand();
        _command.CommandText = sql;
        _parameters = parameterNames.Select(name => _command.Parameters.Add(new SqliteParameter(name, null))).ToArray();
    }

    /// <summary>Joins the next transaction; commands keep their prepared statement across transactions.</summary>
    public SqliteTransaction? Transaction
    {
        set => _command.Transaction = value;
    }

    public void Run(params object?[] values)
    {
        for (var i = 0; i < _parameters.Length; i++)
        {
            _parameters[i].Value = values[i] ?? DBNull.Value;
        }

        _command.ExecuteNonQuery();
    }

    public void Dispose() => _command.Dispose();
}
