using System.Collections.Concurrent;

namespace Depot.Tui.Ui.Input;

/// <summary>
/// Reads the terminal on a background thread into a queue, so keys a scanner types while a frame is
/// being drawn wait in order instead of being lost.
/// </summary>
internal sealed class ConsoleKeySource : IKeySource, IDisposable
{
    private readonly BlockingCollection<ConsoleKeyInfo> _queue = new(new ConcurrentQueue<ConsoleKeyInfo>());
    private readonly Thread _reader;

    public ConsoleKeySource()
    {
        _reader = new Thread(Read) { IsBackground = true, Name = "depot keys" };
        _reader.Start();
    }

    public bool TryTake(TimeSpan timeout, out ConsoleKeyInfo key) => _queue.TryTake(out key, timeout);

    public void Dispose() => _queue.CompleteAdding();

    private void Read()
    {
        try
        {
            while (!_queue.IsAddingCompleted)
            {
                var key = Console.ReadKey(intercept: true);
                if (!_queue.IsAddingCompleted)
                {
                    _queue.Add(key);
                }
            }
        }
        catch (Exception e) when (e is InvalidOperationException or IOException)
        {
            // The terminal went away or the UI is closing: nothing more to read.
        }
    }
}
