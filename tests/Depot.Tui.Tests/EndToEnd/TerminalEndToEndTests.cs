using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Depot.Tui.Tests.EndToEnd;

/// <summary>The real <c>depot</c> under tmux leaves the terminal as it found it, and honours NO_COLOR.</summary>
public sealed partial class TerminalEndToEndTests : IDisposable
{
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"depot-e2e-{Guid.NewGuid():N}.db");

    private string[] Db => ["--db", _db, "--operator", "e2e"];

    [TmuxFact]
    public void Ctrl_C_quits_and_leaves_no_alternate_screen_mouse_tracking_or_keypad_mode()
    {
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        using var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 80, 24);
        tmux.WaitFor("Units by state");
        Assert.Equal("1", tmux.Modes().AlternateScreen);
        tmux.Key("F2");
        tmux.WaitFor("Scan:");
        tmux.Type("3569");
        tmux.Key("C-c");
        Assert.True(tmux.WaitForExit(), "depot did not exit on Ctrl+C");
        Assert.Equal(("0", "0", "0"), tmux.Modes());
    }

    [TmuxFact]
    public void A_depot_held_by_another_program_shows_why_the_bench_waits_then_the_refusal_with_the_terminal_restored()
    {
        DepotProcess.Must([.. Db, "init"]);
        using var holder = HoldLock(seconds: 30);
        using var tmux = Tmux.Start(DepotProcess.CommandLine(Db) + "; echo EXIT=$?; sleep 60", 80, 24);
        tmux.WaitFor("Opening the depot");
        Assert.Contains(_db, tmux.Screen().Replace("\n", ""));
        Assert.Equal("1", tmux.Modes().AlternateScreen);
        var after = tmux.WaitFor("EXIT=", seconds: 25);
        Assert.Contains("is in use by process", after.Replace("\n", ""));
        Assert.Contains("EXIT=1", after);
        Assert.Equal(("0", "0", "0"), tmux.Modes());
    }

    [TmuxFact]
    public void Esc_while_the_depot_is_still_opening_leaves_without_opening_it()
    {
        DepotProcess.Must([.. Db, "init"]);
        using var holder = HoldLock(seconds: 30);
        using var tmux = Tmux.Start(DepotProcess.CommandLine(Db) + "; echo EXIT=$?; sleep 60", 80, 24);
        tmux.WaitFor("Opening the depot");
        tmux.Key("Escape");
        Assert.Contains("EXIT=0", tmux.WaitFor("EXIT="));
        Assert.Equal(("0", "0", "0"), tmux.Modes());
    }

    [TmuxFact]
    public void SIGTERM_from_outside_stops_the_ui_and_restores_the_terminal()
    {
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        using var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 80, 24);
        tmux.WaitFor("Units by state");
        using (var depot = Process.GetProcessById(tmux.ProgramPid("depot.dll")))
        {
            Assert.Equal(0, Kill(depot.Id, "TERM"));
        }

        Assert.True(tmux.WaitForExit(), "depot did not exit on SIGTERM");
        Assert.Equal(("0", "0", "0"), tmux.Modes());
    }

    [TmuxFact]
    public void Closing_the_terminal_ends_the_ui_instead_of_leaving_it_running()
    {
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        var tmux = Tmux.Start(DepotProcess.CommandLine(Db), 80, 24);
        Process depot;
        try
        {
            tmux.WaitFor("Units by state");
            depot = Process.GetProcessById(tmux.ProgramPid("depot.dll"));
        }
        finally
        {
            // The terminal goes away under the program: its pane closes and it gets SIGHUP.
            tmux.Dispose();
        }

        using (depot)
        {
            var ended = depot.WaitForExit(TimeSpan.FromSeconds(10));
            if (!ended)
            {
                depot.Kill();
            }

            Assert.True(ended, "depot kept running after its terminal was closed");
        }
    }

    [TmuxFact]
    public void With_NO_COLOR_no_colour_is_written()
    {
        DepotProcess.Must([.. Db, "init"]);
        DepotProcess.Must([.. Db, "owner", "add", "ACME", "--name", "Acme AB", "--fleet", "100"]);
        using var tmux = Tmux.Start("env NO_COLOR=1 " + DepotProcess.CommandLine(Db), 80, 24);
        tmux.WaitFor("Units by state");
        tmux.Key("F5");
        tmux.WaitFor("ACME");
        var screen = tmux.ScreenWithAttributes();
        Assert.DoesNotMatch(ColourCode(), screen);
        Assert.Matches(ReverseCode(), screen);
        tmux.Key("C-c");
        Assert.True(tmux.WaitForExit());
    }

    // A code that sets a foreground or background colour (39 and 49, the terminal's own colours, are not).
    [GeneratedRegex(@"\u001b\[(?:[0-9]+;)*(?:3[0-8]|4[0-8]|9[0-7]|10[0-7])(?:;[0-9]+)*m")]
    private static partial Regex ColourCode();

    [GeneratedRegex(@"\u001b\[(?:[0-9]+;)*7(?:;[0-9]+)*m")]
    private static partial Regex ReverseCode();

    private static int Kill(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-" + signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]) { UseShellExecute = false })!;
        kill.WaitForExit();
        return kill.ExitCode;
    }

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path.GetDirectoryName(_db)!, Path.GetFileNameWithoutExtension(_db) + "*"))
        {
            File.Delete(file);
        }
    }

    /// <summary>Another program holding the depot's lock file (as a long import would) until disposed, at most <paramref name="seconds"/>.</summary>
    private LockHolder HoldLock(int seconds)
    {
        var holder = Process.Start(new ProcessStartInfo("flock", ["-x", _db + "-lock", "sleep", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            ?? throw new InvalidOperationException("flock did not start");
        // flock takes a lock nobody else holds at once; give it the moment to start.
        Thread.Sleep(300);
        return new LockHolder(holder);
    }

    private sealed class LockHolder(Process process) : IDisposable
    {
        public void Dispose()
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
    }
}
