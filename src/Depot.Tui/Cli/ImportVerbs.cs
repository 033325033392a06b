using System.CommandLine;
using Depot.Core;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Reconciliation;
using Depot.Tui.Ui.Widgets;
using Spectre.Console;

namespace Depot.Tui.Cli;

/// <summary>
/// <c>depot import KIND FILE [--dry-run] [--strict]</c> and <c>depot imports</c> (the record of past imports). Exit codes: 0 every row applied or already
/// applied; 3 some rows rejected (written to FILE.rejects.csv); 1 the file was refused; 2 usage.
/// </summary>
internal static class ImportVerbs
{
    public const int SomeRejected = 3;

    public static void AddTo(RootCommand root)
    {
        var kind = new Argument<string>("KIND") { Description = string.Join("; ", ExchangeKinds.Imports.Select(k => $"{k.Name}: {k.Description}")) };
        kind.AcceptOnlyFromAmong([.. ExchangeKinds.Imports.Select(k => k.Name)]);
        var file = new Argument<string>("FILE") { Description = "The CSV file (',' or ';', UTF-8 or Windows-1252)" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Validate every row and print the summary; change nothing" };
        var strict = new Option<bool>("--strict") { Description = "All or nothing: apply no row when any row is invalid" };
        var command = Verb.Command("import", "Import a partner file (formats: docs/formats.md); rejected rows go to FILE.rejects.csv", kind, file, dryRun, strict);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var importKind = ExchangeKinds.FindImport(parse.GetValue(kind)!)!;
            var source = ImportSource.FromFile(parse.GetValue(file)!);
            var options = new ImportOptions(parse.GetValue(dryRun), parse.GetValue(strict));
            var output = parse.InvocationConfiguration.Output;
            var result = Interactive(output)
                ? WithProgressBar(progress => importKind.Run(context, source, options, progress))
                : importKind.Run(context, source, options);
            Print(result, output);
            PrintReconciliation(context, result, output);
            return result.Complete ? DepotCli.Done : SomeRejected;
        }));
        root.Subcommands.Add(command);

        var limit = new Option<int>("--limit") { Description = "At most this many, newest first", DefaultValueFactory = _ => 20 };
        var json = JsonOutput.Flag();
        var log = Verb.Command("imports", "The imports recorded in this depot: file, hash, operator, counts", limit, json);
        log.SetAction(parse => Verb.Execute(parse, context =>
        {
            if (parse.GetValue(json))
            {
                return JsonOutput.Print(parse, new ImportLog(context).Recent(parse.GetValue(limit)).Select(r => new
                {
                    r.Id, r.At, r.Kind, File = r.FileName, r.Sha256, r.Operator, r.RowsRead, r.Applied, r.AlreadyApplied, r.Rejected,
                }));
            }

            var output = parse.InvocationConfiguration.Output;
            var time = DepotTime.For(context);
            output.WriteLine($"{"WHEN",-16} {"KIND",-14} {"FILE",-24} {"OPERATOR",-12} {"READ",8} {"APPLIED",8} {"ALREADY",8} {"REJECTED",8} SHA256");
            foreach (var r in new ImportLog(context).Recent(parse.GetValue(limit)))
            {
                output.WriteLine($"{time.Instant(r.At),-16} {r.Kind,-14} {r.FileName,-24} {r.Operator,-12} {r.RowsRead,8} {r.Applied,8} {r.AlreadyApplied,8} {r.Rejected,8} {r.Sha256[..12]}");
            }

            return DepotCli.Done;
        }));
        root.Subcommands.Add(log);
    }

    /// <summary>The summary: rows read, applied, already applied, rejected, and the first errors.</summary>
    public static void Print(ImportResult result, TextWriter output)
    {
        var what = result.DryRun ? "dry run, nothing changed" : result.StrictRefused ? "strict: nothing applied" : "done";
        output.WriteLine($"{result.Kind} import of {result.FileName} (sha256 {result.Sha256[..12]}): {what}");
        output.WriteLine($"  rows read        {result.RowsRead}");
        output.WriteLine($"  {(result.DryRun || result.StrictRefused ? "to apply" : "applied"),-16} {(result.DryRun || result.StrictRefused ? result.RowsRead - result.AlreadyApplied - result.Rejected : result.Applied)}");
        output.WriteLine($"  already applied  {result.AlreadyApplied}");
        output.WriteLine($"  rejected         {result.Rejected}");
        foreach (var warning in result.Warnings)
        {
            output.WriteLine($"warning: {warning}");
        }

        if (result.FirstErrors.Count > 0)
        {
            output.WriteLine(result.Rejected > result.FirstErrors.Count ? $"first {result.FirstErrors.Count} errors:" : "errors:");
            foreach (var error in result.FirstErrors)
            {
                output.WriteLine($"  {error}");
            }
        }

        if (result.RejectsWrittenTo is { } rejects)
        {
            output.WriteLine($"rejected rows written to {rejects}: fix them and import that file again");
        }
    }

    /// <summary>
    /// After a cycle-count import: the differences of each count session it went into, grouped the
    /// way a stock controller works through them. Resolving them is <c>depot count resolve</c>.
    /// </summary>
    public static void PrintReconciliation(DepotContext context, ImportResult result, TextWriter output)
    {
        var counts = new CountService(context);
        foreach (var id in result.CountSessions)
        {
            var session = counts.Require(id);
            var open = counts.Differences(id).Where(d => !d.IsResolved).ToList();
            output.WriteLine();
            output.WriteLine($"reconciliation of count session {session.Id} ({CountService.Describe(session)}, {session.Lines} scan(s)): {(open.Count == 0 ? "no open differences" : $"{open.Count} open difference(s)")}");
            foreach (var group in open.GroupBy(d => d.Kind).OrderBy(g => g.Key))
            {
                output.WriteLine($"  {Heading(group.Key)} ({group.Count()}, --kind {group.Key}):");
                foreach (var d in group)
                {
                    output.WriteLine($"    {d.Identifier,-17} system: {d.Expected}; count: {d.Counted}");
                }
            }

            if (open.Count > 0)
            {
                output.WriteLine($"  resolve each with: depot count resolve {session.Id} ID --kind KIND --action ACTION --reason TEXT");
            }
        }
    }

    private static string Heading(DifferenceKind kind) => kind switch
    {
        DifferenceKind.ExpectedNotCounted => "expected but not counted",
        DifferenceKind.CountedNotExpected => "counted but not expected",
        DifferenceKind.WrongOwner => "wrong owner",
        DifferenceKind.WrongModel => "wrong model",
        DifferenceKind.WrongState => "wrong state",
        DifferenceKind.ScannedTwice => "scanned twice",
        _ => kind.ToString(),
    };

    private static bool Interactive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive;

    private static ImportResult WithProgressBar(Func<IProgress<ImportProgress>, ImportResult> run)
    {
        ImportResult? result = null;
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var checking = ctx.AddTask("checking", maxValue: 1);
                var applying = ctx.AddTask("applying", autoStart: false, maxValue: 1);
                result = run(new Progress(checking, applying));
                checking.Value = checking.MaxValue;
                applying.Value = applying.MaxValue;
            });
        return result!;
    }

    /// <summary>Moves the bars synchronously (System.Progress would post to the thread pool).</summary>
    private sealed class Progress(ProgressTask checking, ProgressTask applying) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            var task = value.Phase == "applying" ? applying : checking;
            if (!task.IsStarted)
            {
                task.StartTask();
            }

            task.MaxValue = Math.Max(1, value.BytesTotal);
            task.Value = value.BytesDone;
        }
    }
}
