using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Depot.Core.Billing;

/// <summary>An amount of money: decimal, never floating point, always with its ISO 4217 currency.</summary>
public readonly record struct Money(decimal Amount, string Currency)
{
    public override string ToString() => $"{Amount.ToString("0.00", CultureInfo.InvariantCulture)} {Currency}";

    /// <summary>
    /// Reads an amount with '.' or ',' as the decimal separator and no thousands separators,
    /// optionally followed by a 3-letter currency ("49.90 EUR", "49,90"), using <paramref name="defaultCurrency"/> otherwise.
    /// </summary>
    public static bool TryParse(string? text, string? defaultCurrency, out Money money, [NotNullWhen(false)] out string? reason)
    {
        money = default;
        var parts = (text ?? "").Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is 0 or > 2)
        {
            reason = $"expected an amount like 49.90 or 49.90 EUR, got \"{text}\"";
            return false;
        }

        if (!TryParseAmount(parts[0], out var amount, out reason))
        {
            return false;
        }

        var currency = parts.Length == 2 ? parts[1] : defaultCurrency;
        if (!TryParseCurrency(currency, out var code, out reason))
        {
            return false;
        }

        money = new Money(amount, code);
        return true;
    }

    /// <summary>Reads a decimal amount: '.' or ',' as the decimal separator, no thousands separators.</summary>
    public static bool TryParseAmount(string? text, out decimal amount, [NotNullWhen(false)] out string? reason)
    {
        amount = 0;
        var raw = (text ?? "").Trim();
        var separators = raw.Count(c => c is '.' or ',');
        if (raw.Length == 0 || separators > 1)
        {
            reason = $"expected an amount like 49.90 (no thousands separators), got \"{raw}\"";
            return false;
        }

        if (!decimal.TryParse(raw.Replace(',', '.'), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out amount))
        {
            reason = $"expected an amount like 49.90, got \"{raw}\"";
            return false;
        }

        reason = null;
        return true;
    }

    /// <summary>Reads a 3-letter ISO currency code.</summary>
    public static bool TryParseCurrency(string? text, [NotNullWhen(true)] out string? code, [NotNullWhen(false)] out string? reason)
    {
        var raw = (text ?? "").Trim();
        if (raw.Length != 3 || !raw.All(char.IsAsciiLetter))
        {
            code = null;
            reason = raw.Length == 0 ? "no currency given (a 3-letter code like EUR)" : $"a currency is a 3-letter code like EUR, got \"{raw}\"";
            return false;
        }

        code = raw.ToUpperInvariant();
        reason = null;
        return true;
    }
}
