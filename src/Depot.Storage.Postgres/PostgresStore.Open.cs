using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

internal sealed partial class PostgresStore
{
    /// <summary>
    /// Connects, creates the database when it is missing and <see cref="StoreOpenOptions.Create"/>
    /// allows (and the login may), and creates or upgrades the depot's tables.
    /// </summary>
    public static PostgresStore Open(string location, StoreOpenOptions options)
    {
        var where = PostgresLocation.Parse(location);
        var dataSource = Build(where);
        try
        {
            try
            {
                Blocking.Wait(new ValueTask(PostgresSchema.EnsureAsync(dataSource, where, options)));
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName && options.Create && !options.ReadOnly)
            {
                CreateDatabase(where);
                Blocking.Wait(new ValueTask(PostgresSchema.EnsureAsync(dataSource, where, options)));
            }

            return new PostgresStore(where, dataSource, options.ReadOnly);
        }
        catch (Exception e) when (PostgresErrors.IsEngine(e))
        {
            dataSource.Dispose();
            throw PostgresErrors.Translate(e, where);
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    private static NpgsqlDataSource Build(PostgresLocation where)
    {
        var builder = new NpgsqlDataSourceBuilder(where.Settings.ConnectionString);
        var settings = builder.ConnectionStringBuilder;
        settings.ApplicationName ??= "depot";

        // Every statement the engine sends has a fixed text: prepared once per connection, planned once.
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }

        // Sessions always end their transaction, and set nothing else on the connection.
        settings.NoResetOnClose = true;

        // The server's detail names the key a unique index refused; it never holds the password.
        settings.IncludeErrorDetail = true;
        return builder.Build();
    }

    /// <summary>Creates the depot's database through the server's maintenance database, if the login may.</summary>
    private static void CreateDatabase(PostgresLocation where)
    {
        var maintenance = where.WithDatabase("postgres");
        try
        {
            using var dataSource = new NpgsqlDataSourceBuilder(maintenance.Settings.ConnectionString) { ConnectionStringBuilder = { Pooling = false } }.Build();
            Blocking.Wait(CreateAsync(dataSource, where.Database));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another bench created it meanwhile.
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.InvalidCatalogName)
        {
            throw new StorageException(StorageFailure.Missing,
                $"the database \"{where.Database}\" does not exist on the server of {where.Display} and user \"{where.User}\" may not create it; "
                + $"create it as the server's administrator: createdb -O {where.User} {where.Database}", e);
        }
    }

    private static async ValueTask CreateAsync(NpgsqlDataSource dataSource, string database)
    {
        await using var command = dataSource.CreateCommand($"CREATE DATABASE {TableSql.Quote(database)}");
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
