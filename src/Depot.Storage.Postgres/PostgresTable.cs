using Depot.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Depot.Storage.Postgres;

/// <summary>The rows of one table: jsonb documents keyed by id, found through the declared expression indexes.</summary>
internal sealed class PostgresTable<TRow>(PostgresSession session, TableSql sql) : ITable<TRow>
    where TRow : class, IRow, new()
{
    /// <summary>Rows per round trip when reading a whole table.</summary>
    private const int PageSize = 2000;

    private string Name => sql.Spec.Name;

    public TRow? Get(long id)
    {
        if (session.Cache.TryGet(Name, id, out var kept))
        {
            return kept is null ? null : PostgresJson.Read<TRow>(id, kept);
        }

        session.Unqueue(GetKey(id));
        var document = session.Run(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            PostgresSession.Add(batch, sql.Get).Parameters.Add(PostgresSession.Integer(id));
            await using var reader = await session.ReaderAsync(batch).ConfigureAwait(false);
            return await reader.ReadAsync().ConfigureAwait(false) ? reader.GetString(0) : null;
        });
        session.Cache.Read(Name, id, document);
        return document is null ? null : PostgresJson.Read<TRow>(id, document);
    }

    public IReadOnlyList<TRow> GetMany(IEnumerable<long> ids)
    {
        var wanted = ids.Distinct().Order().ToArray();
        var kept = new Dictionary<long, string?>();
        var missing = new List<long>();
        foreach (var id in wanted)
        {
            if (session.Cache.TryGet(Name, id, out var document))
            {
                kept[id] = document;
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            var asked = missing.ToArray();
            missing.ForEach(id => session.Unqueue(GetKey(id)));
            var read = session.Run(async () =>
            {
                await using var batch = await session.BatchAsync().ConfigureAwait(false);
                PostgresSession.Add(batch, sql.GetMany).Parameters.Add(PostgresSession.Integers(asked));
                return await DocumentsAsync(session, batch).ConfigureAwait(false);
            }).ToDictionary(r => r.Id, r => r.Document);
            foreach (var id in asked)
            {
                var document = read.GetValueOrDefault(id);
                session.Cache.Read(Name, id, document);
                kept[id] = document;
            }
        }

        return [.. wanted.Where(id => kept[id] is not null).Select(id => PostgresJson.Read<TRow>(id, kept[id]!))];
    }

    public IReadOnlyList<TRow> FindMany(IndexSpec index, IEnumerable<long> keys)
    {
        if (index.KeyType != IndexKeyType.Integer)
        {
            throw new ArgumentException($"the index {index.Name} has {index.KeyType} keys; FindMany takes integer keys");
        }

        var find = sql.For(index).FindMany;
        var wanted = keys.Distinct().Order().ToArray();
        var found = new Dictionary<long, IReadOnlyList<TRow>>();
        var missing = new List<long>();
        foreach (var key in wanted)
        {
            if (session.Cache.TryFind(Name, index, key, int.MaxValue) is { } rows)
            {
                found[key] = [.. rows.Select(r => PostgresJson.Read<TRow>(r.Id, r.Document))];
            }
            else
            {
                missing.Add(key);
            }
        }

        if (missing.Count > 0)
        {
            var asked = missing.ToArray();
            missing.ForEach(key => session.Unqueue(FindKey(index, key)));
            var read = session.Run(async () =>
            {
                await using var batch = await session.BatchAsync().ConfigureAwait(false);
                PostgresSession.Add(batch, find).Parameters.Add(PostgresSession.Integers(asked));
                return await DocumentsAsync(session, batch).ConfigureAwait(false);
            });
            // Each row is read once: for its key, and as what the caller gets.
            var byKey = read
                .Select(r => (Raw: r, Row: PostgresJson.Read<TRow>(r.Id, r.Document)))
                .ToLookup(r => (long)RowCache.KeyOf(index, r.Row)!);
            foreach (var key in asked)
            {
                var rows = byKey[key].OrderBy(r => r.Raw.Id).ToList();
                session.Cache.Found(Name, index, key, int.MaxValue, [.. rows.Select(r => r.Raw)]);
                found[key] = [.. rows.Select(r => r.Row)];
            }
        }

        return [.. wanted.SelectMany(key => found[key])];
    }

    public TRow? FindOne(IndexSpec index, object key) => Find(index, key, 1) is [var first, ..] ? first : null;

    public IReadOnlyList<TRow> Find(IndexSpec index, object key, int limit = int.MaxValue)
    {
        var find = sql.For(index);
        var parameter = Key(index, key);
        if (session.Cache.TryFind(Name, index, key, limit) is not { } rows)
        {
            session.Unqueue(FindKey(index, key));
            rows = session.Run(async () =>
            {
                await using var batch = await session.BatchAsync().ConfigureAwait(false);
                var command = PostgresSession.Add(batch, find.Find);
                command.Parameters.Add(parameter);
                command.Parameters.Add(PostgresSession.Integer(limit));
                return await DocumentsAsync(session, batch).ConfigureAwait(false);
            });
            session.Cache.Found(Name, index, key, limit, rows);
        }

        return [.. rows.Select(r => PostgresJson.Read<TRow>(r.Id, r.Document))];
    }

    public IReadOnlyList<TRow> Range(IndexSpec index, object? from, object? to, bool descending = false, int limit = int.MaxValue)
    {
        var range = sql.For(index).Range(from is not null, to is not null, descending);
        var parameters = new List<NpgsqlParameter>(3);
        if (from is not null)
        {
            parameters.Add(Key(index, from));
        }

        if (to is not null)
        {
            parameters.Add(Key(index, to));
        }

        parameters.Add(PostgresSession.Integer(limit));
        return session.Run(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            PostgresSession.Add(batch, range).Parameters.AddRange(parameters.ToArray());
            return await RowsAsync(session, batch).ConfigureAwait(false);
        });
    }

    public IEnumerable<TRow> All()
    {
        if (session.Cache.TryAll(Name) is { } kept)
        {
            foreach (var (id, document) in kept)
            {
                yield return PostgresJson.Read<TRow>(id, document);
            }

            yield break;
        }

        session.Unqueue(AllKey);
        var after = long.MinValue;
        while (true)
        {
            var last = after;
            var page = session.Run(async () =>
            {
                await using var batch = await session.BatchAsync().ConfigureAwait(false);
                var command = PostgresSession.Add(batch, sql.Page);
                command.Parameters.Add(PostgresSession.Integer(last));
                command.Parameters.Add(PostgresSession.Integer(PageSize));
                return await DocumentsAsync(session, batch).ConfigureAwait(false);
            });
            if (last == long.MinValue && page.Count < PageSize)
            {
                session.Cache.ReadAll(Name, page);
            }

            foreach (var (id, document) in page)
            {
                yield return PostgresJson.Read<TRow>(id, document);
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    public void ReadAhead(IEnumerable<long> ids)
    {
        var wanted = ids.Distinct().Where(id => !session.Cache.TryGet(Name, id, out _)).Order().ToArray();
        if (wanted.Length == 0)
        {
            return;
        }

        var command = new NpgsqlBatchCommand(sql.GetMany);
        command.Parameters.Add(PostgresSession.Integers(wanted));
        var key = wanted.Length == 1 ? GetKey(wanted[0]) : "getmany|" + Name + "|" + string.Join(',', wanted);
        session.ReadAhead(command, key, async reader =>
        {
            var read = (await ReadDocumentsAsync(reader).ConfigureAwait(false)).ToDictionary(r => r.Id, r => r.Document);
            foreach (var id in wanted)
            {
                session.Cache.Read(Name, id, read.GetValueOrDefault(id));
            }
        });
    }

    public void ReadAhead(IndexSpec index, object key)
    {
        if (session.Cache.TryFind(Name, index, key, int.MaxValue) is not null)
        {
            return;
        }

        var command = new NpgsqlBatchCommand(sql.For(index).Find);
        command.Parameters.Add(Key(index, key));
        command.Parameters.Add(PostgresSession.Integer(int.MaxValue));
        session.ReadAhead(command, FindKey(index, key), async reader =>
            session.Cache.Found(Name, index, key, int.MaxValue, await ReadDocumentsAsync(reader).ConfigureAwait(false)));
    }

    public void ReadAheadMany(IndexSpec index, IEnumerable<long> keys)
    {
        var wanted = keys.Distinct().Where(key => session.Cache.TryFind(Name, index, key, int.MaxValue) is null).Order().ToArray();
        if (wanted.Length <= 1)
        {
            foreach (var key in wanted)
            {
                ReadAhead(index, key);
            }

            return;
        }

        var command = new NpgsqlBatchCommand(sql.For(index).FindMany);
        command.Parameters.Add(PostgresSession.Integers(wanted));
        session.ReadAhead(command, "findmany|" + Name + "|" + index.Name + "|" + string.Join(',', wanted), async reader =>
        {
            var byKey = (await ReadDocumentsAsync(reader).ConfigureAwait(false))
                .ToLookup(r => (long)RowCache.KeyOf(index, PostgresJson.Read<TRow>(r.Id, r.Document))!);
            foreach (var key in wanted)
            {
                session.Cache.Found(Name, index, key, int.MaxValue, [.. byKey[key].OrderBy(r => r.Id)]);
            }
        });
    }

    public void ReadAheadAll()
    {
        if (session.Cache.TryAll(Name) is not null)
        {
            return;
        }

        var command = new NpgsqlBatchCommand(sql.Page);
        command.Parameters.Add(PostgresSession.Integer(long.MinValue));
        command.Parameters.Add(PostgresSession.Integer(PageSize));
        session.ReadAhead(command, AllKey, async reader =>
        {
            var rows = await ReadDocumentsAsync(reader).ConfigureAwait(false);
            if (rows.Count < PageSize)
            {
                session.Cache.ReadAll(Name, rows);
            }
        });
    }

    private string GetKey(long id) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"get|{Name}|{id}");

    private string FindKey(IndexSpec index, object key) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"find|{Name}|{index.Name}|{key}");

    private string AllKey => "all|" + Name;

    public long Count() => session.Run(async () =>
    {
        await using var batch = await session.BatchAsync().ConfigureAwait(false);
        PostgresSession.Add(batch, sql.Count);
        return (long)(await session.ScalarAsync(batch).ConfigureAwait(false))!;
    });

    public long Count(IndexSpec index, object key)
    {
        var count = sql.For(index).Count;
        var parameter = Key(index, key);
        return session.Run(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            PostgresSession.Add(batch, count).Parameters.Add(parameter);
            return (long)(await session.ScalarAsync(batch).ConfigureAwait(false))!;
        });
    }

    public long Insert(TRow row)
    {
        RequireWritable();
        var document = PostgresJson.Write(row);
        var given = row.Id;
        var id = Write(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            if (given == 0)
            {
                PostgresSession.Add(batch, sql.Insert).Parameters.Add(PostgresSession.Json(document));
                return (long)(await session.ScalarAsync(batch).ConfigureAwait(false))!;
            }

            var insert = PostgresSession.Add(batch, sql.InsertWithId);
            insert.Parameters.Add(PostgresSession.Integer(given));
            insert.Parameters.Add(PostgresSession.Json(document));
            PostgresSession.Add(batch, sql.BumpSequence).Parameters.Add(PostgresSession.Integer(given));
            await session.ExecuteAsync(batch).ConfigureAwait(false);
            return given;
        });
        row.Id = id;
        session.Cache.Inserted(Name, id, document, RowCache.KeysOf(sql.Spec, row));
        session.Changed(Name, id);
        return id;
    }

    public void InsertMany(IReadOnlyList<TRow> rows)
    {
        RequireWritable();
        if (rows.Count == 0)
        {
            return;
        }

        var highestGiven = rows.Max(r => r.Id);
        var wanted = rows.Count(r => r.Id == 0);
        Write(async () =>
        {
            var connection = await session.FlushedConnectionAsync().ConfigureAwait(false);
            if (highestGiven > 0 || wanted > 0)
            {
                await using var batch = await session.BatchAsync().ConfigureAwait(false);
                if (highestGiven > 0)
                {
                    // First past the given ids, so the drawn ones cannot meet them.
                    PostgresSession.Add(batch, sql.BumpSequence).Parameters.Add(PostgresSession.Integer(highestGiven));
                }

                if (wanted > 0)
                {
                    PostgresSession.Add(batch, sql.NextIds).Parameters.Add(PostgresSession.Integer(wanted));
                }

                var ids = new List<long>(wanted);
                await using (var reader = await batch.ExecuteReaderAsync().ConfigureAwait(false))
                {
                    // The drawn ids are the last result (after the sequence move, when there is one).
                    var results = (highestGiven > 0 ? 1 : 0) + (wanted > 0 ? 1 : 0);
                    for (var result = 1; result <= results; result++)
                    {
                        while (await reader.ReadAsync().ConfigureAwait(false))
                        {
                            if (wanted > 0 && result == results)
                            {
                                ids.Add(reader.GetInt64(0));
                            }
                        }

                        await reader.NextResultAsync().ConfigureAwait(false);
                    }
                }

                ids.Sort();
                var next = 0;
                foreach (var row in rows)
                {
                    if (row.Id == 0)
                    {
                        row.Id = ids[next++];
                    }
                }
            }

            await using var importer = await connection.BeginBinaryImportAsync(sql.Copy).ConfigureAwait(false);
            foreach (var row in rows)
            {
                await importer.StartRowAsync().ConfigureAwait(false);
                await importer.WriteAsync(row.Id, NpgsqlDbType.Bigint).ConfigureAwait(false);
                await importer.WriteAsync(PostgresJson.Write(row), NpgsqlDbType.Jsonb).ConfigureAwait(false);
            }

            return await importer.CompleteAsync().ConfigureAwait(false);
        });
        session.Cache.ChangedMany(Name);
        session.ChangedMany(Name, rows.Select(r => r.Id));
    }

    public bool Update(TRow row)
    {
        RequireWritable();
        return Change(sql.Update, row, null);
    }

    public bool UpdateIfVersion(TRow row, long expectedVersion)
    {
        RequireWritable();
        return row is IVersionedRow && Change(sql.UpdateIfVersion, row, expectedVersion);
    }

    public bool Delete(long id)
    {
        RequireWritable();
        var deleted = session.Run(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            PostgresSession.Add(batch, sql.Delete).Parameters.Add(PostgresSession.Integer(id));
            await session.ExecuteAsync(batch).ConfigureAwait(false);
            return batch.BatchCommands[^1].RecordsAffected > 0;
        });
        if (deleted)
        {
            session.Cache.Deleted(Name, id);
            session.Changed(Name, id);
        }
        else
        {
            session.Cache.Stale(Name, id);
        }

        return deleted;
    }

    private bool Change(string statement, TRow row, long? expectedVersion)
    {
        var document = PostgresJson.Write(row);
        var id = row.Id;
        var changed = Write(async () =>
        {
            await using var batch = await session.BatchAsync().ConfigureAwait(false);
            var command = PostgresSession.Add(batch, statement);
            command.Parameters.Add(PostgresSession.Integer(id));
            command.Parameters.Add(PostgresSession.Json(document));
            if (expectedVersion is { } version)
            {
                command.Parameters.Add(PostgresSession.Integer(version));
            }

            await session.ExecuteAsync(batch).ConfigureAwait(false);
            return command.RecordsAffected > 0;
        });
        if (changed)
        {
            session.Cache.Updated(Name, id, document, RowCache.KeysOf(sql.Spec, row));
            session.Changed(Name, id);
        }
        else
        {
            session.Cache.Stale(Name, id);
        }

        return changed;
    }

    /// <summary>A change of this table: behind its own savepoint when a unique index may refuse it.</summary>
    private T Write<T>(Func<ValueTask<T>> work) => sql.HasUnique ? session.RunGuarded(work) : session.Run(work);

    private static async ValueTask<IReadOnlyList<(long Id, string Document)>> DocumentsAsync(PostgresSession session, NpgsqlBatch batch)
    {
        await using var reader = await session.ReaderAsync(batch).ConfigureAwait(false);
        return await ReadDocumentsAsync(reader).ConfigureAwait(false);
    }

    /// <summary>The rows (id, document) of the result the reader stands on.</summary>
    private static async ValueTask<IReadOnlyList<(long Id, string Document)>> ReadDocumentsAsync(NpgsqlDataReader reader)
    {
        var rows = new List<(long, string)>();
        while (await reader.ReadAsync().ConfigureAwait(false))
        {
            rows.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return rows;
    }

    private static async ValueTask<IReadOnlyList<TRow>> RowsAsync(PostgresSession session, NpgsqlBatch batch) =>
        [.. (await DocumentsAsync(session, batch).ConfigureAwait(false)).Select(r => PostgresJson.Read<TRow>(r.Id, r.Document))];

    private static NpgsqlParameter Key(IndexSpec index, object key) => (index.KeyType, key) switch
    {
        (IndexKeyType.Text, string text) => PostgresSession.Text(text),
        (IndexKeyType.Integer, long number) => PostgresSession.Integer(number),
        (IndexKeyType.Integer, int number) => PostgresSession.Integer(number),
        _ => throw new ArgumentException($"the index {index.Name} has {index.KeyType} keys, got {key.GetType().Name}"),
    };

    private void RequireWritable()
    {
        if (!session.Writable)
        {
            throw new InvalidOperationException("a read session cannot change the depot");
        }
    }
}
