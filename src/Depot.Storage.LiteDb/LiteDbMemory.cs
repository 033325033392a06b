using System.Reflection;
using LiteDB.Engine;

namespace Depot.Storage.LiteDb;

/// <summary>
/// Bounds how much memory LiteDB 5.0.21 keeps for open transactions. It has no setting for its
/// cache: a page stays in memory while a transaction holds it, and one transaction may hold up to
/// 100,000 pages (800 MB; the compiled-in MAX_TRANSACTION_SIZE) before LiteDB writes its dirty pages
/// to the log and lets them go, which is how a big import reached half a gigabyte (#2813). The
/// budget lives in the engine's transaction monitor; the store lowers it when it opens the engine.
/// </summary>
internal static class LiteDbMemory
{
    /// <summary>Pages all open transactions may hold together (8 KB each): 96 MB.</summary>
    public const int TransactionPages = 12_000;

    private static readonly FieldInfo? Monitor = typeof(LiteEngine).GetField("_monitor", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly FieldInfo? FreePages = Monitor?.FieldType.GetField("_freePages", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>Whether this LiteDB build has the budget where 5.0.21 keeps it (a test fails loudly if an upgrade moves it).</summary>
    public static bool CanBound => Monitor is not null && FreePages?.FieldType == typeof(int);

    /// <summary>Lowers the budget of a freshly opened engine (no transaction open yet); false when it cannot.</summary>
    public static bool Bound(LiteEngine engine)
    {
        if (!CanBound || Monitor!.GetValue(engine) is not { } monitor)
        {
            return false;
        }

        FreePages!.SetValue(monitor, TransactionPages);
        return true;
    }

    /// <summary>The budget left now (tests).</summary>
    public static int? FreeTransactionPages(LiteEngine engine) =>
        CanBound && Monitor!.GetValue(engine) is { } monitor ? (int?)FreePages!.GetValue(monitor) : null;
}
