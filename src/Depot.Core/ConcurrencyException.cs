using Depot.Core.Lifecycle;

namespace Depot.Core;

/// <summary>
/// Another bench changed the same unit between reading and writing it: code
/// <see cref="RefusalCode.ChangedBySomeoneElse"/>. Nothing was saved; the caller looks again and retries.
/// </summary>
public sealed class ConcurrencyException : RefusedException
{
    /// <summary>The unit changed meanwhile and is now in <paramref name="now"/>.</summary>
    public ConcurrencyException(string unit, UnitState now)
        : base(RefusalCode.ChangedBySomeoneElse, new Dictionary<string, string> { [RefusalKeys.Unit] = unit, [RefusalKeys.State] = now.ToString() })
    {
    }

    /// <summary>The unit changed meanwhile; <paramref name="message"/> says so in the caller's words.</summary>
    public ConcurrencyException(string message)
        : base(RefusalCode.ChangedBySomeoneElse, message, new Dictionary<string, string>())
    {
    }
}
