using Depot.Tui.Ui.Shell;
using Terminal.Gui.Drawing;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Widgets;

/// <summary>
/// A list of rows shown as a Terminal.Gui TableView: headers always visible, whole-row selection,
/// columns sized to their content, a tone per row. The screen's key bindings move the selection
/// (so they work while a scan field keeps focus) through <see cref="NavigationBindings"/>.
/// </summary>
internal sealed class Table<T> : TableView
{
    private readonly Look _look;
    private readonly Dictionary<string, Func<T, object>> _columns;
    private IReadOnlyList<T> _rows = [];

    public Table(Look look, params (string Name, Func<T, string> Value)[] columns)
    {
        _look = look;
        _columns = columns.ToDictionary(c => c.Name, c => (Func<T, object>)(row => c.Value(row) ?? ""));
        Width = Dim.Fill();
        Height = Dim.Fill();
        FullRowSelect = true;
        MultiSelect = false;
        CollectionNavigator = null;
        MaxCellWidth = 200;

        // Columns keep one width while scrolling, and a table filled before its first layout is sized by its rows.
        UseAllRowsForContentCalculation = true;
        Style.AlwaysShowHeaders = true;
        Style.ShowHorizontalHeaderOverline = false;
        Style.ShowHorizontalBottomLine = false;
        Style.ShowVerticalCellLines = false;
        Style.ShowVerticalHeaderLines = false;
        Style.ShowHorizontalHeaderUnderline = true;
        Style.ExpandLastColumn = true;
        Style.RowColorGetter = args => args.RowIndex < _rows.Count && RowTone?.Invoke(_rows[args.RowIndex]) is { } tone and not Tone.Normal
            ? new Scheme(_look.Base) { Normal = _look.For(tone) }
            : null;
        SetScheme(look.Base);
        Table = new EnumerableTableSource<T>([], _columns);
    }

    /// <summary>Columns left out below <see cref="RoomyWidth"/> columns, so the ones that matter fit an 80-column terminal.</summary>
    public IReadOnlyList<string> Optional { get; init; } = [];

    public const int RoomyWidth = 100;

    /// <summary>The tone of a row (an overdue case in red); null or Normal for the usual look.</summary>
    public Func<T, Tone>? RowTone { get; init; }

    public IReadOnlyList<T> Rows
    {
        get => _rows;
        set
        {
            var keep = SelectedIndex;
            _rows = value;
            Table = new EnumerableTableSource<T>(value, _columns);
            SelectedIndex = Math.Clamp(keep, 0, Math.Max(0, value.Count - 1));
        }
    }

    public int SelectedIndex
    {
        get => Value?.SelectedCell.Y ?? 0;
        set
        {
            if (_rows.Count == 0)
            {
                return;
            }

            SetSelection(0, Math.Clamp(value, 0, _rows.Count - 1), false, null);
            EnsureCursorIsVisible();
            SetNeedsDraw();
        }
    }

    public T? Selected => _rows.Count > 0 && SelectedIndex < _rows.Count ? _rows[SelectedIndex] : default;

    public void Move(int rows) => SelectedIndex += rows;

    protected override void OnFrameChanged(in System.Drawing.Rectangle frame)
    {
        base.OnFrameChanged(frame);
        var names = _columns.Keys.ToList();
        foreach (var optional in Optional)
        {
            Style.GetOrCreateColumnStyle(names.IndexOf(optional)).Visible = frame.Width >= RoomyWidth;
        }
    }

    private int Page => Math.Max(1, Viewport.Height - 3);

    /// <summary>The list keys as data: arrows and pages, and where no field has focus j/k, Home/End and g/G.</summary>
    public IEnumerable<KeyBinding> NavigationBindings(bool letters = true)
    {
        yield return new KeyBinding("Up", letters ? [Chord.Up, Chord.Of('k')] : [Chord.Up], () => Move(-1)) { Immediate = true, InStatusBar = false };
        yield return new KeyBinding("Down", letters ? [Chord.Down, Chord.Of('j')] : [Chord.Down], () => Move(1)) { Immediate = true, InStatusBar = false };
        yield return new KeyBinding("Page up", Chord.PageUp, () => Move(-Page)) { InStatusBar = false };
        yield return new KeyBinding("Page down", Chord.PageDown, () => Move(Page)) { InStatusBar = false };
        if (letters)
        {
            // With a text field focused, Home and End belong to the field.
            yield return new KeyBinding("First", [Chord.Home, Chord.Of('g')], () => SelectedIndex = 0) { Immediate = true, InStatusBar = false };
            yield return new KeyBinding("Last", [Chord.End, Chord.Of('G')], () => SelectedIndex = _rows.Count - 1) { Immediate = true, InStatusBar = false };
        }
    }
}
