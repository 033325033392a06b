namespace Depot.Tui.Ui.Terminal;

/// <summary>
/// The real terminal. Entering switches to the alternate screen, hides the cursor and takes Ctrl+C
/// as a key; disposing puts all of it back, whatever happened in between.
/// </summary>
internal sealed class ConsoleTerminal : ITerminal, IDisposable
{
    private const string AlternateScreenOn = "\u001b[?1049h";
    private const string AlternateScreenOff = "\u001b[?1049l";
    private const string CursorHide = "\u001b[?25l";
    private const string CursorShow = "\u001b[?25h";

    private readonly Stream _out = Console.OpenStandardOutput();
    private readonly bool _treatedControlC;

    public ConsoleTerminal()
    {
        _treatedControlC = Console.TreatControlCAsInput;
        Console.TreatControlCAsInput = true;
        Write(AlternateScreenOn + CursorHide);
    }

    public (int Width, int Height) Size
    {
        get
        {
            try
            {
                return (Math.Max(20, Console.WindowWidth), Math.Max(8, Console.WindowHeight));
            }
            catch (IOException)
            {
                return (80, 24);
            }
        }
    }

    public bool Color => string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public void Write(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        _out.Write(bytes);
        _out.Flush();
    }

    public void Dispose()
    {
        Write("\u001b[0m" + CursorShow + AlternateScreenOff);
        Console.TreatControlCAsInput = _treatedControlC;
    }
}
