using Depot.Core.Identifiers;
using Depot.Core.Storage;

namespace Depot.Core.Coverage;

/// <summary>Registers vouchers against IMEIs, under the rule that a voucher is bought at most 4 months after the device.</summary>
public sealed class VoucherService(DepotContext context)
{
    /// <summary>How long after the device's purchase a voucher can still be registered.</summary>
    public const int MonthsAfterPurchase = 4;

    /// <summary>
    /// Links <paramref name="code"/> to <paramref name="imeiText"/>. Refused when registered more than
    /// 4 months after purchase, or when the voucher is already linked to another IMEI. Registering
    /// the same voucher to the same IMEI again changes nothing and returns false.
    /// </summary>
    public bool Register(string code, string imeiText, DateOnly purchased, DateOnly registered)
    {
        code = (code ?? "").Trim();
        if (code.Length is 0 or > 40)
        {
            throw new RefusedException($"a voucher code has 1 to 40 characters, got \"{code}\"");
        }

        if (!Imei.TryParse(imeiText, out var imei, out var reason))
        {
            throw new RefusedException($"IMEI \"{imeiText}\": {reason}");
        }

        if (registered < purchased)
        {
            throw new RefusedException($"voucher {code}: registered {registered:yyyy-MM-dd} is before the purchase {purchased:yyyy-MM-dd}");
        }

        if (registered > purchased.AddMonths(MonthsAfterPurchase))
        {
            throw new RefusedException(
                $"voucher {code}: registered {registered:yyyy-MM-dd}, more than {MonthsAfterPurchase} months after the purchase {purchased:yyyy-MM-dd} (last day {purchased.AddMonths(MonthsAfterPurchase):yyyy-MM-dd})");
        }

        if (Find(code) is { } existing)
        {
            return existing.Imei == imei.Value
                ? false
                : throw new RefusedException($"voucher {code} is already linked to IMEI {existing.Imei}");
        }

        context.Write(t => context.Connection
            .Command("INSERT INTO vouchers (code, imei, purchased, registered) VALUES ($code, $imei, $purchased, $registered)", t)
            .With("$code", code).With("$imei", imei.Value).With("$purchased", purchased.ToStored()).With("$registered", registered.ToStored())
            .ExecuteNonQuery());
        return true;
    }

    public Voucher? Find(string code)
    {
        using var command = context.Connection.Command("SELECT code, imei, purchased, registered FROM vouchers WHERE code = $code", context.CurrentTransaction)
            .With("$code", code.Trim());
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new Voucher(reader.GetString(0), reader.GetString(1), SqlExtensions.ReadDate(reader.GetString(2))!.Value, SqlExtensions.ReadDate(reader.GetString(3))!.Value)
            : null;
    }

    /// <summary>The vouchers linked to an IMEI.</summary>
    public IReadOnlyList<Voucher> ForImei(string imei)
    {
        using var command = context.Connection.Command("SELECT code, imei, purchased, registered FROM vouchers WHERE imei = $imei ORDER BY registered", context.CurrentTransaction)
            .With("$imei", imei);
        using var reader = command.ExecuteReader();
        var vouchers = new List<Voucher>();
        while (reader.Read())
        {
            vouchers.Add(new Voucher(reader.GetString(0), reader.GetString(1), SqlExtensions.ReadDate(reader.GetString(2))!.Value, SqlExtensions.ReadDate(reader.GetString(3))!.Value));
        }

        return vouchers;
    }
}
