using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Depot.Core.Identifiers;

/// <summary>
/// A device's International Mobile Equipment Identity: 15 digits, the last a Luhn check digit.
/// Can only be made from input that passed <see cref="TryParse(string?, out Imei, out string)"/>,
/// so no other code ever checks digits again.
/// </summary>
public readonly partial record struct Imei
{
    private Imei(string value) => Value = value;

    /// <summary>The canonical 15 digits.</summary>
    public string Value { get; }

    public override string ToString() => Value ?? "";

    /// <summary>
    /// Reads an IMEI as a technician or a scanner types it. Spaces, dashes and slashes are ignored.
    /// 15 digits must carry a valid check digit; 17 digits (IMEI plus a 2-digit software version)
    /// keep the first 15; 16 digits (IMEISV) keep the first 14 and compute the check digit.
    /// </summary>
    /// <param name="reason">On failure, why, in words a technician understands.</param>
    public static bool TryParse(string? text, out Imei imei, [NotNullWhen(false)] out string? reason)
    {
        imei = default;
        var raw = (text ?? "").Trim();
        if (raw.Length == 0)
        {
            reason = "no IMEI given";
            return false;
        }

        if (SpreadsheetNumber().IsMatch(raw))
        {
            reason = $"looks like a spreadsheet mangled it: {raw} (format the column as text and export again)";
            return false;
        }

        Span<char> digits = stackalloc char[Math.Min(raw.Length, 64)];
        var count = 0;
        foreach (var c in raw)
        {
            if (c is ' ' or '-' or '/')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                reason = $"an IMEI holds only digits, found '{c}' in \"{raw}\"";
                return false;
            }

            if (count == digits.Length)
            {
                reason = $"too long for an IMEI: {raw}";
                return false;
            }

            digits[count++] = c;
        }

        switch (count)
        {
            case 15:
                var expected = CheckDigit(digits[..14]);
                if (digits[14] != expected)
                {
                    reason = $"check digit should be {expected}, got {digits[14]}";
                    return false;
                }

                imei = new Imei(new string(digits[..15]));
                break;
            case 16:
                imei = new Imei(string.Concat(digits[..14], [CheckDigit(digits[..14])]));
                break;
            case 17:
                var check17 = CheckDigit(digits[..14]);
                if (digits[14] != check17)
                {
                    reason = $"check digit should be {check17}, got {digits[14]} (of the first 15 of 17 digits)";
                    return false;
                }

                imei = new Imei(new string(digits[..15]));
                break;
            default:
                reason = $"an IMEI has 15 digits (or 16/17 with a software version), this has {count}";
                return false;
        }

        reason = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the reason.</summary>
    public static Imei Parse(string text) =>
        TryParse(text, out var imei, out var reason) ? imei : throw new FormatException(reason);

    /// <summary>Makes a valid IMEI from 14 digits by appending the Luhn check digit.</summary>
    public static Imei FromFourteen(ReadOnlySpan<char> fourteen)
    {
        if (fourteen.Length != 14)
        {
            throw new ArgumentException("14 digits expected", nameof(fourteen));
        }

        foreach (var c in fourteen)
        {
            if (!char.IsAsciiDigit(c))
            {
                throw new ArgumentException("14 digits expected", nameof(fourteen));
            }
        }

        return new Imei(string.Concat(fourteen, [CheckDigit(fourteen)]));
    }

    /// <summary>The Luhn check digit over the first 14 digits.</summary>
    public static char CheckDigit(ReadOnlySpan<char> fourteen)
    {
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var d = fourteen[i] - '0';
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return (char)('0' + (10 - sum % 10) % 10);
    }

    [GeneratedRegex(@"^\d(?:[.,]\d+)?[eE][+]?\d+$")]
    private static partial Regex SpreadsheetNumber();
}
