using System.Runtime.InteropServices;
using Terminal.Gui.App;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// SIGINT, SIGTERM, SIGHUP and SIGQUIT from outside stop the UI through its own loop, so the
/// terminal is put back (alternate screen, mouse tracking, keypad mode) as on a normal quit.
/// </summary>
internal sealed class TerminalSignals : IDisposable
{
    private readonly List<PosixSignalRegistration> _registrations = [];

    public TerminalSignals(IApplication app, Action stop)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                // The runtime would end the process at once; the loop stops instead and cleans up.
                context.Cancel = true;
                app.Invoke(stop);

                // A loop that cannot stop (its terminal is gone: the pane was closed) must not
                // keep the process spinning; every change is already committed, so end it.
                var code = 128 + SignalNumber(context.Signal);
                _ = Task.Delay(TimeSpan.FromSeconds(3)).ContinueWith(_ => Environment.Exit(code), TaskScheduler.Default);
            }));
        }
    }

    private static int SignalNumber(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGHUP => 1,
        PosixSignal.SIGINT => 2,
        PosixSignal.SIGQUIT => 3,
        _ => 15,
    };

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
