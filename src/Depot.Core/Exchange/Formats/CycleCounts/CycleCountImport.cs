using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Reconciliation;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Formats.CycleCounts;

/// <summary>
/// <c>cycle-count</c>: what a stock controller counted, shelf by shelf. Each bin's rows go into that
/// bin's open count session (started when there is none) through <see cref="CountService.Import"/>;
/// the differences are then the session's to resolve. A row is already applied when a session of its
/// bin holds the same IMEI counted at the same time (or, without a time, when the open session has it).
/// </summary>
public sealed class CycleCountImport(DepotContext context) : IImportFormat<CycleCountRow>, IFollowUp
{
    public static readonly ColumnSet Columns = ColumnSet.Of("*bin", "*imei", "counted", "counter");

    private readonly CountService _counts = new(context);
    private readonly Dictionary<string, List<(long Session, bool Open, CountLine Line)>> _linesByBin = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, long> _openSessionByBin = new(StringComparer.OrdinalIgnoreCase);
    private readonly SortedSet<long> _sessions = [];

    public string Kind => "cycle-count";

    ColumnSet IImportFormat<CycleCountRow>.Columns => Columns;


    public CycleCountRow? Parse(FieldReader fields)
    {
        var bin = fields.Text("bin", 40, required: true);
        var imei = fields.Imei("imei");
        var counted = fields.Instant("counted");
        var counter = fields.Text("counter", 80);
        return fields.Error is null ? new CycleCountRow(bin!, imei.Value, counted, counter) : null;
    }

    public string Key(CycleCountRow row) =>
        $"{row.Bin.ToUpperInvariant()}|{row.Imei}|{(row.Counted is { } at ? StoreKeys.Instant(at) : "")}";

    public RowPlan Check(CycleCountRow row, FieldReader fields)
    {
        foreach (var (session, open, line) in LinesOf(row.Bin))
        {
            var sameScan = row.Counted is { } at ? StoreKeys.Instant(line.CountedAt) == StoreKeys.Instant(at) : open;
            if (line.Identifier == row.Imei && sameScan)
            {
                _sessions.Add(session);
                return RowPlan.AlreadyApplied;
            }
        }

        return RowPlan.New;
    }

    /// <summary>Names the sessions the rows went into (none for a dry run or a strict import that applied nothing).</summary>
    public ImportResult Complete(ImportResult result) =>
        result.DryRun || result.StrictRefused ? result : result with { CountSessions = [.. _sessions] };

    public IDisposable BeginApply(long importId) => NoSession.Instance;

    public void Apply(CycleCountRow row, RowPlan plan)
    {
        if (!_openSessionByBin.TryGetValue(row.Bin, out var session))
        {
            session = _counts.Sessions(openOnly: true).FirstOrDefault(s => s.Scope == CountScope.Bin && string.Equals(s.Target, row.Bin, StringComparison.OrdinalIgnoreCase))?.Id
                ?? _counts.Start(CountScope.Bin, row.Bin).Id;
            _openSessionByBin[row.Bin] = session;
        }

        _counts.Import(session, [row]);
        _sessions.Add(session);
    }

    /// <summary>The scans every session of <paramref name="bin"/> holds, read once per bin (validation writes nothing).</summary>
    private List<(long Session, bool Open, CountLine Line)> LinesOf(string bin)
    {
        if (!_linesByBin.TryGetValue(bin, out var lines))
        {
            lines = [];
            foreach (var session in _counts.Sessions().Where(s => s.Scope == CountScope.Bin && string.Equals(s.Target, bin, StringComparison.OrdinalIgnoreCase)))
            {
                lines.AddRange(_counts.Lines(session.Id).Select(l => (session.Id, session.IsOpen, l)));
            }

            _linesByBin[bin] = lines;
        }

        return lines;
    }
}
