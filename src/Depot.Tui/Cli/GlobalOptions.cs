using System.CommandLine;
using Depot.Core;
using Depot.Core.Demo;

namespace Depot.Tui.Cli;

/// <summary>The options every verb takes: which database, who is working, or the demo depot.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Db = new("--db")
    {
        Description = "The database file (default: $DEPOT_DB, else depot.db in the per-user data folder)",
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

    /// <summary>Where the database lives when neither --db nor DEPOT_DB says.</summary>
    public static string DefaultDatabasePath()
    {
        var folder = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "depot");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "depot.db");
    }

    /// <summary>Opens the depot the options name. Throws <see cref="RefusedException"/> when it cannot.</summary>
    public static DepotContext OpenContext(ParseResult parse) =>
        OpenContext(new UiArguments(parse.GetValue(Db), parse.GetValue(Operator), parse.GetValue(Demo)));

    /// <summary>Opens the depot the given option values name. Throws <see cref="RefusedException"/> when it cannot.</summary>
    public static DepotContext OpenContext(UiArguments options)
    {
        var operatorName = options.Operator ?? Environment.GetEnvironmentVariable("DEPOT_OPERATOR") ?? Environment.UserName;
        if (options.Demo)
        {
            var path = DemoDepot.CreateThrowaway(DataDirectory());
            StartupTrace.Mark("demo database copied");
            return Opened(DepotContext.Open(path, operatorName));
        }

        var db = options.Db ?? Environment.GetEnvironmentVariable("DEPOT_DB");
        return Opened(DepotContext.Open(string.IsNullOrWhiteSpace(db) ? DefaultDatabasePath() : db, operatorName));
    }

    private static DepotContext Opened(DepotContext context)
    {
        StartupTrace.Mark("database opened (schema checked)");
        return context;
    }

    /// <summary>The sample data shipped next to the program (copied from the repository's data folder at build).</summary>
    public static string DataDirectory() => Path.Combine(AppContext.BaseDirectory, "data");
}
