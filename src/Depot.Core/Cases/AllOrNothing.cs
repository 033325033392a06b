namespace Depot.Core.Cases;

/// <summary>Runs several service calls as one change: all of them are saved, or none.</summary>
internal static class AllOrNothing
{
    public static T Run<T>(DepotContext context, Func<T> work)
    {
        if (context.CurrentTransaction is not null)
        {
            // Already inside a batch or a write: the caller's transaction decides.
            return work();
        }

        using var batch = context.BeginBatch();
        var result = work();
        batch.Commit();
        return result;
    }
}
