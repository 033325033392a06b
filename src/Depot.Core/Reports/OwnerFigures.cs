using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// One owner's kept quality figures by month, read from the counters, with the returns still due
/// (whether they are late depends on today).
/// </summary>
internal sealed class OwnerFigures
{
    private readonly SortedDictionary<string, Dictionary<string, long>> _months = new(StringComparer.Ordinal);
    private readonly List<DateOnly> _awaiting = [];

    private OwnerFigures()
    {
    }

    /// <summary>The local month of the owner's first case (yyyy-MM), or null when it has none.</summary>
    public string? FirstCaseMonth => _months.FirstOrDefault(m => m.Value.GetValueOrDefault(QualityFigure.Opened) > 0).Key;

    /// <summary>The due dates of returns that are due and not received.</summary>
    public IReadOnlyList<DateOnly> Awaiting => _awaiting;

    public static OwnerFigures Read(IStoreSession session, long ownerId)
    {
        var figures = new OwnerFigures();
        var prefix = ReportCounts.QualityPrefixOf(ownerId);
        foreach (var counter in session.Counters(prefix).Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            figures.Add(counter.Key[prefix.Length..], counter.Value);
        }

        foreach (var share in session.Table<QualityCaseRow>().Find(QualityCaseRow.ByAwaiting, StoreKeys.Id(ownerId)))
        {
            figures.AddAwaiting(share);
        }

        return figures;
    }

    public long Get(string month, string figure) =>
        _months.TryGetValue(month, out var values) ? values.GetValueOrDefault(figure) : 0;

    /// <summary>The figures of one histogram in a month: value and how often it occurred, smallest value first.</summary>
    public IReadOnlyList<(int Value, long Count)> Histogram(string month, string figure) =>
        !_months.TryGetValue(month, out var values) ? []
        : values.Where(v => v.Key.StartsWith(figure, StringComparison.Ordinal) && v.Value > 0)
            .Select(v => (int.Parse(v.Key[figure.Length..], System.Globalization.CultureInfo.InvariantCulture), v.Value))
            .OrderBy(v => v.Item1)
            .ToList();

    /// <summary>The sum of every figure starting with <paramref name="figure"/> in a month.</summary>
    public long Sum(string month, string figure) =>
        !_months.TryGetValue(month, out var values) ? 0
        : values.Where(v => v.Key.StartsWith(figure, StringComparison.Ordinal)).Sum(v => v.Value);

    /// <summary>The owner's Available units at the end of <paramref name="month"/>: every month's change up to it.</summary>
    public long AvailableAtEnd(string month) =>
        _months.Where(m => string.CompareOrdinal(m.Key, month) <= 0).Sum(m => m.Value.GetValueOrDefault(QualityFigure.Available));

    private void Add(string monthAndFigure, long value)
    {
        var split = monthAndFigure.IndexOf('|', StringComparison.Ordinal);
        if (split < 0)
        {
            return;
        }

        var month = monthAndFigure[..split];
        if (!_months.TryGetValue(month, out var values))
        {
            _months[month] = values = new Dictionary<string, long>(StringComparer.Ordinal);
        }

        var figure = monthAndFigure[(split + 1)..];
        values[figure] = values.GetValueOrDefault(figure) + value;
    }

    private void AddAwaiting(QualityCaseRow share)
    {
        if (share.Due is { } due && share.Received is null)
        {
            _awaiting.Add(due);
        }
    }
}
