using Depot.Core.Storage;
using Depot.Tui.Ui.Screens;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// The window around the screens: a header (screen, operator, database), the screen on top of
/// the stack, a message line and a status bar of the keys. F-keys jump to the main screens, Esc
/// goes back one screen (never quits from a sub-screen), q quits from a main screen, Ctrl+C from
/// anywhere; a scan typed where no field has focus opens that unit.
/// </summary>
internal sealed partial class DepotShell : Runnable
{
    private const int MaxDepth = 24;

    private readonly List<Screen> _stack = [];
    private readonly TextPanel _header;
    private readonly View _body;
    private readonly TextPanel _message;
    private readonly StatusBar _status;
    private readonly Queue<Action> _later = new();
    private string _statusSignature = "";
    private (string Text, Tone Tone)? _shownMessage;

    public DepotShell(Bench bench, Func<TimeSpan> clock)
    {
        Bench = bench;
        bench.Shell = this;
        _burst = new ScanBurst(clock);
        BorderStyle = LineStyle.None;
        Width = Dim.Fill();
        Height = Dim.Fill();
        SetScheme(bench.Look.Base);
        _header = new TextPanel(bench.Look) { X = 0, Y = 0, Height = 1 };
        _body = new View { X = 0, Y = 1, Width = Dim.Fill(), Height = Dim.Fill(2), CanFocus = true };
        _message = new TextPanel(bench.Look) { X = 0, Y = Pos.AnchorEnd(2), Height = 1, Wrap = true };
        _status = new StatusBar { AlignmentModes = AlignmentModes.StartToEnd };
        _status.SetScheme(bench.Look.Base);
        Add(_header, _body, _message, _status);
    }

    public Bench Bench { get; }

    /// <summary>The main screens, each one line: name, F-key, letter, how to make it.</summary>
    public static IReadOnlyList<ScreenEntry> Screens { get; } =
    [
        new("Home", 1, 'H', b => new HomeScreen(b)),
        new("Receive", 2, 'R', b => new ReceiveScreen(b)),
        new("Inspect", 3, 'I', b => new InspectScreen(b)),
        new("Repairs", 4, 'E', b => new RepairsScreen(b)),
        new("Pool", 5, 'P', b => new PoolScreen(b)),
        new("Unit", 6, 'U', b => new UnitScreen(b)),
        new("Cases", 7, 'C', b => new CasesScreen(b)),
        new("Exchange", 8, 'X', b => new ExchangeScreen(b)),
        new("Reports", 9, 'T', b => new ReportsScreen(b)),
        new("Count", 10, 'N', b => new CountsScreen(b)),
    ];

    public Screen Top => _stack[^1];

    public IReadOnlyList<Screen> Stack => _stack;

    /// <summary>The message line now, for tests.</summary>
    public string? Message => _shownMessage?.Text;

    public Tone MessageTone => _shownMessage?.Tone ?? Tone.Normal;

    /// <summary>Set once quitting was asked for (the loop then stops).</summary>
    public bool Quitting { get; private set; }

    /// <summary>Opens the first screen.</summary>
    public void Start(Screen first)
    {
        _stack.Add(first);
        Show(first);
    }

    /// <summary>Opens <paramref name="screen"/> on top of the current one; Esc comes back.</summary>
    public void Open(Screen screen)
    {
        _stack.Add(screen);
        if (_stack.Count > MaxDepth)
        {
            var dropped = _stack[1];
            _stack.RemoveAt(1);
            dropped.Dispose();
        }

        Show(screen);
    }

    /// <summary>A main screen by its F-key or letter: back to it when it is open below, else on top.</summary>
    public void Jump(ScreenEntry entry)
    {
        var open = _stack.FindLastIndex(s => s.IsMain && s.Heading == entry.Name);
        if (open >= 0)
        {
            if (open == _stack.Count - 1)
            {
                Top.Load();
                Refresh();
                return;
            }

            PopTo(open);
            return;
        }

        Open(entry.Create(Bench));
    }

    /// <summary>Back to the screen before; at the first screen there is nothing to go back to.</summary>
    public void Back()
    {
        if (_stack.Count == 1)
        {
            ShowMessage($"{Top.Heading} is the first screen: nothing to go back to (q quits)", Tone.Normal);
            return;
        }

        PopTo(_stack.Count - 2);
    }

    public void Quit()
    {
        Quitting = true;
        App?.RequestStop(this);
    }

    public void ShowMessage(string text, Tone tone)
    {
        _shownMessage = (text, tone);
        Refresh();
    }

    public void ClearMessage() => _shownMessage = null;

    /// <summary>
    /// Other benches changed the depot (on the UI thread): the screen on top loads again when it
    /// shows what changed; the screens below load when they are shown again anyway.
    /// </summary>
    public void OthersChanged(IReadOnlyList<StoreChange> changes)
    {
        if (_stack.Count > 0 && changes.Any(Top.Follows))
        {
            Top.Load();
            Refresh();
        }
    }

    /// <summary>Runs <paramref name="work"/> on the UI thread once the current frame has been drawn.</summary>
    public void Later(Action work)
    {
        _later.Enqueue(work);
        App?.AddTimeout(TimeSpan.Zero, () =>
        {
            RunLater();
            return false;
        });
    }

    /// <summary>Runs what waits for the next frame and any key held back for a scan: what a quiet moment would do.</summary>
    public void Settle()
    {
        ReleaseHeld(force: true);
        RunLater();
    }

    private void RunLater()
    {
        while (_later.TryDequeue(out var work))
        {
            work();
        }

        Refresh();
    }

    private void PopTo(int index)
    {
        while (_stack.Count - 1 > index)
        {
            var top = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
            _body.Remove(top);
            top.Dispose();
        }

        Show(_stack[^1]);
    }

    private void Show(Screen screen)
    {
        _burst.Clear();
        foreach (var shown in _body.SubViews.ToList())
        {
            _body.Remove(shown);
        }

        _body.Add(screen);
        screen.Load();
        screen.FocusFirst();
        Refresh();
    }

    /// <summary>Draws the header, the message line and the status bar for what is on top now.</summary>
    public void Refresh()
    {
        if (_stack.Count == 0)
        {
            return;
        }

        var width = Math.Max(20, App?.Screen.Width ?? Frame.Width);
        // Each part marks itself for drawing only when its text changed: a key typed at the dock redraws the field, not the window.
        RefreshHeader(width);
        RefreshMessage(width);
        RefreshStatus(width);
    }

    private void RefreshHeader(int width)
    {
        var title = $"Depot ▸ {Top.Heading}";
        var who = $"  {Bench.Operator} · ";
        var room = Math.Max(8, width - title.Length - who.Length);
        _header.Set(TextLine.Of((title, Tone.Heading), (who, Tone.Dim), (DatabaseLabel.Describe(Bench.Depot.DatabasePath, room), Tone.Dim)));
    }

    private void RefreshMessage(int width)
    {
        var text = _burst.Collecting
            ? $"Scan: {_burst.Text}  (Enter opens the unit · Esc drops it)"
            : _shownMessage?.Text ?? "";
        var tone = _burst.Collecting ? Tone.Key : _shownMessage?.Tone ?? Tone.Normal;
        var rows = text.Length > width ? 2 : 1;
        if (_message.Frame.Height != rows || _body.Height is null)
        {
            _message.Height = rows;
            _message.Y = Pos.AnchorEnd(rows + 1);
            _body.Height = Dim.Fill(rows + 1);
        }

        _message.Set(new TextLine(text, tone));
    }
}
