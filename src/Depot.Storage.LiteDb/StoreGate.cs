using Depot.Core.Storage;

namespace Depot.Storage.LiteDb;

/// <summary>
/// Who may use one open depot file, in this process and across processes. One unit of work at a
/// time holds the file's lock exclusively; readers hold it shared, and readers in this process may
/// also read while this process's own unit of work runs (LiteDB shows them the last commit). The
/// file lock is taken when the first user arrives and dropped when the last one leaves, so an idle
/// bench never keeps another process out. Taking it calls <c>acquired</c>, which reopens the
/// engine when another process wrote meanwhile.
/// </summary>
internal sealed class StoreGate(LockFile? lockFile, TimeSpan patience, Action<bool> acquired, Func<string> inUseBy)
{
    private enum Held
    {
        None,
        Shared,
        Exclusive,
    }

    private readonly object _sync = new();
    private readonly Dictionary<int, int> _readers = [];
    private int _readerCount;
    private int _writer;
    private bool _writerHolds;
    private bool _transition;
    private bool _committing;
    private Held _held;

    /// <summary>Set after a failure: the engine is reopened before anyone uses it again.</summary>
    public bool Suspect { get; set; }

    public TimeSpan Patience => patience;

    public void EnterRead()
    {
        var me = Environment.CurrentManagedThreadId;
        var deadline = DateTime.UtcNow + patience;
        lock (_sync)
        {
            while (true)
            {
                var mine = _readers.GetValueOrDefault(me) > 0 || _writer == me;
                var open = _held == Held.Exclusive || (_held == Held.Shared && (_writer == 0 || mine));
                if (!_transition && open && (mine || (!Suspect && !_committing)))
                {
                    AddReader(me);
                    return;
                }

                if (!_transition && _held == Held.None && _writer == 0)
                {
                    Acquire(exclusive: false, deadline);
                    AddReader(me);
                    return;
                }

                WaitUntil(deadline, "read");
            }
        }
    }

    public void ExitRead()
    {
        var me = Environment.CurrentManagedThreadId;
        lock (_sync)
        {
            if (_readers.TryGetValue(me, out var count) && count > 1)
            {
                _readers[me] = count - 1;
            }
            else
            {
                _readers.Remove(me);
            }

            _readerCount--;
            ReleaseWhenIdle();
            Monitor.PulseAll(_sync);
        }
    }

    public void EnterWrite(TimeSpan? wait = null)
    {
        var me = Environment.CurrentManagedThreadId;
        var deadline = DateTime.UtcNow + (wait ?? patience);
        lock (_sync)
        {
            if (_writer == me)
            {
                throw new InvalidOperationException("a unit of work is already open on this thread; nested writes join it through DepotContext.Write");
            }

            while (_writer != 0)
            {
                WaitUntil(deadline, "write");
            }

            _writer = me;
            try
            {
                while (true)
                {
                    var onlyMine = _readerCount == _readers.GetValueOrDefault(me);
                    if (_transition)
                    {
                        WaitUntil(deadline, "write");
                    }
                    else if (_held == Held.Exclusive && !Suspect)
                    {
                        break;
                    }
                    else if (_held == Held.None)
                    {
                        Acquire(exclusive: true, deadline);
                        break;
                    }
                    else if (onlyMine)
                    {
                        // This thread's own read sessions are the only users: trade the lock for the exclusive one.
                        lockFile?.Unlock();
                        _held = Held.None;
                    }
                    else
                    {
                        WaitUntil(deadline, "write");
                    }
                }

                _writerHolds = true;
            }
            catch
            {
                _writer = 0;
                ReleaseWhenIdle();
                Monitor.PulseAll(_sync);
                throw;
            }
        }
    }

    public void ExitWrite()
    {
        lock (_sync)
        {
            _writer = 0;
            _writerHolds = false;
            _committing = false;
            ReleaseWhenIdle();
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>
    /// The unit of work commits: readers on other threads finish first and new ones wait, so no
    /// read session sees one table before the commit and another after it.
    /// </summary>
    public void EnterCommit()
    {
        var me = Environment.CurrentManagedThreadId;
        var deadline = DateTime.UtcNow + patience;
        lock (_sync)
        {
            _committing = true;
            while (_readerCount - _readers.GetValueOrDefault(me) > 0)
            {
                WaitUntil(deadline, "commit");
            }
        }
    }

    public void ExitCommit()
    {
        lock (_sync)
        {
            _committing = false;
            Monitor.PulseAll(_sync);
        }
    }

    /// <summary>Whether the calling thread holds the file exclusively (its unit of work is open).</summary>
    public bool WritingOnThisThread
    {
        get
        {
            lock (_sync)
            {
                return _writerHolds && _writer == Environment.CurrentManagedThreadId;
            }
        }
    }

    private void AddReader(int me)
    {
        _readers[me] = _readers.GetValueOrDefault(me) + 1;
        _readerCount++;
    }

    private void ReleaseWhenIdle()
    {
        if (_readerCount == 0 && !_writerHolds && _held != Held.None && !_transition)
        {
            lockFile?.Unlock();
            _held = Held.None;
        }
    }

    // Called with _sync held; lets go of it while polling the file lock so others can queue.
    private void Acquire(bool exclusive, DateTime deadline)
    {
        _transition = true;
        Monitor.Exit(_sync);
        var locked = false;
        try
        {
            locked = PollFileLock(exclusive, deadline);
            if (!locked)
            {
                throw new StorageException(StorageFailure.InUse, inUseBy());
            }

            acquired(exclusive);
        }
        catch
        {
            if (locked)
            {
                lockFile?.Unlock();
            }

            Monitor.Enter(_sync);
            _transition = false;
            Monitor.PulseAll(_sync);
            throw;
        }

        Monitor.Enter(_sync);
        _transition = false;
        _held = exclusive ? Held.Exclusive : Held.Shared;
        Monitor.PulseAll(_sync);
    }

    private bool PollFileLock(bool exclusive, DateTime deadline)
    {
        if (lockFile is null)
        {
            return true;
        }

        var pause = 1;
        while (!lockFile.TryLock(exclusive))
        {
            if (DateTime.UtcNow >= deadline)
            {
                return false;
            }

            // Short, jittered pauses: another bench's unit of work lasts a few milliseconds.
            Thread.Sleep(Random.Shared.Next(pause, pause * 2 + 1));
            pause = Math.Min(pause * 2, 8);
        }

        return true;
    }

    private void WaitUntil(DateTime deadline, string what)
    {
        var left = deadline - DateTime.UtcNow;
        if (left <= TimeSpan.Zero || !Monitor.Wait(_sync, left))
        {
            throw new StorageException(StorageFailure.InUse,
                $"{inUseBy()} (another task of this program held it for more than {patience.TotalSeconds:0} s while this one waited to {what})");
        }
    }
}
