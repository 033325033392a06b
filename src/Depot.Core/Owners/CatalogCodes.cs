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

    public string? OwnerCode(long? id, CatalogLookup lookup) => Kept(_owners, id, key => lookup.Owner(key)?.Code);

    public string? ModelSku(long? id, CatalogLookup lookup) => Kept(_models, id, key => lookup.Model(key)?.Sku);

    private static string? Kept(ConcurrentDictionary<long, string> kept, long? id, Func<long, string?> read)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (kept.TryGetValue(key, out var code))
        {
            return code;
        }

        code = read(key);
        if (code is not null)
        {
            kept.TryAdd(key, code);
        }

        return code;
    }
}
