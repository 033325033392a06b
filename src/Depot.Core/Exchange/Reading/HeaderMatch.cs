namespace Depot.Core.Exchange.Reading;

/// <summary>
/// How a file's header line lines up with a format: where each known column is, which required
/// columns are missing (the whole file is refused), and which columns the format does not know
/// (ignored, with a warning).
/// </summary>
public sealed class HeaderMatch
{
    private readonly Dictionary<string, int> _positions;

    private HeaderMatch(IReadOnlyList<string> header, Dictionary<string, int> positions, IReadOnlyList<string> missing, IReadOnlyList<string> unknown)
    {
        Header = header;
        _positions = positions;
        Missing = missing;
        Unknown = unknown;
    }

    /// <summary>The header as the file wrote it (rejects files repeat it).</summary>
    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string> Missing { get; }

    public IReadOnlyList<string> Unknown { get; }

    /// <summary>The field position of <paramref name="column"/>, or -1 when the file does not have it.</summary>
    public int PositionOf(string column) => _positions.GetValueOrDefault(column, -1);

    public static HeaderMatch Of(IReadOnlyList<string> header, ColumnSet columns)
    {
        var known = columns.Columns.ToDictionary(c => Column.Normalise(c.Name), c => c.Name);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var unknown = new List<string>();
        for (var i = 0; i < header.Count; i++)
        {
            var normal = Column.Normalise(header[i]);
            if (known.TryGetValue(normal, out var name))
            {
                positions.TryAdd(name, i);
            }
            else if (normal.Length > 0 && !ColumnSet.RejectColumns.Contains(normal))
            {
                unknown.Add(header[i].Trim());
            }
        }

        var missing = columns.Columns.Where(c => c.Required && !positions.ContainsKey(c.Name)).Select(c => c.Name).ToList();
        foreach (var group in columns.AtLeastOneOf.Where(g => !g.Any(positions.ContainsKey)))
        {
            missing.Add(string.Join(" or ", group));
        }

        return new HeaderMatch(header, positions, missing, unknown);
    }
}
