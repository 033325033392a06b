using Depot.Core;
using Depot.Tui.Ui.Shell;
using Depot.Tui.Ui.Widgets;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;

namespace Depot.Tui.Tests.Ui;

/// <summary>
/// The UI without a terminal: Terminal.Gui's ANSI driver at a fixed size, keys injected one by one
/// (each a second apart, as a person types) or as a scanner's burst, the screen read back as text.
/// </summary>
internal sealed class UiSession : IDisposable
{
    private readonly IApplication _app;
    private TimeSpan _now = TimeSpan.FromHours(1);

    public UiSession(DepotContext depot, Func<Bench, Screen> first, int width = 80, int height = 24, Look? look = null)
    {
        _app = Application.Create();
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Bench = new Bench(depot, look ?? Look.Colour);
        Shell = new DepotShell(Bench, () => _now);
        BenchApp.Wire(_app, Shell);
        _app.Begin(Shell);
        Shell.Start(first(Bench));
        Settle();
    }

    public Bench Bench { get; }

    public DepotShell Shell { get; }

    public Screen Top => Shell.Top;

    public string? Message => Shell.Message;

    public bool MessageIsRefusal => Shell.MessageTone == Tone.Bad;

    public IKeyed? Dialog => Shell.OpenDialog;

    public T TopAs<T>()
        where T : Screen => Assert.IsType<T>(Shell.Top);

    /// <summary>Keys pressed by hand: each a second after the last, so a key held back for a scan acts.</summary>
    public UiSession Press(params Key[] keys)
    {
        foreach (var key in keys)
        {
            _now += TimeSpan.FromSeconds(1);
            _app.InjectKey(key);
            Settle();
        }

        return this;
    }

    public UiSession Press(params IEnumerable<Key>[] keys) => Press(keys.SelectMany(k => k).ToArray());

    public UiSession Type(string text) => Press(Keys.Text(text).ToArray());

    /// <summary>A scanner's burst: the characters milliseconds apart, then Enter.</summary>
    public UiSession Scan(string text)
    {
        foreach (var c in text)
        {
            _now += TimeSpan.FromMilliseconds(3);
            _app.InjectKey(new Key(c));
        }

        _now += TimeSpan.FromMilliseconds(3);
        _app.InjectKey(Key.Enter);
        Settle();
        return this;
    }

    public UiSession Paste(string text)
    {
        _app.RaisePasteEvent(text);
        Settle();
        return this;
    }

    public UiSession Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Settle();
        return this;
    }

    /// <summary>The screen as text, one line per row.</summary>
    public string Screen()
    {
        _app.LayoutAndDraw(forceRedraw: true);
        return _app.Driver!.ToString() ?? "";
    }

    public string[] Rows() => Screen().Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n');

    /// <summary>The screen as the escape sequences a terminal would get.</summary>
    public string Ansi()
    {
        _app.LayoutAndDraw(forceRedraw: true);
        return _app.Driver!.ToAnsi();
    }

    public void Dispose()
    {
        Shell.Dispose();
        _app.Dispose();
    }

    private void Settle()
    {
        _now += TimeSpan.FromSeconds(1);
        Shell.Settle();
        _app.LayoutAndDraw();
    }
}
