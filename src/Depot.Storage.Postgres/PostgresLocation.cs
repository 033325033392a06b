using System.Globalization;
using Depot.Core.Storage;
using Npgsql;

namespace Depot.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL depot is: a URL (<c>postgres://user:password@host:port/database?sslmode=require</c>,
/// also <c>postgresql://</c>) or an Npgsql connection string (<c>Host=...;Database=...</c>).
/// <see cref="Display"/> names the server and database, never the password.
/// </summary>
internal sealed class PostgresLocation
{
    /// <summary>Where Debian's server puts its Unix socket; libpq's default when a URL names no host.</summary>
    private const string DebianSocketFolder = "/var/run/postgresql";

    private static readonly string[] QueryNames = ["host", "port", "user", "password", "sslmode", "application_name", "connect_timeout"];

    private PostgresLocation(NpgsqlConnectionStringBuilder settings)
    {
        Settings = settings;
        Display = Describe(settings);
    }

    /// <summary>The connection settings, password included: never print them.</summary>
    public NpgsqlConnectionStringBuilder Settings { get; }

    /// <summary>The server and database as a URL without the password, for headers and messages.</summary>
    public string Display { get; }

    /// <summary>The host as the operator gave it (a name, an address or a socket folder).</summary>
    public string Host => Settings.Host ?? "";

    public string Database => Settings.Database ?? "";

    public string User => Settings.Username ?? "";

    public static bool IsUrl(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static bool IsConnectionString(string location) => location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads <paramref name="location"/>; a malformed one is refused with the reason (the password is never repeated).</summary>
    public static PostgresLocation Parse(string location)
    {
        NpgsqlConnectionStringBuilder settings;
        if (IsUrl(location))
        {
            settings = FromUrl(location);
        }
        else
        {
            try
            {
                settings = new NpgsqlConnectionStringBuilder(location);
            }
            catch (ArgumentException e)
            {
                throw new StorageException(StorageFailure.Other, $"the PostgreSQL connection string is not valid: {e.Message}");
            }
        }

        if (string.IsNullOrEmpty(settings.Host))
        {
            settings.Host = Directory.Exists(DebianSocketFolder) ? DebianSocketFolder : "localhost";
        }

        if (string.IsNullOrEmpty(settings.Database))
        {
            throw new StorageException(StorageFailure.Other, $"the PostgreSQL location {Describe(settings)} names no database (postgres://user@host:port/DATABASE)");
        }

        return new PostgresLocation(settings);
    }

    /// <summary>The same server and credentials, another database (the maintenance database to create a depot's).</summary>
    public PostgresLocation WithDatabase(string database) =>
        new(new NpgsqlConnectionStringBuilder(Settings.ConnectionString) { Database = database });

    /// <summary>Takes the password out of a text that might quote it (an engine message), as a last guard.</summary>
    public string Redact(string text) =>
        string.IsNullOrEmpty(Settings.Password) ? text : text.Replace(Settings.Password, "***", StringComparison.Ordinal);

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var settings = new NpgsqlConnectionStringBuilder();
        var query = "";
        var q = rest.IndexOf('?');
        if (q >= 0)
        {
            query = rest[(q + 1)..];
            rest = rest[..q];
        }

        var slash = rest.IndexOf('/');
        var authority = slash >= 0 ? rest[..slash] : rest;
        var database = slash >= 0 ? Uri.UnescapeDataString(rest[(slash + 1)..]) : "";
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userInfo = authority[..at];
            authority = authority[(at + 1)..];
            var colon = userInfo.IndexOf(':');
            settings.Username = Uri.UnescapeDataString(colon >= 0 ? userInfo[..colon] : userInfo);
            if (colon >= 0)
            {
                settings.Password = Uri.UnescapeDataString(userInfo[(colon + 1)..]);
            }
        }

        var (host, port) = SplitHostPort(authority);
        settings.Host = host;
        if (port is { } p)
        {
            settings.Port = p;
        }

        settings.Database = database;
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var name = Uri.UnescapeDataString(eq >= 0 ? pair[..eq] : pair);
            var value = eq >= 0 ? Uri.UnescapeDataString(pair[(eq + 1)..]) : "";
            Apply(settings, name, value);
        }

        return settings;
    }

    private static (string Host, int? Port) SplitHostPort(string authority)
    {
        var host = authority;
        string? port = null;
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0)
            {
                throw new StorageException(StorageFailure.Other, "the PostgreSQL URL has an IPv6 address without its closing ]");
            }

            host = authority[1..close];
            if (close + 1 < authority.Length && authority[close + 1] == ':')
            {
                port = authority[(close + 2)..];
            }
        }
        else
        {
            var colon = authority.LastIndexOf(':');
            if (colon >= 0)
            {
                host = authority[..colon];
                port = authority[(colon + 1)..];
            }
        }

        host = Uri.UnescapeDataString(host);
        if (port is null or "")
        {
            return (host, null);
        }

        return int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number is > 0 and < 65536
            ? (host, number)
            : throw new StorageException(StorageFailure.Other, $"the PostgreSQL URL's port \"{port}\" is not a port number");
    }

    private static void Apply(NpgsqlConnectionStringBuilder settings, string name, string value)
    {
        switch (name)
        {
            case "host":
                settings.Host = value;
                break;
            case "port" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port):
                settings.Port = port;
                break;
            case "user":
                settings.Username = value;
                break;
            case "password":
                settings.Password = value;
                break;
            case "sslmode" when Enum.TryParse<SslMode>(value.Replace("-", ""), ignoreCase: true, out var mode):
                settings.SslMode = mode;
                break;
            case "application_name":
                settings.ApplicationName = value;
                break;
            case "connect_timeout" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds):
                settings.Timeout = seconds;
                break;
            default:
                throw new StorageException(StorageFailure.Other,
                    $"the PostgreSQL URL has an unknown or malformed parameter \"{name}\"; known: {string.Join(", ", QueryNames)}");
        }
    }

    private static string Describe(NpgsqlConnectionStringBuilder settings)
    {
        var host = settings.Host ?? "";
        var shownHost = host.Contains('/') ? Uri.EscapeDataString(host) : host.Contains(':') ? $"[{host}]" : host;
        var user = string.IsNullOrEmpty(settings.Username) ? "" : Uri.EscapeDataString(settings.Username) + "@";
        return string.Create(CultureInfo.InvariantCulture, $"postgres://{user}{shownHost}:{settings.Port}/{Uri.EscapeDataString(settings.Database ?? "")}");
    }
}
