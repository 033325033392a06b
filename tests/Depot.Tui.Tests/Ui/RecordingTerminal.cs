using Depot.Tui.Ui.Terminal;

namespace Depot.Tui.Tests.Ui;

/// <summary>A terminal that keeps what was written to it.</summary>
internal sealed class RecordingTerminal(int width, int height) : ITerminal
{
    public (int Width, int Height) Size { get; set; } = (width, height);

    public bool Color => false;

    public List<string> Writes { get; } = [];

    public void Write(string text) => Writes.Add(text);
}
