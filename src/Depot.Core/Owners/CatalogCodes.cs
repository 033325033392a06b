using System.Collections.Concurrent;

namespace Depot.Core.Owners;

/// <summary>
/// The code of each owner and the SKU of each model by id, for as long as the depot is open: a
/// committed owner or model keeps its id and its code for ever (neither is changed nor deleted),
/// so finding a unit need not look them up again (a round trip each on a server). Only what a
/// read session saw is kept; a unit of work may still roll its rows back.
/// </summary>
internal sealed class CatalogCodes
{
    private readonly ConcurrentDictionary<long, string> _owners = new();
    private readonly ConcurrentDictionary<long, string> _models = new();

    public string? OwnerCode(long? id, CatalogLookup lookup) => Kept(_owners, id, () => lookup.AllOwners().Select(o => (o.Id, o.Code)));

    public string? ModelSku(long? id, CatalogLookup lookup) => Kept(_models, id, () => lookup.AllModels().Select(m => (m.Id, m.Sku)));

    // On a miss the whole table is read: owners and models are a few hundred rows, read in one
    // look-up instead of one per id.
    private static string? Kept(ConcurrentDictionary<long, string> kept, long? id, Func<IEnumerable<(long Id, string Code)>> readAll)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (kept.TryGetValue(key, out var code))
        {
            return code;
        }

        foreach (var (rowId, rowCode) in readAll())
        {
            kept.TryAdd(rowId, rowCode);
        }

        return kept.GetValueOrDefault(key);
    }
}
