using System.Diagnostics;
using Depot.Core.Integrity;
using Depot.Core.Storage;

namespace Depot.Tui.Tests.Durability;

/// <summary>
/// A database the program cannot write: a read-only file, a folder that is not there. The user
/// reads one clear sentence on stderr, the exit code is 1, and the file is as it was.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StorageFailureTests
{
    [Fact]
    public void A_read_only_database_file_is_refused_with_a_clear_message_and_left_intact()
    {
        using var depot = DurabilityDepot.Generate(units: 300);
        var scan = depot.Receivable(1).Single();
        var before = File.ReadAllBytes(depot.StorePath);
        File.SetUnixFileMode(depot.StorePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var immutable = Environment.UserName == "root" && SetImmutable(depot.StorePath, true);
        try
        {
            var (exit, output, error) = DepotProcess.Run(null, "--db", depot.Path, "receive", scan);

            Assert.Equal(1, exit);
            Assert.Equal("", output);
            Assert.StartsWith("depot: ", error);
            Assert.Contains("read-only", error, StringComparison.Ordinal);
            Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            if (immutable)
            {
                SetImmutable(depot.StorePath, false);
            }

            File.SetUnixFileMode(depot.StorePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        Assert.Equal(before, File.ReadAllBytes(depot.StorePath));
        using var context = depot.Open();
        Assert.Empty(new IntegrityCheck(context).Run());
    }

    [Fact]
    public void A_missing_directory_is_refused_with_a_clear_message_and_nothing_created()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"depot-missing-{Guid.NewGuid():N}");
        var path = Path.Combine(folder, "depot.db");

        var (exit, output, error) = DepotProcess.Run(null, "--db", path, "receive", "356938035643809");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"depot: cannot open the database {path}: the directory {folder} does not exist", error.TrimEnd());
        Assert.False(Directory.Exists(folder));
    }

    // Root ignores file permissions; the immutable attribute makes the file read-only even for root.
    private static bool SetImmutable(string path, bool on)
    {
        try
        {
            using var chattr = Process.Start(new ProcessStartInfo("chattr", [on ? "+i" : "-i", path]) { RedirectStandardError = true });
            return chattr is not null && chattr.WaitForExit(10_000) && chattr.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
