using System.Diagnostics;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>
/// A private tmux server running one program in a detached session of a fixed size: send keys,
/// read the screen, wait for text. The server is always killed on dispose.
/// </summary>
internal sealed class Tmux : IDisposable
{
    private readonly string _socket = $"depot-e2e-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40];

    private Tmux()
    {
    }

    public static bool Available => Which("tmux") is not null;

    public static Tmux Start(string command, int width, int height)
    {
        var tmux = new Tmux();
        tmux.Run("-f", "/dev/null", "new-session", "-d", "-x", width.ToString(), "-y", height.ToString(), command);
        tmux.Run("set-option", "-g", "remain-on-exit", "on");
        return tmux;
    }

    /// <summary>Types text literally.</summary>
    public void Type(string text) => Run("send-keys", "-t", "0", "-l", text);

    /// <summary>Presses named keys (Enter, Escape, F2, C-c ...).</summary>
    public void Key(params string[] keys) => Run(["send-keys", "-t", "0", .. keys]);

    /// <summary>
    /// Types several scans back to back in one tmux invocation, each ending with Enter, without
    /// waiting for the screen in between: a barcode scanner's pace.
    /// </summary>
    public void Scan(params string[] scans)
    {
        var args = new List<string>();
        foreach (var scan in scans)
        {
            args.AddRange(["send-keys", "-t", "0", "-l", scan, ";", "send-keys", "-t", "0", "Enter", ";"]);
        }

        Run([.. args.Take(args.Count - 1)]);
    }

    public string Screen() => Run("capture-pane", "-p", "-t", "0");

    /// <summary>The screen with its attributes as escape sequences (colours, bold, reverse).</summary>
    public string ScreenWithAttributes() => Run("capture-pane", "-p", "-e", "-t", "0");

    /// <summary>The pane's terminal modes: alternate screen, mouse tracking, application keypad (each "1" when on).</summary>
    public (string AlternateScreen, string Mouse, string Keypad) Modes()
    {
        var modes = Run("display-message", "-p", "-t", "0", "#{alternate_on} #{mouse_any_flag} #{keypad_flag}").Trim().Split(' ');
        return (modes[0], modes[1], modes[2]);
    }

    /// <summary>The program's process: the pane's own, or the child that runs <paramref name="marker"/>.</summary>
    public int ProgramPid(string marker)
    {
        var pane = int.Parse(Run("display-message", "-p", "-t", "0", "#{pane_pid}").Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (CommandLineOf(pane).Contains(marker, StringComparison.Ordinal))
        {
            return pane;
        }

        foreach (var dir in Directory.GetDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && ParentOf(pid) == pane && CommandLineOf(pid).Contains(marker, StringComparison.Ordinal))
            {
                return pid;
            }
        }

        throw new InvalidOperationException($"no process running {marker} in the pane");
    }

    private static string CommandLineOf(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static int ParentOf(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or FormatException or IndexOutOfRangeException)
        {
            return -1;
        }
    }

    /// <summary>Waits until <paramref name="text"/> is on the screen; fails with the screen when it does not come.</summary>
    public string WaitFor(string text, double seconds = 15)
    {
        var watch = Stopwatch.StartNew();
        string screen;
        do
        {
            screen = Screen();
            if (screen.Contains(text, StringComparison.Ordinal))
            {
                return screen;
            }

            Thread.Sleep(50);
        }
        while (watch.Elapsed.TotalSeconds < seconds);

        throw new Xunit.Sdk.XunitException($"\"{text}\" did not appear within {seconds} s. Screen:\n{screen}");
    }

    /// <summary>Waits until the program has exited (tmux keeps the dead pane).</summary>
    public bool WaitForExit(double seconds = 10)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed.TotalSeconds < seconds)
        {
            if (Run("display-message", "-p", "-t", "0", "#{pane_dead}").Trim() == "1")
            {
                return true;
            }

            Thread.Sleep(50);
        }

        return false;
    }

    public void Dispose()
    {
        try
        {
            Run("kill-server");
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private string Run(params string[] args)
    {
        var start = new ProcessStartInfo("tmux") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };

        // The headless screen tests switch Terminal.Gui's terminal off for this process; the real depot under tmux needs it on.
        start.Environment.Remove("DisableRealDriverIO");
        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tmux {string.Join(' ', args)}: {error}");
        }

        return output;
    }

    private static string? Which(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, program)).FirstOrDefault(File.Exists);
}
