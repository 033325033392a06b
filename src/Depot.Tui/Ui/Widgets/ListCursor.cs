namespace Depot.Tui.Ui.Widgets;

/// <summary>The selected line of a list of <see cref="Count"/> lines, kept inside the list.</summary>
internal readonly record struct ListCursor(int Index, int Count)
{
    public ListCursor Move(int delta) => Count == 0 ? new(0, 0) : this with { Index = Math.Clamp(Index + delta, 0, Count - 1) };

    public ListCursor Resized(int count) => new(count == 0 ? 0 : Math.Clamp(Index, 0, count - 1), count);

    public bool HasSelection => Count > 0;

    /// <summary>The first line to draw so the selection stays in view in <paramref name="rows"/> rows.</summary>
    public int FirstVisible(int rows) =>
        rows <= 0 || Count <= rows ? 0 : Math.Clamp(Index - rows / 2, 0, Count - rows);
}
