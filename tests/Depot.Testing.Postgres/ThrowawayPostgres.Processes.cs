using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Depot.Testing.Postgres;

public sealed partial class ThrowawayPostgres
{
    /// <summary>A started server: its process, what it printed, and the event that lets its launching thread end.</summary>
    private sealed record Launched(Process Process, StringBuilder Log, ManualResetEventSlim Release);

    /// <summary>
    /// Starts the server from a thread that lives as long as the server: the parent-death signal
    /// fires when the thread that started the child ends, not only when the process does.
    /// </summary>
    private static Launched Launch(string[] command)
    {
        var log = new StringBuilder();
        var release = new ManualResetEventSlim();
        Process? process = null;
        Exception? failure = null;
        using var started = new ManualResetEventSlim();
        var thread = new Thread(() =>
        {
            try
            {
                process = Process.Start(Info(command, redirect: true))!;
                process.ErrorDataReceived += (_, e) => Append(log, e.Data);
                process.OutputDataReceived += (_, e) => Append(log, e.Data);
                process.BeginErrorReadLine();
                process.BeginOutputReadLine();
            }
            catch (Exception e)
            {
                failure = e;
            }

            started.Set();
            release.Wait();
        })
        {
            IsBackground = true,
            Name = "throwaway PostgreSQL",
        };
        thread.Start();
        started.Wait();
        return failure is null ? new Launched(process!, log, release) : throw failure;
    }

    private static void Append(StringBuilder log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (log.Length < 100_000)
            {
                log.AppendLine(line);
            }
        }
    }

    /// <summary>Runs a command to its end; throws with what it printed when it fails.</summary>
    private static void Run(params string[] command)
    {
        using var process = Process.Start(Info(command, redirect: true))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{string.Join(' ', command)} failed ({process.ExitCode}):\n{output.Result}{error}");
        }
    }

    /// <summary>What a command prints, or null when it fails.</summary>
    private static string? Capture(params string[] command)
    {
        try
        {
            using var process = Process.Start(Info(command, redirect: true))!;
            var output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static ProcessStartInfo Info(string[] command, bool redirect)
    {
        var info = new ProcessStartInfo(command[0])
        {
            RedirectStandardError = redirect,
            RedirectStandardOutput = redirect,
            UseShellExecute = false,
        };
        foreach (var argument in command.Skip(1))
        {
            info.ArgumentList.Add(argument);
        }

        // The server's user may not read the caller's home; it needs none.
        info.WorkingDirectory = Path.GetTempPath();
        info.Environment["LC_ALL"] = "C";
        return info;
    }

    /// <summary>Removes servers and folders left by runs that were killed before they could clean up.</summary>
    private static void RemoveLeftovers()
    {
        foreach (var folder in Directory.GetDirectories(Path.GetTempPath(), FolderPrefix + "*"))
        {
            var owner = ReadPid(Path.Combine(folder, "owner.pid"));
            if (owner is null || Alive(owner.Value))
            {
                continue;
            }

            if (ReadPid(Path.Combine(folder, "data", "postmaster.pid")) is { } server && Runs(server, folder))
            {
                _ = Kill(server, SigKill);
            }

            TryDelete(folder);
        }
    }

    private static int? ReadPid(string file)
    {
        try
        {
            var first = File.ReadLines(file).FirstOrDefault();
            return int.TryParse(first, NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static bool Alive(int pid) => Directory.Exists($"/proc/{pid}");

    /// <summary>Whether <paramref name="pid"/> is still the server of <paramref name="folder"/> (not a reused pid).</summary>
    private static bool Runs(int pid, string folder)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Contains(folder, StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static void RemoveInBackground(string folder)
    {
        try
        {
            Process.Start(Info(["rm", "-rf", folder], redirect: false))?.Dispose();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // The next run removes what is left.
        }
    }

    private static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
