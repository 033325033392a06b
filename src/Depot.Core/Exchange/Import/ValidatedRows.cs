namespace Depot.Core.Exchange.Import;

/// <summary>
/// The rows validation planned to apply, with their line and plan, in a temporary file that is
/// deleted when closed (or killed): memory stays the same whatever the size of the partner file.
/// </summary>
internal sealed class ValidatedRows<TRow> : IDisposable
    where TRow : class
{
    private readonly ICompactRows<TRow> _form;
    private readonly FileStream _file;
    private readonly BinaryWriter _writer;

    public ValidatedRows(ICompactRows<TRow> form)
    {
        _form = form;
        var path = Path.Combine(Path.GetTempPath(), "depot-import-" + Path.GetRandomFileName());
        _file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, 1 << 16, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // Gone from the folder at once, so a killed import leaves nothing behind; the open file lives on until closed.
            File.Delete(path);
        }
        _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);
    }

    public long Count { get; private set; }

    public long Length => _file.Length;

    public long Position => _file.Position;

    public void Add(long line, RowPlan plan, TRow row)
    {
        _writer.Write7BitEncodedInt64(line);
        _writer.Write((byte)plan);
        _form.Write(_writer, row);
        Count++;
    }

    /// <summary>The rows in the order they were added; reading starts from the first.</summary>
    public IEnumerable<(long Line, RowPlan Plan, TRow Row)> Read()
    {
        _writer.Flush();
        _file.Position = 0;
        using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (long i = 0; i < Count; i++)
        {
            var line = reader.Read7BitEncodedInt64();
            var plan = (RowPlan)reader.ReadByte();
            yield return (line, plan, _form.Read(reader));
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}
