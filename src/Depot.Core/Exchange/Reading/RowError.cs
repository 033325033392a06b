namespace Depot.Core.Exchange.Reading;

/// <summary>Why one row of a file cannot be applied, in words a partner can act on.</summary>
/// <param name="Line">The line of the file where the row starts (the header is line 1).</param>
/// <param name="Column">The column at fault, or null when the row as a whole is.</param>
/// <param name="Value">The value found, as the file wrote it.</param>
/// <param name="Expected">What was expected instead, or what rule the row breaks.</param>
public sealed record RowError(long Line, string? Column, string? Value, string Expected)
{
    /// <summary>
    /// The text written in the rejects file's <c>error</c> column. A value too long to read (a
    /// damaged file can hold a field of megabytes) is shown by its start and length; the rejects
    /// file keeps the whole row anyway.
    /// </summary>
    public string Message => Column is null ? Readable.Shorten(Expected, 400) : $"{Column} \"{Readable.Shorten(Value ?? "", 60)}\": {Readable.Shorten(Expected, 400)}";

    public override string ToString() => $"line {Line}: {Message}";
}
