using System.Collections;
using System.Reflection;
using LiteDB;
using LiteDB.Engine;

namespace Depot.Storage.LiteDb;

/// <summary>
/// LiteDB 5.0.21 ties a transaction to its thread and finalizes a transaction that was never
/// ended; when its engine was dropped meanwhile, that finalizer throws ("discarded page must be
/// writable") on the finalizer thread and ends the whole process. Before the store drops an engine
/// it lets go of the transactions still open in it: nothing of them was committed, and the engine
/// they belong to is closed with them.
/// </summary>
internal static class LiteDbAbandonedTransactions
{
    private static readonly FieldInfo? Engine = typeof(LiteDatabase).GetField("_engine", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly FieldInfo? Monitor = typeof(LiteEngine).GetField("_monitor", BindingFlags.Instance | BindingFlags.NonPublic);

    private static readonly FieldInfo? Transactions = Monitor?.FieldType.GetField("_transactions", BindingFlags.Instance | BindingFlags.NonPublic);

    public static void Release(LiteDatabase database)
    {
        if (Engine?.GetValue(database) is not LiteEngine engine || Monitor?.GetValue(engine) is not { } monitor
            || Transactions?.GetValue(monitor) is not IDictionary open)
        {
            return;
        }

        lock (open)
        {
            foreach (var transaction in open.Values)
            {
                if (transaction is not null)
                {
                    GC.SuppressFinalize(transaction);
                }
            }
        }
    }
}
