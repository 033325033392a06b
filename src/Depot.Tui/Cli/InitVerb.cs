using System.CommandLine;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot init</c>: creates the database (or brings its schema up to date) and says where it is.
/// The one verb, with <c>demo generate</c>, that may open a file that does not exist yet.
/// </summary>
internal static class InitVerb
{
    public static void AddTo(RootCommand root)
    {
        var command = Verb.Command("init", "Create the database (or bring its schema up to date)");
        command.SetAction(parse =>
        {
            var existed = !parse.GetValue(GlobalOptions.Demo) && File.Exists(GlobalOptions.DatabasePath(parse.GetValue(GlobalOptions.Db)));
            return Verb.Change(parse, context =>
                $"Depot database {(existed ? "up to date" : "created")} at {context.DatabasePath} (format version {context.Store.Description.FormatVersion})",
                createsDatabase: true);
        });
        root.Subcommands.Add(command);
    }
}
