using System.CommandLine;
using Depot.Core;
using Depot.Core.Demo;

namespace Depot.Tui.Cli;

/// <summary>
/// The options every verb takes: which database, who is working, or the demo depot. A database
/// file that does not exist is refused, naming the path, unless the verb creates one (<c>init</c>,
/// <c>demo generate</c>) or <c>--create</c> is given: a typo in a path never opens an empty depot.
/// </summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The depot: a file, or a PostgreSQL URL (postgres://user@host/db) shared by several benches (default: $DEPOT_DB, else depot.db in the per-user data folder)",
        Recursive = true,
    };

    public static readonly Option<string?> Operator = new("--operator")
    {
        Description = "Who signs the events (default: the login name)",
        Recursive = true,
    };

    public static readonly Option<bool> Demo = new("--demo")
    {
        Description = "Open a fresh throwaway demo depot loaded from the sample data",
        Recursive = true,
    };

    public static readonly Option<bool> Create = new("--create")
    {
        Description = "Create the database file when it does not exist (otherwise a missing file is refused; see also 'depot init')",
        Recursive = true,
    };

    /// <summary>Where the database lives when neither --db nor DEPOT_DB says.</summary>
    public static string DefaultDatabasePath()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "depot");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "depot.db");
    }

    /// <summary>
    /// Opens the depot the options name; <paramref name="createsDatabase"/> for the verbs whose job
    /// is to make a new one. Throws <see cref="RefusedException"/> when it cannot.
    /// </summary>
    public static DepotContext OpenContext(ParseResult parse, bool createsDatabase = false) =>
        OpenContext(new UiArguments(parse.GetValue(Db), parse.GetValue(Operator), parse.GetValue(Demo), createsDatabase || parse.GetValue(Create)));

    /// <summary>The database file the options name (not the demo's): --db, else $DEPOT_DB, else the per-user default.</summary>
    public static string DatabasePath(string? db) => NamedDatabase(db).Path;

    /// <summary>Opens the depot the given option values name. Throws <see cref="RefusedException"/> when it cannot.</summary>
    public static DepotContext OpenContext(UiArguments options) => Opener(options).Open();

    /// <summary>The option values of a parsed command line, as a plain UI start reads them.</summary>
    public static UiArguments Arguments(ParseResult parse) =>
        new(parse.GetValue(Db), parse.GetValue(Operator), parse.GetValue(Demo), parse.GetValue(Create));

    /// <summary>
    /// Checks at once what needs no opening (a database file that does not exist is refused here)
    /// and returns the depot's name for the operator and the opening itself, which may take a while
    /// and may be run on another thread.
    /// </summary>
    public static (string Location, Func<DepotContext> Open) Opener(UiArguments options)
    {
        var operatorName = options.Operator ?? Environment.GetEnvironmentVariable("DEPOT_OPERATOR") ?? Environment.UserName;
        if (options.Demo)
        {
            return ("the demo depot", () =>
            {
                var throwaway = DemoDepot.CreateThrowaway(DataDirectory());
                StartupTrace.Mark("demo database copied");
                return Opened(DepotContext.Open(throwaway, operatorName));
            });
        }

        var (path, namedBy) = NamedDatabase(options.Db);
        if (!options.Create && !IsServer(path))
        {
            RequireExisting(path, namedBy);
        }

        return (IsServer(path) ? ServerDisplay(path) : path, () => Opened(DepotContext.Open(path, operatorName, create: options.Create)));
    }

    /// <summary>Whether <paramref name="location"/> names a database server (a PostgreSQL URL or connection string) rather than a file.</summary>
    public static bool IsServer(string location) =>
        location.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
        || location.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || location.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    private static (string Path, string NamedBy) NamedDatabase(string? db)
    {
        if (!string.IsNullOrWhiteSpace(db))
        {
            return (IsServer(db) ? db.Trim() : Path.GetFullPath(db), "--db");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable("DEPOT_DB");
        return string.IsNullOrWhiteSpace(fromEnvironment)
            ? (DefaultDatabasePath(), "the default location")
            : (IsServer(fromEnvironment) ? fromEnvironment.Trim() : Path.GetFullPath(fromEnvironment), "DEPOT_DB");
    }

    /// <summary>A server as the operator may see it: host, port and database, never a user name or password.</summary>
    private static string ServerDisplay(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? $"on {uri.Host}{(uri.Port > 0 ? ":" + uri.Port : "")}{uri.AbsolutePath}"
            : "on its PostgreSQL server";

    private static void RequireExisting(string path, string namedBy)
    {
        if (File.Exists(path))
        {
            return;
        }

        var folder = Path.GetDirectoryName(path);
        throw new RefusedException(folder is not null && !Directory.Exists(folder)
            ? $"cannot open the database {path}: the directory {folder} does not exist"
            : $"no depot database at {path} ({namedBy}): check the path, or create it with 'depot init' (or add --create)");
    }

    private static DepotContext Opened(DepotContext context)
    {
        StartupTrace.Mark("database opened (schema checked)");
        return context;
    }

    /// <summary>The sample data shipped next to the program (copied from the repository's data folder at build).</summary>
    public static string DataDirectory() => Path.Combine(AppContext.BaseDirectory, "data");
}
