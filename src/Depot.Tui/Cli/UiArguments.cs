namespace Depot.Tui.Cli;

/// <summary>
/// The arguments of a plain UI start (<c>depot [--db PATH] [--operator NAME] [--demo] [--create]</c>), read
/// without building the whole command tree, which is most of the cost of starting. Anything else
/// (a verb, --help, a repeated or unknown option, a response file) is left to the full parser.
/// </summary>
/// <param name="Create">Create the database file when it does not exist.</param>
internal sealed record UiArguments(string? Db, string? Operator, bool Demo, bool Create = false)
{
    public static bool TryParse(string[] args, out UiArguments arguments)
    {
        arguments = new UiArguments(null, null, false);
        string? db = null, operatorName = null;
        bool demo = false, create = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--demo" when !demo:
                    demo = true;
                    break;
                case "--create" when !create:
                    create = true;
                    break;
                case "--db" when db is null && IsValue(args, i + 1):
                    db = args[++i];
                    break;
                case "--operator" when operatorName is null && IsValue(args, i + 1):
                    operatorName = args[++i];
                    break;
                default:
                    return false;
            }
        }

        arguments = new UiArguments(db, operatorName, demo, create);
        return true;
    }

    private static bool IsValue(string[] args, int i) =>
        i < args.Length && args[i].Length > 0 && args[i][0] is not '-' and not '@';
}
