using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Depot.Storage.LiteDb;

/// <summary>
/// The C library calls behind the side lock file. The file is opened with <c>open</c> rather than
/// through .NET because .NET takes a shared <c>flock</c> of its own on every file it opens, which
/// would stop any other process from ever taking the exclusive lock.
/// </summary>
internal static partial class NativeFile
{
    public const int LockShared = 1;
    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int Unlock = 8;

    /// <summary>Opens (creating when missing) <paramref name="path"/> for reading and writing, or for reading only.</summary>
    public static SafeFileHandle Open(string path, bool writable)
    {
        var flags = writable ? ReadWrite | Create : ReadOnly;
        var descriptor = open(path, flags | CloseOnExec, Convert.ToInt32("664", 8));
        if (descriptor < 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            throw errno switch
            {
                13 or 1 or 30 => new UnauthorizedAccessException($"Access to the path '{path}' is denied."),
                2 => new DirectoryNotFoundException($"Could not find a part of the path '{path}'."),
                _ => new IOException($"cannot open {path} (error {errno})", errno),
            };
        }

        return new SafeFileHandle(descriptor, ownsHandle: true);
    }

    /// <summary>Tries to take (or change, or drop) the advisory lock without waiting; false when another process holds it.</summary>
    public static bool TryLock(SafeFileHandle file, int operation)
    {
        var added = false;
        file.DangerousAddRef(ref added);
        try
        {
            while (true)
            {
                if (flock((int)file.DangerousGetHandle(), operation | LockNonBlocking) == 0)
                {
                    return true;
                }

                var errno = Marshal.GetLastPInvokeError();
                if (errno == WouldBlock)
                {
                    return false;
                }

                if (errno != Interrupted)
                {
                    throw new IOException($"cannot lock the depot's lock file (error {errno})", errno);
                }
            }
        }
        finally
        {
            if (added)
            {
                file.DangerousRelease();
            }
        }
    }

    private static int ReadOnly => 0;

    private static int ReadWrite => 2;

    private static int Create => OperatingSystem.IsMacOS() ? 0x200 : 0x40;

    private static int CloseOnExec => OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;

    private static int WouldBlock => OperatingSystem.IsMacOS() ? 35 : 11;

    private const int Interrupted = 4;

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "flock", SetLastError = true)]
    private static partial int flock(int descriptor, int operation);
}
