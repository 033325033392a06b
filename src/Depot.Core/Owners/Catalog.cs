using Depot.Core.Billing;
using Depot.Core.Identifiers;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Core.Owners;

/// <summary>Owners and models: the reference data every unit points to.</summary>
public sealed class Catalog(DepotContext context)
{
    public Owner AddOwner(string code, string name, int fleet, decimal targetPercent = 8m, OwnerPolicy policy = OwnerPolicy.Pool)
    {
        code = (code ?? "").Trim();
        if (code.Length is 0 or > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new RefusedException($"an owner code has 1 to 20 letters, digits, '-' or '_', got \"{code}\"");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RefusedException("an owner needs a name");
        }

        if (fleet < 0)
        {
            throw new RefusedException($"the fleet size cannot be negative, got {fleet}");
        }

        if (targetPercent is <= 0 or > 100)
        {
            throw new RefusedException($"the target percent is between 0 and 100, got {targetPercent}");
        }

        var row = new OwnerRow
        {
            Code = code,
            Name = name.Trim(),
            Fleet = fleet,
            TargetPercent = targetPercent,
            Policy = policy == OwnerPolicy.User ? "user" : "pool",
        };
        return context.Write(w =>
        {
            var owners = w.Table<OwnerRow>();
            if (owners.FindOne(OwnerRow.ByCode, row.CodeKey) is { } existing)
            {
                throw new RefusedException($"owner {existing.Code} already exists ({existing.Name})");
            }

            row.Id = 0;
            owners.Insert(row);
            return CatalogRows.ToOwner(row);
        });
    }

    public Owner? FindOwner(string code) =>
        context.Read(s => s.Table<OwnerRow>().FindOne(OwnerRow.ByCode, CatalogRows.Key(code)) is { } row ? CatalogRows.ToOwner(row) : null);

    /// <summary>The owner with <paramref name="code"/>, or a refusal that lists the known codes.</summary>
    public Owner RequireOwner(string code) => FindOwner(code)
        ?? throw new RefusedException($"no owner with code \"{code}\" (known: {string.Join(", ", ListOwners().Select(o => o.Code))})");

    /// <summary>Every owner, by code.</summary>
    public IReadOnlyList<Owner> ListOwners() =>
        context.Read(s => s.Table<OwnerRow>().Range(OwnerRow.ByCode, null, null).Select(CatalogRows.ToOwner).ToList());

    /// <summary>
    /// Adds a model; with <paramref name="serialPattern"/> it declares the pattern its serial numbers
    /// match (refused, with why, when it is no regular expression).
    /// </summary>
    public DeviceModel AddModel(string sku, string name, Money retailPrice, string? serialPattern = null)
    {
        sku = (sku ?? "").Trim();
        if (sku.Length is 0 or > 40)
        {
            throw new RefusedException($"a model SKU has 1 to 40 characters, got \"{sku}\"");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RefusedException("a model needs a name");
        }

        if (retailPrice.Amount < 0)
        {
            throw new RefusedException("a retail price cannot be negative");
        }

        var row = new ModelRow
        {
            Sku = sku,
            Name = name.Trim(),
            RetailPrice = retailPrice.Amount,
            Currency = retailPrice.Currency,
            SerialPattern = serialPattern is null ? null : RequirePattern(sku, serialPattern),
        };
        return context.Write(w =>
        {
            var models = w.Table<ModelRow>();
            if (models.FindOne(ModelRow.BySku, row.SkuKey) is { } existing)
            {
                throw new RefusedException($"model {existing.Sku} already exists ({existing.Name})");
            }

            row.Id = 0;
            models.Insert(row);
            return CatalogRows.ToModel(row);
        });
    }

    public DeviceModel? FindModel(string sku) =>
        context.Read(s => s.Table<ModelRow>().FindOne(ModelRow.BySku, CatalogRows.Key(sku)) is { } row ? CatalogRows.ToModel(row) : null);

    /// <summary>The model with <paramref name="sku"/>, or a refusal.</summary>
    public DeviceModel RequireModel(string sku) => FindModel(sku)
        ?? throw new RefusedException($"no model with SKU \"{sku}\" (add it with: depot model add)");

    /// <summary>
    /// Declares the pattern the serial numbers of model <paramref name="sku"/> match, or with null
    /// clears it (the default shape applies again). Units the depot already holds keep their serial
    /// numbers, and are still found by them.
    /// </summary>
    public DeviceModel SetSerialPattern(string sku, string? serialPattern)
    {
        var known = RequireModel(sku);
        var pattern = serialPattern is null ? null : RequirePattern(known.Sku, serialPattern);
        return context.Write(w =>
        {
            var models = w.Table<ModelRow>();
            var row = models.Get(known.Id) ?? throw new RefusedException($"model {known.Sku} is no longer in the depot");
            row.SerialPattern = pattern;
            models.Update(row);
            return CatalogRows.ToModel(row);
        });
    }

    /// <summary>The models that declare a serial pattern, by SKU.</summary>
    public IReadOnlyList<DeviceModel> ModelsWithSerialPattern() => ListModels().Where(m => m.SerialPattern is not null).ToList();

    /// <summary>Every model, by SKU.</summary>
    public IReadOnlyList<DeviceModel> ListModels() =>
        context.Read(s => s.Table<ModelRow>().Range(ModelRow.BySku, null, null).Select(CatalogRows.ToModel).ToList());

    private static string RequirePattern(string sku, string pattern) =>
        SerialShape.TryDeclare(sku, pattern, out var shape, out var reason) && shape.IsDeclared
            ? shape.Pattern
            : throw new RefusedException($"serial pattern \"{pattern.Trim()}\" of model {sku}: {reason}");
}
