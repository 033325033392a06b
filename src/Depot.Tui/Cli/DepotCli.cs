using System.CommandLine;
using Depot.Core;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot [--db PATH] [--operator NAME] [--create] VERB ...</c>. Exit codes: 0 done; 1 refused
/// (nothing changed, the reason on stderr); 2 usage error. With no verb, the full-screen UI opens.
/// </summary>
public static class DepotCli
{
    public const int Done = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        if (UiArguments.TryParse(args, out var ui))
        {
            // The UI with plain options: the command tree (about 40 verbs) is not needed to open it.
            return UiVerb.Run(ui, error ?? Console.Error);
        }

        var root = Build();
        var parse = root.Parse(args);
        StartupTrace.Mark("command line parsed (full parser)");
        if (parse.Errors.Count > 0)
        {
            var err = error ?? Console.Error;
            foreach (var e in parse.Errors)
            {
                err.WriteLine($"depot: {e.Message}");
            }

            err.WriteLine("Try 'depot --help'.");
            return UsageError;
        }

        return parse.Invoke(new InvocationConfiguration
        {
            Output = output ?? Console.Out,
            Error = error ?? Console.Error,
            EnableDefaultExceptionHandler = false,
        });
    }

    public static RootCommand Build()
    {
        var root = new RootCommand(
            "Depot: the bench tool of a repair depot running an advance-exchange swap pool. With no verb, opens the full-screen UI. "
            + "Start with 'depot init'. Documentation in docs/: formats.md (partner files), lifecycle-and-rules.md, json.md (--json output).");
        root.Options.Add(GlobalOptions.Db);
        root.Options.Add(GlobalOptions.Operator);
        root.Options.Add(GlobalOptions.Demo);
        root.Options.Add(GlobalOptions.Create);
        root.SetAction(parse => UiVerb.Run(GlobalOptions.Arguments(parse), parse.InvocationConfiguration.Error));

        InitVerb.AddTo(root);
        OwnerVerbs.AddTo(root);
        AgreementVerbs.AddTo(root);
        BillingVerb.AddTo(root);
        PartnerVerbs.AddTo(root);
        ModelVerbs.AddTo(root);
        CaseVerbs.AddTo(root);
        PoolVerbs.AddTo(root);
        OverdueVerb.AddTo(root);
        ReportVerbs.AddTo(root);
        CountVerbs.AddTo(root);
        SettingsVerbs.AddTo(root);
        CoverageVerb.AddTo(root);
        TriggerVerbs.AddTo(root);
        UnitVerbs.AddTo(root);
        LifecycleVerb.AddTo(root);
        CheckVerb.AddTo(root);
        ImportVerbs.AddTo(root);
        ExportVerbs.AddTo(root);
        DemoGenerateVerb.AddTo(root);
        BackupVerbs.AddTo(root);
        DbCopyVerb.AddTo(root);
        ReceiveStreamVerb.AddTo(root);
        return root;
    }
}
