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
    public static DepotContext OpenContext(ParseResult parse)
    {
        var operatorName = parse.GetValue(Operator) ?? Environment.GetEnvironmentVariable("DEPOT_OPERATOR") ?? Environment.UserName;
        if (parse.GetValue(Demo))
        {
            var path = DemoDepot.CreateThrowaway(DataDirectory());
            return DepotContext.Open(path, operatorName);
        }

        var db = parse.GetValue(Db) ?? Environment.GetEnvironmentVariable("DEPOT_DB");
        return DepotContext.Open(string.IsNullOrWhiteSpace(db) ? DefaultDatabasePath() : db, operatorName);
    }

    /// <summary>The sample data shipped next to the program (copied from the repository's data folder at build).</summary>
    public static string DataDirectory() => Path.Combine(AppContext.BaseDirectory, "data");
}
