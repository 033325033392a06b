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
        return $"{cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}, {Environment.ProcessorCount} logical CPUs, "
            + $"{memory ?? "? memory"}, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, LiteDB {typeof(LiteDB.LiteDatabase).Assembly.GetName().Version}"
            + (Debugger.IsAttached ? " (debugger attached)" : "");
    }
}
