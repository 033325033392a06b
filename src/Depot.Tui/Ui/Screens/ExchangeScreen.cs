using System.Globalization;
using Depot.Core;
using Depot.Core.Calendar;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// Partner files: pick an import or export kind and Enter. An import asks for the file, runs dry
/// (rows read, would apply, already applied, rejected, the first errors) and applies only after a
/// yes; an export asks for the file and the filters its kind takes (a partner for repair orders),
/// and asks before writing over a file. Every file field starts empty. The recent imports are listed below.
/// </summary>
internal sealed class ExchangeScreen : Screen
{
    public static readonly IReadOnlyList<ExchangeChoice> Choices =
    [
        .. ExchangeKinds.Imports.Select(k => new ExchangeChoice(true, k.Name, k.Description)),
        .. ExchangeKinds.Exports.Select(k => new ExchangeChoice(false, k.Name, k.Description)),
    ];

    private readonly Table<ExchangeChoice> _choices;
    private readonly TextPanel _summary;
    private readonly Table<ImportRecord> _recent;

    public ExchangeScreen(Bench bench)
        : base(bench)
    {
        _choices = new Table<ExchangeChoice>(bench.Look, ("File", c => c.Label), ("What", c => c.Description))
        {
            X = 0,
            Y = 0,
            Height = Choices.Count + 2,
        };
        _choices.Rows = Choices;
        _choices.ValueChanged += (_, _) => HideSummary();
        _summary = new TextPanel(bench.Look) { X = 0, Y = Choices.Count + 2, Wrap = true, Indent = 2, Visible = false };
        _recent = new Table<ImportRecord>(bench.Look,
            ("Recent imports", i => Shortened(i.FileName)),
            ("Kind", i => i.Kind),
            ("At", i => bench.Time.Instant(i.At)),
            ("By", i => i.Operator),
            ("SHA-256", i => i.Sha256[..Math.Min(12, i.Sha256.Length)]),
            ("Read", i => i.RowsRead.ToString(CultureInfo.InvariantCulture)),
            ("Appl", i => i.Applied.ToString(CultureInfo.InvariantCulture)),
            ("Had", i => i.AlreadyApplied.ToString(CultureInfo.InvariantCulture)),
            ("Rej", i => i.Rejected.ToString(CultureInfo.InvariantCulture)))
        {
            X = 0,
            Y = Choices.Count + 2,
            CanFocus = false,
            RowTone = i => i.Rejected > 0 ? Tone.Warn : Tone.Normal,
            // What each import did (read, applied, already had, rejected) and when stay at 80
            // columns: a re-import that changed nothing reads as such. Who and the hash wait for room.
            Optional = ["By", "SHA-256"],
        };
        Add(_choices, _summary, _recent);
    }

    public override string Heading => "Exchange";

    public override bool IsMain => true;

    public ExchangeChoice Choice => _choices.Selected!;

    public Table<ExchangeChoice> Menu => _choices;

    /// <summary>The last dry run or import, and the file it read.</summary>
    public (ImportResult Result, string FullPath)? Result { get; private set; }

    public IReadOnlyList<ImportRecord> Recent => _recent.Rows;

    /// <summary>The longest file name the import log shows whole.</summary>
    private const int FileNameWidth = 24;

    /// <summary>Rows a dry run found new or changed: what applying would apply.</summary>
    public static long WouldApply(ImportResult r) => r.DryRun ? r.RowsRead - r.AlreadyApplied - r.Rejected : r.Applied;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        .. _choices.NavigationBindings(),
        new KeyBinding(Choice.Import ? "Import a file" : "Export to a file", Chord.Enter, () =>
        {
            if (Choice.Import)
            {
                AskImport(Choice);
            }
            else
            {
                AskExport(Choice);
            }
        }),
        new KeyBinding("Refresh", Chord.Of('r'), Load),
    ];

    public override void FocusFirst() => _choices.SetFocus();

    public override void Load()
    {
        if (Bench.Try(() => new ImportLog(Bench.Depot).Recent(30)) is { } recent)
        {
            _recent.Rows = recent;
        }

        Changed();
    }

    private void AskImport(ExchangeChoice choice) => Bench.Ask(new Question(
        $"{choice.Label}: dry run first",
        [new TextLine($"{choice.Description}. The file is checked row by row first; nothing changes until you say yes.")],
        "Dry run",
        values =>
        {
            if (values[0].Length == 0)
            {
                Bench.Warn("type the path of the file to import");
                return false;
            }

            if (Import(choice.Kind, values[0], dryRun: true) is { } dry)
            {
                Bench.Later(() => AskApply(dry.Result, dry.FullPath));
            }

            return true;
        })
    {
        Fields = [new QuestionField("File to read")],
    });

    private void AskApply(ImportResult dry, string file)
    {
        var would = WouldApply(dry);
        if (would == 0)
        {
            Bench.Say("dry run done: nothing would change");
            return;
        }

        Bench.Ask(new Question($"Apply the import of {dry.FileName}?",
            [new TextLine($"{would} row(s) would change the depot; {dry.AlreadyApplied} already applied; {dry.Rejected} rejected (they go to a rejects file)."), new TextLine("The dry run's errors are on the screen behind.", Tone.Dim)],
            "Yes, apply it",
            _ =>
            {
                if (Import(dry.Kind, file, dryRun: false) is { } done)
                {
                    Bench.Say($"imported {done.Result.FileName}: {done.Result.Applied} applied, {done.Result.Rejected} rejected");
                    Load();
                }

                return true;
            })
        {
            No = () => Bench.Say("nothing imported"),
        });
    }

    private (ImportResult Result, string FullPath)? Import(string kindName, string path, bool dryRun)
    {
        var kind = ExchangeKinds.FindImport(kindName)!;
        var full = Path.GetFullPath(path.Trim());
        var result = Bench.Try(() =>
        {
            try
            {
                return kind.Run(Bench.Depot, ImportSource.FromFile(full), new ImportOptions(DryRun: dryRun));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RefusedException($"cannot read {full}: {e.Message}");
            }
        });
        if (result is null)
        {
            return null;
        }

        Result = (result, full);
        ShowSummary(result, full);
        return Result;
    }

    private void AskExport(ExchangeChoice choice)
    {
        var fields = new List<QuestionField> { new($"File to write (for example {choice.Kind}-{DepotCalendar.For(Bench.Depot).LocalDate(Bench.Depot.Now):yyyy-MM-dd}.csv)") };
        var names = new List<string> { "file" };
        void Field(string name, string label)
        {
            names.Add(name);
            fields.Add(new QuestionField(label));
        }

        switch (choice.Kind)
        {
            case "repair-orders":
                Field("partner", "Partner code (required)");
                Field("since", "Sent on or after (yyyy-MM-dd, empty: all)");
                break;
            case "quality-report":
                Field("owner", "Owner code (empty: every owner)");
                Field("month", "Month (yyyy-MM, empty: every month)");
                break;
            case "units" or "pool-levels" or "overdue-returns":
                Field("owner", "Owner code (empty: every owner)");
                break;
        }

        Bench.Ask(new Question(choice.Label, [new TextLine(choice.Description)], "Export", values =>
        {
            string? Value(string name) => names.IndexOf(name) is var i and >= 0 && values[i].Length > 0 ? values[i] : null;
            if (Value("file") is not { } file)
            {
                Bench.Warn("type the path of the file to write");
                return false;
            }

            if (choice.Kind == "repair-orders" && Value("partner") is null)
            {
                Bench.Warn("repair orders are exported per partner: type the partner code");
                return false;
            }

            DateOnly? since = null;
            if (Value("since") is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    Bench.Warn($"Sent on or after: a date like 2026-03-31, not \"{text}\"");
                    return false;
                }

                since = day;
            }

            var filter = new ExportFilter(Value("partner"), since, Value("owner"), Month: Value("month"));
            Export(choice.Kind, Path.GetFullPath(file), filter);
            return true;
        })
        {
            Fields = fields,
        });
    }

    private void Export(string kindName, string full, ExportFilter filter, bool overwrite = false)
    {
        if (File.Exists(full) && !overwrite)
        {
            Bench.Later(() => Bench.Ask(new Question($"{Path.GetFileName(full)} exists", [new TextLine($"{full} is there already. Write over it?", Tone.Warn)], "Yes, write over it",
                _ =>
                {
                    Export(kindName, full, filter, overwrite: true);
                    return true;
                })
            {
                No = () => Bench.Say("nothing written"),
            }));
            return;
        }

        var kind = ExchangeKinds.FindExport(kindName)!;
        long rows = 0;
        var written = Bench.Try(() =>
        {
            try
            {
                using var file = new FileStream(full, FileMode.Create, FileAccess.Write);
                rows = kind.Run(Bench.Depot, filter, file, ExportDialect.Default);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new RefusedException($"cannot write {full}: {e.Message}");
            }
        });
        if (written)
        {
            Bench.Say($"wrote {rows} row(s) to {full}");
        }
    }

    private void ShowSummary(ImportResult r, string full)
    {
        var lines = new List<TextLine>
        {
            new($"{(r.DryRun ? "Dry run" : "Imported")}: {r.Kind} from {full}", Tone.Heading),
            TextLine.Of(($"rows read {r.RowsRead} · {(r.DryRun ? "would apply" : "applied")} {WouldApply(r)} · already applied {r.AlreadyApplied} · ", Tone.Normal),
                ($"rejected {r.Rejected}", r.Rejected > 0 ? Tone.Bad : Tone.Good)),
        };
        if (r.RejectsWrittenTo is { } rejects && r.Rejected > 0)
        {
            lines.Add(new TextLine($"rejected rows: {rejects}", Tone.Dim));
        }

        lines.AddRange(r.Warnings.Take(2).Select(w => new TextLine(w, Tone.Warn)));
        if (r.FirstErrors.Count > 0)
        {
            lines.Add(new TextLine($"{"Line",6}  {"Column",-14} {"Value",-18} Reason", Tone.Heading));
            lines.AddRange(r.FirstErrors.Select(e => new TextLine($"{e.Line,6}  {e.Column ?? "-",-14} {e.Value ?? "",-18} {e.Expected}")));
        }

        // The summary takes the menu's place, so the question to apply it leaves it in view.
        _summary.Lines = lines;
        _summary.Y = 0;
        _summary.Visible = true;
        _choices.Visible = false;
        _recent.Visible = false;
        Changed();
    }

    private void HideSummary()
    {
        if (_summary.Visible)
        {
            _summary.Visible = false;
            _choices.Visible = true;
            _recent.Visible = true;
            _choices.SetFocus();
        }
    }

    private static string Shortened(string fileName) =>
        fileName.Length <= FileNameWidth ? fileName : fileName[..(FileNameWidth - 1)] + "…";
}
