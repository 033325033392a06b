using System.Diagnostics;
using System.Globalization;

namespace Depot.Bench;

/// <summary>
/// A private tmux server for starting programs in panes of a fixed size and reading their screens.
/// A session that lives as long as the server keeps it up between runs; it is killed on dispose.
/// </summary>
public sealed class TmuxServer : IDisposable
{
    private readonly string _socket = string.Create(CultureInfo.InvariantCulture, $"depot-bench-ui-{Environment.ProcessId}");
    private int _sessions;

    public TmuxServer()
    {
        Run("new-session", "-d", "-s", "keep", "sleep 3600");
    }

    public static bool Available => File.Exists("/usr/bin/tmux") || File.Exists("/usr/local/bin/tmux");

    /// <summary>Starts <paramref name="command"/> in a new 120x40 session; returns the session's name.</summary>
    public string Start(string command, string? environment = null)
    {
        var session = string.Create(CultureInfo.InvariantCulture, $"s{++_sessions}");
        var args = new List<string> { "new-session", "-d", "-x", "120", "-y", "40", "-s", session };
        if (environment is not null)
        {
            args.AddRange(["-e", environment]);
        }

        args.Add(command);
        Run([.. args]);
        return session;
    }

    public string Screen(string session) => Run("capture-pane", "-p", "-t", session);

    /// <summary>
    /// Milliseconds until <paramref name="text"/> shows in the pane, polling as fast as tmux answers,
    /// or every <paramref name="pollMs"/> ms. Each look is a tmux process of its own: polling without
    /// a pause keeps one of the two cores busy, which a program that starts on two cores feels.
    /// </summary>
    public double WaitFor(string session, string text, Stopwatch clock, double timeoutSeconds = 60, int pollMs = 1)
    {
        while (clock.Elapsed.TotalSeconds < timeoutSeconds)
        {
            if (Screen(session).Contains(text, StringComparison.Ordinal))
            {
                return clock.Elapsed.TotalMilliseconds;
            }

            Thread.Sleep(pollMs);
        }

        throw new TimeoutException($"\"{text}\" did not show within {timeoutSeconds} s:\n{Screen(session)}");
    }

    /// <summary>Types each text and presses Enter after it, all in one tmux call: a scanner's burst.</summary>
    public void Scan(string session, IEnumerable<string> scans)
    {
        var args = new List<string>();
        foreach (var scan in scans)
        {
            args.AddRange(["send-keys", "-t", session, "-l", scan, ";", "send-keys", "-t", session, "Enter", ";"]);
        }

        Run([.. args.Take(args.Count - 1)]);
    }

    public void Keys(string session, params string[] keys) => Run(["send-keys", "-t", session, .. keys]);

    public int Pid(string session) => int.Parse(Run("display-message", "-p", "-t", session, "#{pane_pid}").Trim(), CultureInfo.InvariantCulture);

    public void Kill(string session) => Run("kill-session", "-t", session);

    public void Dispose() => Run("kill-server");

    private string Run(params string[] args)
    {
        // Output is read only when asked for: a server started by new-session would keep a redirected pipe open.
        var read = args[0] is "capture-pane" or "display-message";
        var start = new ProcessStartInfo(read ? "tmux" : "sh") { RedirectStandardOutput = read, UseShellExecute = false };
        if (!read)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add("exec tmux \"$@\" </dev/null >/dev/null 2>&1");
            start.ArgumentList.Add("tmux");
        }

        start.ArgumentList.Add("-L");
        start.ArgumentList.Add(_socket);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = read ? process.StandardOutput.ReadToEnd() : "";
        process.WaitForExit();
        return output;
    }
}
