using System.CommandLine;
using Depot.Core;
using Depot.Core.Backup;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot backup FILE</c> copies the database while benches keep working; <c>depot restore FILE</c>
/// checks a backup and puts it in place of the database (only with --force over an existing one).
/// </summary>
internal static class BackupVerbs
{
    public static void AddTo(RootCommand root)
    {
        var file = new Argument<string>("FILE") { Description = "The backup file" };
        var force = new Option<bool>("--force") { Description = "Replace an existing file" };
        var backup = Verb.Command("backup", "Write a consistent copy of the database to FILE (benches may keep working)", file, force);
        backup.SetAction(parse => Verb.Change(parse, context =>
        {
            var summary = DatabaseBackup.Backup(context, parse.GetValue(file)!, parse.GetValue(force));
            return $"Backed up {summary.Units} units and {summary.Events} events to {Path.GetFullPath(parse.GetValue(file)!)}; the copy passed the depot check.";
        }));
        root.Subcommands.Add(backup);

        var restore = Verb.Command("restore", "Check the backup FILE and make it the database (stop every bench first)", file, force);
        restore.SetAction(parse =>
        {
            // The database being replaced may be damaged, so it is not opened: only its path is used.
            try
            {
                var database = DatabasePath(parse);
                var summary = DatabaseBackup.Restore(parse.GetValue(file)!, database, parse.GetValue(force));
                parse.InvocationConfiguration.Output.WriteLine(
                    $"Restored {summary.Units} units and {summary.Events} events into {database}; the backup passed the depot check.");
                return DepotCli.Done;
            }
            catch (Exception e) when (e is RefusedException or IOException or UnauthorizedAccessException)
            {
                parse.InvocationConfiguration.Error.WriteLine($"depot: {e.Message}");
                return DepotCli.Refused;
            }
        });
        root.Subcommands.Add(restore);
    }

    private static string DatabasePath(ParseResult parse)
    {
        if (parse.GetValue(GlobalOptions.Demo))
        {
            throw new RefusedException("restore into the throwaway demo depot makes no sense; name the database with --db");
        }

        return GlobalOptions.DatabasePath(parse.GetValue(GlobalOptions.Db));
    }
}
