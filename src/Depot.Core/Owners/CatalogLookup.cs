using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Owners;

/// <summary>
/// Owners and models by id for one read: rows point to them by id, and they are few, so each is
/// looked up once and kept for the rest of the call. Codes and SKUs come from <paramref name="codes"/>
/// when given (kept for the whole depot).
/// </summary>
internal sealed class CatalogLookup(IStoreSession session, CatalogCodes? codes = null)
{
    private readonly Dictionary<long, OwnerRow?> _owners = [];
    private readonly Dictionary<long, ModelRow?> _models = [];

    public OwnerRow? Owner(long? id)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (!_owners.TryGetValue(key, out var row))
        {
            row = session.Table<OwnerRow>().Get(key);
            _owners[key] = row;
        }

        return row;
    }

    public ModelRow? Model(long? id)
    {
        if (id is not { } key)
        {
            return null;
        }

        if (!_models.TryGetValue(key, out var row))
        {
            row = session.Table<ModelRow>().Get(key);
            _models[key] = row;
        }

        return row;
    }

    public string? OwnerCode(long? id) => codes is null || session is IStoreWriter ? Owner(id)?.Code : codes.OwnerCode(id, this);

    public string? ModelSku(long? id) => codes is null || session is IStoreWriter ? Model(id)?.Sku : codes.ModelSku(id, this);
}
