using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Depot.Bench;

/// <summary>What the figures were measured on: CPU, cores, memory, OS, runtime, SQLite.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        string sqlite;
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:"))
        {
            connection.Open();
            sqlite = Depot.Core.Storage.SqlExtensions.Scalar(connection, "SELECT sqlite_version()") as string ?? "?";
        }

        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} logical CPUs, "
            + $"{memory ?? "? memory"}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, SQLite {sqlite}"
            + (Debugger.IsAttached ? " (debugger attached)" : "");
    }
}
