namespace Depot.Storage.LiteDb;

/// <summary>
/// One of the depot's files (data or log) as LiteDB sees it: every <see cref="Flush"/> is a flush to
/// the disk (fsync), never only to the operating system's cache, and nothing is buffered in the
/// program (another process may have written the file since the last read). LiteDB 5.0.21 flushes
/// through <c>Stream.Flush</c> when it checkpoints; the store flushes the log after every commit.
/// </summary>
internal sealed class DurableFileStream : Stream
{
    private readonly FileStream _file;
    private long _flushes;

    public DurableFileStream(string path, bool writable)
    {
        Path = path;
        // bufferSize 0: no read buffer that could serve pages another process has rewritten since.
        _file = new FileStream(
            path,
            writable ? FileMode.OpenOrCreate : FileMode.Open,
            writable ? FileAccess.ReadWrite : FileAccess.Read,
            FileShare.ReadWrite | FileShare.Delete,
            bufferSize: 0);
    }

    public string Path { get; }

    /// <summary>How many times this file was flushed to the disk (tests count them).</summary>
    public long FlushesToDisk => Interlocked.Read(ref _flushes);

    /// <summary>
    /// When set, a write that would make the file longer than this fails as a full disk does
    /// (tests of the full-disk path; LiteDB 5.0.21 ignores its own LIMIT_SIZE pragma).
    /// </summary>
    public long? SizeLimit { get; set; }

    public override bool CanRead => _file.CanRead;

    public override bool CanSeek => true;

    public override bool CanWrite => _file.CanWrite;

    public override long Length => _file.Length;

    public override long Position
    {
        get => _file.Position;
        set => _file.Position = value;
    }

    /// <summary>Told "flush" after each flush to the disk and "length N" after each change of length (tests check the order).</summary>
    public event Action<string>? Did;

    public override void Flush()
    {
        if (!_file.CanWrite)
        {
            return;
        }

        _file.Flush(flushToDisk: true);
        Interlocked.Increment(ref _flushes);
        Did?.Invoke("flush");
    }

    public override int Read(byte[] buffer, int offset, int count) => _file.Read(buffer, offset, count);

    public override int Read(Span<byte> buffer) => _file.Read(buffer);

    public override long Seek(long offset, SeekOrigin origin) => _file.Seek(offset, origin);

    public override void SetLength(long value)
    {
        _file.SetLength(value);
        Did?.Invoke($"length {value}");

        // A truncated log must stay truncated after a power cut: old pages past the new end would
        // otherwise be read back as if they belonged to the transactions written after them.
        Flush();
    }

    public override void Write(byte[] buffer, int offset, int count)
    {
        RefuseBeyondLimit(count);
        _file.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        RefuseBeyondLimit(buffer.Length);
        _file.Write(buffer);
    }

    /// <summary>Closes the file. LiteDB never closes a stream it was given; the store does, once.</summary>
    public void Release() => _file.Dispose();

    // LiteDB disposes the streams it wraps when it gives up on a damaged file; the store owns them.
    protected override void Dispose(bool disposing)
    {
    }

    private void RefuseBeyondLimit(int count)
    {
        if (SizeLimit is { } limit && _file.Position + count > limit && _file.Position + count > _file.Length)
        {
            throw new IOException("No space left on device", DiskFullHResult);
        }
    }

    /// <summary>The HResult .NET gives an IOException for ENOSPC on Unix (and ERROR_DISK_FULL on Windows).</summary>
    internal const int DiskFullHResult = 28;
}
