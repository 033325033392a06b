using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

/// <summary>
/// The depot's shape on the server. Versioned migrations (the engine's own tables: meta, counters,
/// index catalogue) run once each, one transaction each; then the tables and indexes of
/// <see cref="StoreSchema"/> are created or rebuilt to match, also in one transaction. A fingerprint
/// of the whole shape in the meta table makes an up-to-date open cost two queries. Benches that
/// open at once take turns on an advisory lock.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>The advisory lock the schema changes are made under ("depot" in ASCII).</summary>
    private const long SchemaLock = 0x6465706f74;

    /// <summary>The engine's own migrations, in order; the meta table records how many ran.</summary>
    private static readonly string[][] Migrations =
    [
        [
            "CREATE TABLE depot_meta (key text PRIMARY KEY, value text NOT NULL)",
            "CREATE TABLE depot_counters (key text COLLATE \"C\" PRIMARY KEY, value bigint NOT NULL)",
            "CREATE TABLE depot_indexes (name text PRIMARY KEY, definition text NOT NULL)",
        ],
    ];

    private static readonly Dictionary<Type, TableSql> Tables = StoreSchema.Tables.ToDictionary(t => t.RowType, t => new TableSql(t));

    private static readonly string Fingerprint = ComputeFingerprint();

    public static TableSql Table(Type rowType) =>
        Tables.TryGetValue(rowType, out var table) ? table : throw new ArgumentException($"{rowType.Name} is not a table of the depot");

    /// <summary>Creates or upgrades the depot's tables as needed; refuses a newer or (unless asked to create) a missing depot.</summary>
    public static async Task EnsureAsync(NpgsqlDataSource source, PostgresLocation location, StoreOpenOptions options)
    {
        await using var connection = await source.OpenConnectionAsync().ConfigureAwait(false);
        var meta = await ReadMetaAsync(connection).ConfigureAwait(false);
        if (meta is null && (!options.Create || options.ReadOnly))
        {
            throw new StorageException(StorageFailure.Missing,
                $"{location.Display} holds no depot yet; create it with `depot --db URL init` (or open it with --create)");
        }

        if (meta is not null)
        {
            RefuseNewer(meta, location);
            if (meta.GetValueOrDefault("fingerprint") == Fingerprint)
            {
                return;
            }

            if (options.ReadOnly)
            {
                throw new StorageException(StorageFailure.NewerFormat,
                    $"{location.Display} was written by an older Depot and needs an upgrade; open it once for writing first");
            }
        }

        // A session lock, taken outside the transactions: each one that follows starts after the
        // previous holder's commit, so it sees that holder's tables in the catalogue.
        await ExecuteAsync(connection, $"SELECT pg_advisory_lock({SchemaLock})").ConfigureAwait(false);
        try
        {
            for (var step = 1; step <= Migrations.Length; step++)
            {
                await MigrateAsync(connection, step, location).ConfigureAwait(false);
            }

            await MatchTablesAsync(connection).ConfigureAwait(false);
        }
        finally
        {
            await ExecuteAsync(connection, $"SELECT pg_advisory_unlock({SchemaLock})").ConfigureAwait(false);
        }
    }

    /// <summary>The meta table's keys and values, or null when the database holds no depot.</summary>
    private static async Task<Dictionary<string, string>?> ReadMetaAsync(NpgsqlConnection connection)
    {
        await using (var exists = new NpgsqlCommand("SELECT to_regclass('depot_meta') IS NOT NULL", connection))
        {
            if (!(bool)(await exists.ExecuteScalarAsync().ConfigureAwait(false))!)
            {
                return null;
            }
        }

        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var read = new NpgsqlCommand("SELECT key, value FROM depot_meta", connection);
        await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            meta[reader.GetString(0)] = reader.GetString(1);
        }

        return meta;
    }

    private static void RefuseNewer(Dictionary<string, string> meta, PostgresLocation location)
    {
        if (Number(meta, "migrations") > Migrations.Length || Number(meta, "format_version") > StoreSchema.FormatVersion)
        {
            throw new StorageException(StorageFailure.NewerFormat,
                $"{location.Display} was written by a newer Depot (format {meta.GetValueOrDefault("format_version")}); update this bench's program");
        }
    }

    private static async Task MigrateAsync(NpgsqlConnection connection, int step, PostgresLocation location)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var meta = await ReadMetaAsync(connection).ConfigureAwait(false);
        if (meta is not null)
        {
            RefuseNewer(meta, location);
            if (Number(meta, "migrations") >= step)
            {
                return;
            }
        }

        foreach (var statement in Migrations[step - 1])
        {
            await ExecuteAsync(connection, statement).ConfigureAwait(false);
        }

        await SetMetaAsync(connection, "migrations", step.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Creates missing tables, builds declared indexes whose definition is new or changed, drops undeclared ones.</summary>
    private static async Task MatchTablesAsync(NpgsqlConnection connection)
    {
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        var built = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT name, definition FROM depot_indexes", connection))
        await using (var reader = await read.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                built[reader.GetString(0)] = reader.GetString(1);
            }
        }

        var declared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in Tables.Values)
        {
            await ExecuteAsync(connection, table.Create).ConfigureAwait(false);
            foreach (var index in table.Indexes)
            {
                declared.Add(index.Spec.Name);
                if (built.GetValueOrDefault(index.Spec.Name) == index.Create)
                {
                    continue;
                }

                await ExecuteAsync(connection, $"DROP INDEX IF EXISTS {TableSql.Quote(index.Spec.Name)}").ConfigureAwait(false);
                await StoreKeyFieldAsync(connection, table, index.Spec.Field).ConfigureAwait(false);
                await ExecuteAsync(connection, index.Create).ConfigureAwait(false);
                await using var record = new NpgsqlCommand(
                    "INSERT INTO depot_indexes (name, definition) VALUES ($1, $2) ON CONFLICT (name) DO UPDATE SET definition = excluded.definition", connection);
                record.Parameters.Add(PostgresSession.Text(index.Spec.Name));
                record.Parameters.Add(PostgresSession.Text(index.Create));
                await record.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
        }

        foreach (var name in built.Keys.Where(n => !declared.Contains(n)))
        {
            await ExecuteAsync(connection, $"DROP INDEX IF EXISTS {TableSql.Quote(name)}").ConfigureAwait(false);
            await using var forget = new NpgsqlCommand("DELETE FROM depot_indexes WHERE name = $1", connection);
            forget.Parameters.Add(PostgresSession.Text(name));
            await forget.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await using (var version = new NpgsqlCommand("SELECT value FROM depot_meta WHERE key = 'format_version'", connection))
        {
            var stored = await version.ExecuteScalarAsync().ConfigureAwait(false) as string;
            if (stored is null || int.Parse(stored, CultureInfo.InvariantCulture) < StoreSchema.FormatVersion)
            {
                await SetMetaAsync(connection, "format_version", StoreSchema.FormatVersion.ToString(CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }
        }

        await SetMetaAsync(connection, "fingerprint", Fingerprint).ConfigureAwait(false);
        await transaction.CommitAsync().ConfigureAwait(false);
    }

    /// <summary>Rows read and written back at a time by <see cref="StoreKeyFieldAsync"/>.</summary>
    private const int RewritePage = 2000;

    /// <summary>
    /// Before an index is built over <paramref name="field"/>: a row written before its row type had
    /// that property (a key computed from other fields, added with the index) has no such field in
    /// its document, and the index would never find it. Such rows are read and written back through
    /// their row type, which stores every property it has now.
    /// </summary>
    private static async Task StoreKeyFieldAsync(NpgsqlConnection connection, TableSql table, string field)
    {
        var name = TableSql.Quote(table.Spec.Name);
        var after = long.MinValue;
        while (true)
        {
            var ids = new List<long>(RewritePage);
            var documents = new List<string>(RewritePage);
            await using (var read = new NpgsqlCommand($"SELECT id, doc FROM {name} WHERE id > $1 AND NOT (doc ? $2) ORDER BY id LIMIT $3", connection))
            {
                read.Parameters.Add(PostgresSession.Integer(after));
                read.Parameters.Add(PostgresSession.Text(field));
                read.Parameters.Add(PostgresSession.Integer(RewritePage));
                await using var reader = await read.ExecuteReaderAsync().ConfigureAwait(false);
                while (await reader.ReadAsync().ConfigureAwait(false))
                {
                    var id = reader.GetInt64(0);
                    var row = System.Text.Json.JsonSerializer.Deserialize(reader.GetString(1), table.Spec.RowType, PostgresJson.Options)
                        ?? throw new StorageException(StorageFailure.Damaged, $"row {id} of {table.Spec.Name} is empty");
                    ids.Add(id);
                    documents.Add(System.Text.Json.JsonSerializer.Serialize(row, table.Spec.RowType, PostgresJson.Options));
                }
            }

            if (ids.Count == 0)
            {
                return;
            }

            await using (var write = new NpgsqlCommand(
                $"UPDATE {name} AS t SET doc = v.doc FROM unnest($1::bigint[], $2::jsonb[]) AS v(id, doc) WHERE t.id = v.id", connection))
            {
                write.Parameters.Add(PostgresSession.Integers([.. ids]));
                write.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. documents], NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Array | NpgsqlTypes.NpgsqlDbType.Jsonb });
                await write.ExecuteNonQueryAsync().ConfigureAwait(false);
            }

            after = ids[^1];
        }
    }

    private static async Task SetMetaAsync(NpgsqlConnection connection, string key, string value)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO depot_meta (key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", connection);
        command.Parameters.Add(PostgresSession.Text(key));
        command.Parameters.Add(PostgresSession.Text(value));
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static long Number(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var text) && long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : 0;

    private static string ComputeFingerprint()
    {
        var shape = new StringBuilder();
        shape.Append(Migrations.Length).Append('|').Append(StoreSchema.FormatVersion).Append('\n');
        foreach (var table in Tables.Values.OrderBy(t => t.Spec.Name, StringComparer.Ordinal))
        {
            shape.Append(table.Create).Append('\n');
            foreach (var index in table.Indexes.OrderBy(i => i.Spec.Name, StringComparer.Ordinal))
            {
                shape.Append(index.Create).Append('\n');
            }
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape.ToString())));
    }
}
