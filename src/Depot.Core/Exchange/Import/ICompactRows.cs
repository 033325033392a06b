namespace Depot.Core.Exchange.Import;

/// <summary>
/// A format whose validated rows can be kept between the two passes in a compact binary form, so
/// that applying a large file does not read and parse it a second time. What is written is read
/// back by the same program in the same import, so the form has no version.
/// </summary>
/// <typeparam name="TRow">The row as a value.</typeparam>
public interface ICompactRows<TRow>
    where TRow : class
{
    void Write(BinaryWriter writer, TRow row);

    TRow Read(BinaryReader reader);
}
