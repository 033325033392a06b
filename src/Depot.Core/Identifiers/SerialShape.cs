using System.Text.RegularExpressions;

namespace Depot.Core.Identifiers;

/// <summary>
/// What a serial number must look like to name a unit. A model may one day declare its
/// manufacturer's pattern (<see cref="Declared"/>); without one, <see cref="Default"/> applies: at
/// least 8 characters with at least one letter, so that a short number typed or scanned by mistake
/// (<c>12345</c>) is refused instead of becoming a unit.
/// </summary>
/// <remarks>
/// Models do not store a pattern yet (that is a storage change). When they do, the model's shape
/// is what callers pass to <see cref="UnitIdentifier.TryParse(string?, out UnitIdentifier, out string?, SerialShape?)"/>.
/// </remarks>
public sealed class SerialShape
{
    /// <summary>The fewest characters a serial number has without a model's own pattern.</summary>
    public const int MinimumLength = 8;

    private readonly Regex? _pattern;

    private SerialShape(Regex? pattern, string description)
    {
        _pattern = pattern;
        Description = description;
    }

    /// <summary>The shape of a serial number when its model declares none.</summary>
    public static SerialShape Default { get; } = new(null, $"at least {MinimumLength} characters with at least one letter");

    /// <summary>
    /// Any serial number of allowed characters: only for looking up serials the depot already
    /// holds from before serial numbers had a shape, never for making a new unit.
    /// </summary>
    public static SerialShape Stored { get; } = Declared(".+", "a serial number the depot already holds");

    /// <summary>What a technician reads when a serial does not fit: "at least 8 characters with at least one letter".</summary>
    public string Description { get; }

    /// <summary>
    /// A model's own shape: a regular expression the whole serial number must match (letters in
    /// any case), and the words that explain it ("C02 then 9 letters or digits").
    /// </summary>
    public static SerialShape Declared(string pattern, string description) =>
        new(new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromMilliseconds(100)), description);

    /// <summary>Whether <paramref name="serial"/> (already trimmed, of allowed characters) has this shape.</summary>
    public bool Fits(string serial) =>
        _pattern?.IsMatch(serial) ?? (serial.Length >= MinimumLength && serial.Any(char.IsAsciiLetter));
}
