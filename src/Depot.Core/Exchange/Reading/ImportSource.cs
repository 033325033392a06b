namespace Depot.Core.Exchange.Reading;

/// <summary>
/// A partner file to import. It is read more than once (check the encoding, validate, apply), so
/// it is opened on demand rather than held in memory; rejected rows go to <see cref="OpenRejects"/>.
/// </summary>
public sealed class ImportSource(string name, Func<Stream> open, Func<Stream>? openRejects, string? rejectsName)
{
    /// <summary>The file name recorded with the import.</summary>
    public string Name { get; } = name;

    /// <summary>Where the rejected rows go, for the summary (null when they are not kept).</summary>
    public string? RejectsName { get; } = rejectsName;

    public Stream Open() => open();

    public Stream? OpenRejects() => openRejects?.Invoke();

    /// <summary>A file on disk; rejected rows go next to it as <c>FILE.rejects.csv</c>.</summary>
    public static ImportSource FromFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new RefusedException($"no such file: {full}");
        }

        var rejects = full + ".rejects.csv";
        return new ImportSource(
            Path.GetFileName(full),
            () => new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan),
            () => new FileStream(rejects, FileMode.Create, FileAccess.Write, FileShare.None),
            rejects);
    }

    /// <summary>Bytes in memory (tests, the UI); rejected rows go to <paramref name="rejects"/> when given.</summary>
    public static ImportSource FromBytes(string name, byte[] content, Stream? rejects = null) =>
        new(name, () => new MemoryStream(content, writable: false),
            rejects is null ? null : () => new NonClosingStream(rejects), rejects is null ? null : name + ".rejects.csv");

    /// <summary>Keeps a caller's stream open after the rejects writer is done with it.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
