using System.Diagnostics.CodeAnalysis;

namespace Depot.Core.Identifiers;

/// <summary>What kind of identifier names a unit.</summary>
public enum IdentifierKind
{
    /// <summary>A 15-digit IMEI with a valid check digit.</summary>
    Imei,

    /// <summary>A manufacturer serial number, for devices without an IMEI.</summary>
    Serial,
}

/// <summary>
/// The identifier a unit is known by: an IMEI when the input is numeric, otherwise a serial number
/// (letters and digits, 4 to 30 characters, stored upper case).
/// </summary>
public readonly record struct UnitIdentifier(string Value, IdentifierKind Kind)
{
    public override string ToString() => Value;

    /// <summary>
    /// Reads what a scanner or a file gives. Input made only of digits and separators must be a
    /// valid IMEI; anything else must look like a serial number.
    /// </summary>
    public static bool TryParse(string? text, out UnitIdentifier identifier, [NotNullWhen(false)] out string? reason)
    {
        identifier = default;
        var raw = (text ?? "").Trim();
        if (raw.Length == 0)
        {
            reason = "no IMEI or serial number given";
            return false;
        }

        if (LooksNumeric(raw))
        {
            if (Imei.TryParse(raw, out var imei, out reason))
            {
                identifier = new UnitIdentifier(imei.Value, IdentifierKind.Imei);
                return true;
            }

            return false;
        }

        return TryParseSerial(raw, out identifier, out reason);
    }

    /// <summary>Reads a serial number: letters, digits, '-' and '.', 4 to 30 characters.</summary>
    public static bool TryParseSerial(string? text, out UnitIdentifier identifier, [NotNullWhen(false)] out string? reason)
    {
        identifier = default;
        var raw = (text ?? "").Trim();
        if (raw.Length is < 4 or > 30)
        {
            reason = $"a serial number has 4 to 30 characters, \"{raw}\" has {raw.Length}";
            return false;
        }

        foreach (var c in raw)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not '-' and not '.')
            {
                reason = $"a serial number holds letters, digits, '-' and '.', found '{c}'";
                return false;
            }
        }

        identifier = new UnitIdentifier(raw.ToUpperInvariant(), IdentifierKind.Serial);
        reason = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the reason.</summary>
    public static UnitIdentifier Parse(string text) =>
        TryParse(text, out var id, out var reason) ? id : throw new FormatException(reason);

    private static bool LooksNumeric(string raw)
    {
        var digits = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not (' ' or '-' or '/' or '.' or ',' or '+' or 'e' or 'E'))
            {
                return false;
            }
        }

        return digits > 0 && (digits >= 8 || raw.Contains('E', StringComparison.OrdinalIgnoreCase));
    }
}
