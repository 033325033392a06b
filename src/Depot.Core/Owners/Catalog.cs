using System.Globalization;
using Depot.Core.Billing;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

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

        if (FindOwner(code) is { } existing)
        {
            throw new RefusedException($"owner {existing.Code} already exists ({existing.Name})");
        }

        context.Write(t => context.Connection
            .Command("INSERT INTO owners (code, name, fleet, target_percent, policy) VALUES ($code, $name, $fleet, $pct, $policy)", t)
            .With("$code", code).With("$name", name.Trim()).With("$fleet", fleet)
            .With("$pct", targetPercent.ToString(CultureInfo.InvariantCulture))
            .With("$policy", policy.ToString().ToLowerInvariant())
            .ExecuteNonQuery());
        return FindOwner(code)!;
    }

    public Owner? FindOwner(string code)
    {
        using var command = context.Connection.Command(OwnerSelect + " WHERE code = $code", context.CurrentTransaction).With("$code", code.Trim());
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadOwner(reader) : null;
    }

    /// <summary>The owner with <paramref name="code"/>, or a refusal that lists the known codes.</summary>
    public Owner RequireOwner(string code) => FindOwner(code)
        ?? throw new RefusedException($"no owner with code \"{code}\" (known: {string.Join(", ", ListOwners().Select(o => o.Code))})");

    public IReadOnlyList<Owner> ListOwners()
    {
        using var command = context.Connection.Command(OwnerSelect + " ORDER BY code", context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var owners = new List<Owner>();
        while (reader.Read())
        {
            owners.Add(ReadOwner(reader));
        }

        return owners;
    }

    public DeviceModel AddModel(string sku, string name, Money retailPrice)
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

        if (FindModel(sku) is { } existing)
        {
            throw new RefusedException($"model {existing.Sku} already exists ({existing.Name})");
        }

        context.Write(t => context.Connection
            .Command("INSERT INTO models (sku, name, retail_price, currency) VALUES ($sku, $name, $price, $currency)", t)
            .With("$sku", sku).With("$name", name.Trim())
            .With("$price", retailPrice.Amount.ToString(CultureInfo.InvariantCulture))
            .With("$currency", retailPrice.Currency)
            .ExecuteNonQuery());
        return FindModel(sku)!;
    }

    public DeviceModel? FindModel(string sku)
    {
        using var command = context.Connection.Command(ModelSelect + " WHERE sku = $sku", context.CurrentTransaction).With("$sku", sku.Trim());
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadModel(reader) : null;
    }

    /// <summary>The model with <paramref name="sku"/>, or a refusal.</summary>
    public DeviceModel RequireModel(string sku) => FindModel(sku)
        ?? throw new RefusedException($"no model with SKU \"{sku}\" (add it with: depot model add)");

    public IReadOnlyList<DeviceModel> ListModels()
    {
        using var command = context.Connection.Command(ModelSelect + " ORDER BY sku", context.CurrentTransaction);
        using var reader = command.ExecuteReader();
        var models = new List<DeviceModel>();
        while (reader.Read())
        {
            models.Add(ReadModel(reader));
        }

        return models;
    }

    private const string OwnerSelect = "SELECT id, code, name, fleet, target_percent, policy FROM owners";
    private const string ModelSelect = "SELECT id, sku, name, retail_price, currency FROM models";

    private static Owner ReadOwner(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3),
        decimal.Parse(r.GetString(4), CultureInfo.InvariantCulture),
        r.GetString(5) == "user" ? OwnerPolicy.User : OwnerPolicy.Pool);

    private static DeviceModel ReadModel(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2),
        new Money(decimal.Parse(r.GetString(3), CultureInfo.InvariantCulture), r.GetString(4)));
}
