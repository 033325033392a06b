namespace Depot.Storage.Postgres;

/// <summary>
/// The store contract is synchronous; the engine talks to the server with Npgsql's async API and
/// waits here. Every await inside uses ConfigureAwait(false), so a UI thread's synchronisation
/// context is never needed to finish.
/// </summary>
internal static class Blocking
{
    public static T Wait<T>(ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    public static void Wait(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return;
        }

        task.AsTask().GetAwaiter().GetResult();
    }
}
