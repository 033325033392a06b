using System.Net.Sockets;
using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

/// <summary>Turns what Npgsql and the server report into a <see cref="StorageException"/> an operator can act on.</summary>
internal static class PostgresErrors
{
    /// <summary>Whether <paramref name="e"/> came from the engine (and so must be translated).</summary>
    public static bool IsEngine(Exception e) => e is NpgsqlException or TimeoutException or SocketException or IOException;

    public static StorageException Translate(Exception e, PostgresLocation location)
    {
        var where = location.Display;
        var failure = e switch
        {
            PostgresException p => FromServer(p, location),
            NpgsqlException { InnerException: TimeoutException } or TimeoutException =>
                (StorageFailure.Unreachable, $"the PostgreSQL server {Server(location)} did not answer in time ({Reason(e)}); nothing was saved"),
            _ => (StorageFailure.Unreachable, $"cannot reach the PostgreSQL server {Server(location)} for {where}: {Reason(e)}; nothing was saved"),
        };
        return new StorageException(failure.Item1, location.Redact(failure.Item2), e);
    }

    /// <summary>A unique index refused a row: which index, in the operator's words.</summary>
    public static bool IsUniqueViolation(Exception e) => e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    private static (StorageFailure, string) FromServer(PostgresException p, PostgresLocation location) => p.SqlState switch
    {
        PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected =>
            (StorageFailure.Transient, $"the PostgreSQL server gave up this change to keep concurrent benches consistent ({p.MessageText}); nothing was saved, it can be run again"),
        PostgresErrorCodes.UniqueViolation =>
            (StorageFailure.Duplicate, $"another row already has this key (index {p.ConstraintName}{Detail(p)}); nothing was saved"),
        PostgresErrorCodes.InvalidCatalogName =>
            (StorageFailure.Missing, $"the database \"{location.Database}\" does not exist on the PostgreSQL server {Server(location)}; create it with: createdb -O {Owner(location)} {location.Database}"),
        PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
            (StorageFailure.Unreachable, $"the PostgreSQL server {Server(location)} refused the login of user \"{location.User}\" ({p.MessageText})"),
        PostgresErrorCodes.InsufficientPrivilege =>
            (StorageFailure.ReadOnly, $"user \"{location.User}\" may not change {location.Display} ({p.MessageText}); nothing was saved"),
        PostgresErrorCodes.ReadOnlySqlTransaction =>
            (StorageFailure.ReadOnly, $"{location.Display} is read-only here ({p.MessageText}); nothing was saved"),
        PostgresErrorCodes.DiskFull or PostgresErrorCodes.OutOfMemory =>
            (StorageFailure.DiskFull, $"the PostgreSQL server {Server(location)} is out of space ({p.MessageText}); nothing was saved"),
        PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections =>
            (StorageFailure.Unreachable, $"the PostgreSQL server {Server(location)} is not taking work ({p.MessageText}); nothing was saved"),
        PostgresErrorCodes.LockNotAvailable or PostgresErrorCodes.QueryCanceled =>
            (StorageFailure.InUse, $"{location.Display} is busy ({p.MessageText}); nothing was saved"),
        _ when p.SqlState.StartsWith("08", StringComparison.Ordinal) =>
            (StorageFailure.Unreachable, $"lost the connection to the PostgreSQL server {Server(location)} ({p.MessageText}); nothing was saved"),
        _ => (StorageFailure.Other, $"the PostgreSQL server refused a change to {location.Display}: {p.MessageText} ({p.SqlState}); nothing was saved"),
    };

    private static string Server(PostgresLocation location) =>
        location.Host.StartsWith('/') ? $"on the socket in {location.Host}" : $"at {location.Host}:{location.Settings.Port}";

    private static string Owner(PostgresLocation location) => string.IsNullOrEmpty(location.User) ? "USER" : location.User;

    private static string Detail(PostgresException p) => string.IsNullOrEmpty(p.Detail) ? "" : ": " + p.Detail;

    private static string Reason(Exception e)
    {
        var innermost = e;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost == e ? e.Message : $"{e.Message} {innermost.Message}";
    }
}
