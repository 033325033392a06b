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
/// (letters, digits, '-' and '.', at most 30 characters, stored upper case) of the
/// <see cref="SerialShape"/> its model declares, else at least 8 characters with at least one letter.
/// </summary>
public readonly record struct UnitIdentifier(string Value, IdentifierKind Kind)
{
    /// <summary>The most characters a serial number has (what the depot stores and exports).</summary>
    public const int MaximumSerialLength = 30;

    public override string ToString() => Value;

    /// <summary>
    /// Reads what a scanner or a file gives. Input made only of digits and separators must be a
    /// valid IMEI, unless a model's declared <paramref name="serialShape"/> takes it as one of its
    /// serial numbers (a model may have serials of digits); anything else must be a serial number of
    /// <paramref name="serialShape"/> (the model's, when it declares one; else <see cref="SerialShape.Default"/>).
    /// </summary>
    public static bool TryParse(string? text, out UnitIdentifier identifier, [NotNullWhen(false)] out string? reason, SerialShape? serialShape = null)
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

            if (serialShape is { IsDeclared: true })
            {
                if (TryParseSerial(raw, out identifier, out _, serialShape))
                {
                    reason = null;
                    return true;
                }

                reason = $"{reason}, and not {serialShape.Description}";
            }

            return false;
        }

        return TryParseSerial(raw, out identifier, out reason, serialShape);
    }

    /// <summary>
    /// Reads a serial number: letters, digits, '-' and '.', at most 30 characters, of
    /// <paramref name="shape"/> (default: at least 8 characters with at least one letter).
    /// </summary>
    public static bool TryParseSerial(string? text, out UnitIdentifier identifier, [NotNullWhen(false)] out string? reason, SerialShape? shape = null)
    {
        identifier = default;
        var raw = (text ?? "").Trim();
        if (raw.Length == 0)
        {
            reason = "no serial number given";
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

        if (raw.Length > MaximumSerialLength)
        {
            reason = $"a serial number has at most {MaximumSerialLength} characters, \"{raw}\" has {raw.Length}";
            return false;
        }

        shape ??= SerialShape.Default;
        if (!shape.Fits(raw))
        {
            reason = ReasonNotFitting(raw, shape);
            return false;
        }

        identifier = new UnitIdentifier(raw.ToUpperInvariant(), IdentifierKind.Serial);
        reason = null;
        return true;
    }

    /// <summary>Parses or throws <see cref="FormatException"/> with the reason.</summary>
    public static UnitIdentifier Parse(string text) =>
        TryParse(text, out var id, out var reason) ? id : throw new FormatException(reason);

    private static string ReasonNotFitting(string raw, SerialShape shape)
    {
        if (shape.IsDeclared)
        {
            return $"not {shape.Description}";
        }

        var letters = raw.Any(char.IsAsciiLetter);
        var found = $"{raw.Length} character(s){(letters ? "" : ", no letter")}";
        return raw.All(c => char.IsAsciiDigit(c) || c is '-' or '.')
            ? $"neither an IMEI (15 digits) nor a serial number ({shape.Description}): {found}"
            : $"a serial number has {shape.Description}: {found}";
    }

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
