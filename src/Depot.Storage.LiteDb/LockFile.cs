using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Depot.Storage.LiteDb;

/// <summary>
/// The side file "&lt;depot file&gt;-lock" that every process opening the depot shares: an advisory
/// <c>flock</c> on it, exclusive for a unit of work and shared for reading, and a few bytes that say
/// how many units of work have begun on the file (so a process notices that another one wrote since
/// it last looked) and who took the lock last (so a process that waits in vain can name it).
/// </summary>
/// <remarks>
/// Layout: 8 bytes "DEPOTLK1", 8 bytes change counter (little endian), 2 bytes length, then the
/// holder as UTF-8 "pid command line".
/// </remarks>
internal sealed class LockFile : IDisposable
{
    private static readonly byte[] Magic = "DEPOTLK1"u8.ToArray();
    private const int CounterOffset = 8;
    private const int HolderOffset = 16;
    private const int HolderMax = 1000;

    private readonly SafeFileHandle _file;

    private LockFile(string path, SafeFileHandle file, bool writable)
    {
        Path = path;
        _file = file;
        Writable = writable;
    }

    public string Path { get; }

    /// <summary>False when the lock file could only be opened for reading (a read-only folder or file).</summary>
    public bool Writable { get; }

    /// <summary>The lock file next to <paramref name="databasePath"/>.</summary>
    public static string PathFor(string databasePath) => databasePath + "-lock";

    /// <summary>Opens the lock file, creating it when it can; read-only when it cannot be written.</summary>
    public static LockFile Open(string databasePath, bool writable)
    {
        var path = PathFor(databasePath);
        if (writable)
        {
            try
            {
                return new LockFile(path, NativeFile.Open(path, writable: true), writable: true);
            }
            catch (UnauthorizedAccessException) when (File.Exists(path))
            {
                // Fall through: the file is there but read-only for us; a shared lock still works.
            }
        }

        return new LockFile(path, NativeFile.Open(path, writable: false), writable: false);
    }

    public bool TryLock(bool exclusive) =>
        NativeFile.TryLock(_file, exclusive ? NativeFile.LockExclusive : NativeFile.LockShared);

    public void Unlock() => NativeFile.TryLock(_file, NativeFile.Unlock);

    /// <summary>How many units of work have begun on the depot file (0 for a new lock file).</summary>
    public long ReadCounter()
    {
        Span<byte> header = stackalloc byte[HolderOffset];
        var read = RandomAccess.Read(_file, header, 0);
        return read == HolderOffset && header[..8].SequenceEqual(Magic)
            ? BinaryPrimitives.ReadInt64LittleEndian(header[CounterOffset..])
            : 0;
    }

    /// <summary>Records that a unit of work begins (under the exclusive lock) and who runs it.</summary>
    public void WriteCounterAndHolder(long counter)
    {
        var holder = Encoding.UTF8.GetBytes(Holder);
        var length = Math.Min(holder.Length, HolderMax);
        var bytes = new byte[HolderOffset + 2 + length];
        Magic.CopyTo(bytes, 0);
        BinaryPrimitives.WriteInt64LittleEndian(bytes.AsSpan(CounterOffset), counter);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(HolderOffset), (ushort)length);
        holder.AsSpan(0, length).CopyTo(bytes.AsSpan(HolderOffset + 2));
        RandomAccess.Write(_file, bytes, 0);
    }

    /// <summary>Records who holds the lock now (a reader under the shared lock); the counter is left as it is.</summary>
    public void WriteHolder()
    {
        if (!Writable)
        {
            return;
        }

        var holder = Encoding.UTF8.GetBytes(Holder);
        var length = Math.Min(holder.Length, HolderMax);
        var bytes = new byte[2 + length];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)length);
        holder.AsSpan(0, length).CopyTo(bytes.AsSpan(2));
        if (RandomAccess.GetLength(_file) < HolderOffset)
        {
            WriteCounterAndHolder(0);
            return;
        }

        RandomAccess.Write(_file, bytes, HolderOffset);
    }

    /// <summary>The last process that took the lock, as "pid command", or null when none is recorded.</summary>
    public (int Pid, string Command)? ReadHolder()
    {
        var bytes = new byte[HolderOffset + 2 + HolderMax];
        var read = RandomAccess.Read(_file, bytes, 0);
        if (read < HolderOffset + 2 || !bytes.AsSpan(0, 8).SequenceEqual(Magic))
        {
            return null;
        }

        var length = Math.Min(BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(HolderOffset)), read - HolderOffset - 2);
        var text = Encoding.UTF8.GetString(bytes, HolderOffset + 2, length);
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && int.TryParse(text[..space], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
            ? (pid, text[(space + 1)..])
            : null;
    }

    public void Dispose() => _file.Dispose();

    /// <summary>This process as the lock file records it: "pid depot verb arguments".</summary>
    private static readonly string Holder = Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + " " + CommandLine();

    private static string CommandLine()
    {
        var args = Environment.GetCommandLineArgs();
        if (args.Length == 0)
        {
            return "unknown";
        }

        var program = System.IO.Path.GetFileNameWithoutExtension(args[0]);
        return string.Join(' ', new[] { program }.Concat(args.Skip(1)));
    }
}
