using System.CommandLine;
using Depot.Core.Storage.Migrations;

namespace Depot.Tui.Cli;

/// <summary><c>depot init</c>: creates (or migrates) the database and says where it is.</summary>
internal static class InitVerb
{
    public static void AddTo(RootCommand root)
    {
        var command = Verb.Command("init", "Create the database (or bring its schema up to date)");
        command.SetAction(parse => Verb.Change(parse, context =>
            $"Depot database ready at {context.DatabasePath} (schema version {Schema.CurrentVersion})"));
        root.Subcommands.Add(command);
    }
}
