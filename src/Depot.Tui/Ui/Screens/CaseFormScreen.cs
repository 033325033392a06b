using Depot.Core.Cases;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Screens;

/// <summary>
/// The form to open a case with its device, as <c>depot case open</c> does: Enter or ↓ goes to the
/// next field, ↑ back, Ctrl+S (or Enter on the last field) opens the case and shows it. The depot
/// checks the values; a refusal shows on the message line and the form stays filled in.
/// </summary>
internal sealed class CaseFormScreen : Screen
{
    public static readonly IReadOnlyList<string> Labels =
        ["Ticket", "Owner", "Kind (swap/repair/loan)", "IMEI", "Model", "Customer", "Fault", "Phone", "Email", "SIM removed (y/n)", "Accessories"];

    private readonly List<TextField> _fields = [];

    public CaseFormScreen(Bench bench)
        : base(bench)
    {
        var hint = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        hint.Set(new TextLine("Opens the case and announces the device. Ctrl+S from any field.", Tone.Dim));
        Add(hint);
        var width = Labels.Max(l => l.Length) + 1;
        for (var i = 0; i < Labels.Count; i++)
        {
            var label = new TextPanel(bench.Look) { X = 0, Y = i + 1, Width = width, Height = 1 };
            label.Set(new TextLine(Labels[i], Tone.Heading));
            var field = new TextField { X = width + 1, Y = i + 1, Width = 40, Text = i == 2 ? "swap" : "" };
            field.HasFocusChanged += (_, _) => Changed();
            _fields.Add(field);
            Add(label, field);
        }
    }

    public override string Heading => "New case";

    public int Focus => Math.Max(0, _fields.FindIndex(f => f.HasFocus));

    public IReadOnlyList<TextField> Fields => _fields;

    public override IReadOnlyList<KeyBinding> Bindings =>
    [
        new KeyBinding(Focus == Labels.Count - 1 ? "Open case" : "Next field", Chord.Enter, () =>
        {
            if (Focus == Labels.Count - 1)
            {
                Submit();
            }
            else
            {
                _fields[Focus + 1].SetFocus();
            }
        }),
        new KeyBinding("Open case", Chord.Control('s'), Submit),
        new KeyBinding("Previous field", Chord.Up, () => _fields[Math.Max(0, Focus - 1)].SetFocus()),
        new KeyBinding("Next field", Chord.Down, () => _fields[Math.Min(Labels.Count - 1, Focus + 1)].SetFocus()) { InStatusBar = false },
        new KeyBinding("Clear field", Chord.Control('u'), () => _fields[Focus].Text = "") { InStatusBar = false },
        new KeyBinding("Cancel", Chord.Escape, Bench.Back),
    ];

    public string Value(int field) => _fields[field].Text.Trim();

    public override void FocusFirst() => _fields[Focus].SetFocus();

    public override void Scanned(string text) => _fields[3].Text = text;

    private void Submit()
    {
        if (!Enum.TryParse<CaseKind>(Value(2), ignoreCase: true, out var kind) || int.TryParse(Value(2), out _))
        {
            _fields[2].SetFocus();
            Bench.Warn($"Kind: swap, repair or loan, not \"{Value(2)}\"");
            return;
        }

        var diagnosis = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Value(9).Length > 0)
        {
            if (Value(9).ToLowerInvariant() is not ("y" or "yes" or "n" or "no"))
            {
                _fields[9].SetFocus();
                Bench.Warn($"SIM removed: y or n, not \"{Value(9)}\"");
                return;
            }

            diagnosis["sim_removed"] = Value(9).StartsWith('y') || Value(9).StartsWith('Y') ? "yes" : "no";
        }

        if (Value(10).Length > 0)
        {
            diagnosis["accessories"] = Value(10);
        }

        string? Optional(int field) => Value(field).Length == 0 ? null : Value(field);
        var details = new CaseDetails(Optional(5), Optional(7), Optional(8), Fault: Optional(6), Diagnosis: diagnosis);
        if (Bench.Try(() => new CaseService(Bench.Depot).OpenWithDevice(Value(0), Value(1), kind, Value(3), Value(4), details)) is { } opened)
        {
            // The form gives way to the new case, where its swap unit is reserved next.
            Bench.Back();
            Bench.Open(new CaseScreen(Bench, opened.Case.Ticket));
            Bench.Say($"case {opened.Case.Ticket} opened; {opened.Defective?.Identifier} announced");
        }
    }
}
