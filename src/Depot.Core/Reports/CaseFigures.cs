using Depot.Core.Calendar;
using Depot.Core.Lifecycle;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Reports;

/// <summary>
/// The facts of one case the quality report counts, gathered from the events of its units while
/// the case was open: the swap unit's first shipping, the defective unit's first receipt, its
/// inspections and its repairs (receipt to passed quality check); and the cases that consumed a
/// swap unit of a model. <see cref="ToRow"/> turns them into the case's counter keys.
/// </summary>
internal sealed class CaseFigures
{
    private const string Defective = "defective";
    private const string Swap = "swap";

    private readonly long _caseId;
    private readonly long _ownerId;
    private readonly bool _consumes;
    private readonly DateTimeOffset _opened;
    private readonly DateTimeOffset? _closed;
    private readonly DateTimeOffset _registered;
    private readonly DateOnly? _due;
    private readonly List<(DateOnly Day, string Outcome)> _inspections = [];
    private readonly List<(DateOnly Received, DateOnly Passed)> _repairs = [];
    private readonly List<long> _consumedModels = [];
    private long _shipEvent = long.MaxValue;
    private DateOnly? _shipped;
    private long _receiveEvent = long.MaxValue;
    private DateOnly? _received;

    public CaseFigures(CaseRow serviceCase)
    {
        _caseId = serviceCase.Id;
        _ownerId = serviceCase.OwnerId;
        _consumes = serviceCase.Kind is "swap" or "loan";
        _opened = serviceCase.OpenedAt;
        _closed = serviceCase.ClosedAt;
        _registered = serviceCase.ReportedAt ?? serviceCase.OpenedAt;
        _due = serviceCase.DueDate;
    }

    /// <summary>The case's facts read from the store; <paramref name="known"/> may supply a unit's events already read.</summary>
    public static CaseFigures Read(IStoreSession session, CaseRow serviceCase, DepotCalendar calendar, Func<long, IReadOnlyList<EventRow>?> known)
    {
        var figures = new CaseFigures(serviceCase);
        var links = FirstLinks(session.Table<CaseUnitRow>().Find(CaseUnitRow.ByCase, serviceCase.Id)).ToList();
        if (links.Count == 0)
        {
            return figures;
        }

        // Every unit of the case and their events in one look-up each, not one per unit.
        var units = session.Table<UnitRow>().GetMany(links.Select(l => l.UnitId)).ToDictionary(u => u.Id);
        var unread = links.Select(l => l.UnitId).Where(id => known(id) is null).ToList();
        var read = unread.Count == 0 ? null : session.Table<EventRow>().FindMany(EventRow.ByUnit, unread).ToLookup(e => e.UnitId);
        foreach (var link in links)
        {
            var events = known(link.UnitId) ?? read![link.UnitId].ToList();
            figures.Add(link.Role, units.GetValueOrDefault(link.UnitId)?.ModelId, events, calendar);
        }

        return figures;
    }

    /// <summary>One link per case and unit, the first made (a unit has one role in a case).</summary>
    public static IEnumerable<CaseUnitRow> FirstLinks(IEnumerable<CaseUnitRow> links) =>
        links.GroupBy(l => (l.CaseId, l.UnitId)).Select(g => g.MinBy(l => l.Id)!);

    /// <summary>Adds one unit of the case in its <paramref name="role"/>, with its events in id order.</summary>
    public void Add(string role, long? modelId, IEnumerable<EventRow> events, DepotCalendar calendar)
    {
        var defective = role == Defective;
        if (defective && _consumes && modelId is { } model)
        {
            _consumedModels.Add(model);
        }

        DateOnly? receivedNow = null;
        foreach (var e in events)
        {
            if (e.At < _opened || (_closed is { } closed && e.At > closed))
            {
                continue;
            }

            switch (e.Trigger)
            {
                case nameof(Trigger.Ship) when role == Swap && e.Id < _shipEvent:
                    _shipEvent = e.Id;
                    _shipped = calendar.LocalDate(e.At);
                    break;
                case nameof(Trigger.Receive) when defective:
                    var day = calendar.LocalDate(e.At);
                    if (e.Id < _receiveEvent)
                    {
                        _receiveEvent = e.Id;
                        _received = day;
                    }

                    receivedNow ??= day;
                    break;
                case nameof(Trigger.Inspect) when defective:
                    _inspections.Add((calendar.LocalDate(e.At), e.Details?.GetValueOrDefault("outcome") ?? ""));
                    break;
                case nameof(Trigger.PassQc) when defective && receivedNow is { } since:
                    _repairs.Add((since, calendar.LocalDate(e.At)));
                    receivedNow = null;
                    break;
            }
        }
    }

    /// <summary>The case's share of the counters, with the facts the report reads day by day.</summary>
    public QualityCaseRow ToRow(DepotCalendar calendar)
    {
        var figures = new List<string>();
        void Count(DateOnly day, string figure) => figures.Add(ReportCounts.QualityKey(_ownerId, day, figure));

        Count(calendar.LocalDate(_opened), QualityFigure.Opened);
        if (_closed is { } closed)
        {
            Count(calendar.LocalDate(closed), QualityFigure.Closed);
        }

        if (_shipped is { } shipped)
        {
            Count(shipped, QualityFigure.Shipped);
            Count(shipped, QualityFigure.ShipDays + Text(calendar.WorkingDaysAfter(calendar.LocalDate(_registered), shipped)));
        }

        foreach (var (day, outcome) in _inspections)
        {
            Count(day, QualityFigure.Inspected + outcome);
        }

        foreach (var (received, passed) in _repairs)
        {
            Count(passed, QualityFigure.RepairDays + Text(passed.DayNumber - received.DayNumber));
        }

        if (_due is { } due && _received is { } back && calendar.WorkingDaysAfter(due, back) > 0)
        {
            Count(due, QualityFigure.OverdueReceived);
        }

        var openedDay = DateOnly.FromDateTime(_opened.UtcDateTime);
        foreach (var model in _consumedModels)
        {
            var who = $"{StoreKeys.Id(_ownerId)}|{StoreKeys.Id(model)}";
            figures.Add(ReportCounts.ConsumedMonthPrefix(openedDay) + who);
            figures.Add(ReportCounts.ConsumedDayPrefix(openedDay) + who);
        }

        figures.Sort(StringComparer.Ordinal);
        return new QualityCaseRow
        {
            CaseId = _caseId,
            OwnerId = _ownerId,
            Figures = figures,
            Due = _due,
            Received = _received,
            ClosedAt = _closed,
        };
    }

    /// <summary>Whether two kept shares of a case say the same.</summary>
    public static bool Same(QualityCaseRow a, QualityCaseRow b) =>
        a.CaseId == b.CaseId && a.OwnerId == b.OwnerId && a.Due == b.Due && a.Received == b.Received && a.ClosedAt == b.ClosedAt
        && a.Figures.Order(StringComparer.Ordinal).SequenceEqual(b.Figures.Order(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
