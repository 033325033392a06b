namespace Depot.Core.Cases;

/// <summary>Runs several service calls as one change: all of them are saved, or none.</summary>
internal static class AllOrNothing
{
    // The services' own units of work join this one (or the batch in progress, behind a savepoint).
    public static T Run<T>(DepotContext context, Func<T> work) => context.Write((Storage.IStoreWriter _) => work());
}
