namespace Depot.Core.Exchange.Reading;

/// <summary>
/// The columns of one format, in the stable order exports write them, and the groups of which a
/// file must have at least one (a unit is named by <c>imei</c> or <c>serial</c>).
/// </summary>
public sealed class ColumnSet(IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<string>>? atLeastOneOf = null)
{
    /// <summary>Columns the import writes into the rejects file itself; a fixed rejects file carries them back in silence.</summary>
    public static readonly IReadOnlyList<string> RejectColumns = ["line", "error"];

    public IReadOnlyList<Column> Columns { get; } = columns;

    public IReadOnlyList<IReadOnlyList<string>> AtLeastOneOf { get; } = atLeastOneOf ?? [];

    public IReadOnlyList<string> Names => Columns.Select(c => c.Name).ToArray();

    /// <summary>Makes a set from names; a leading <c>*</c> marks a required column.</summary>
    public static ColumnSet Of(params string[] names) =>
        new(names.Select(n => n.StartsWith('*') ? new Column(n[1..], Required: true) : new Column(n)).ToArray());

    public ColumnSet WithAtLeastOneOf(params string[] names) => new(Columns, [.. AtLeastOneOf, names]);
}
