using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Depot.Core.Identifiers;

/// <summary>
/// What a serial number must look like to name a unit. A model may declare its manufacturer's
/// pattern (<see cref="OfModel"/>): a serial of that model must match it, and nothing else is
/// asked of it. Without one, <see cref="Default"/> applies: at least 8 characters with at least one
/// letter, so that a short number typed or scanned by mistake (<c>12345</c>) is refused instead of
/// becoming a unit.
/// </summary>
public sealed class SerialShape
{
    /// <summary>The fewest characters a serial number has without a model's own pattern.</summary>
    public const int MinimumLength = 8;

    /// <summary>The most characters a model's pattern has.</summary>
    public const int MaximumPatternLength = 200;

    /// <summary>
    /// How long one match may take: a serial has at most 30 characters, but a pattern that
    /// backtracks without end must not hang a scan at the dock. A match that runs out of time does not fit.
    /// </summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    // Models are few and their patterns rarely change: each pattern is compiled once.
    private static readonly ConcurrentDictionary<(string Sku, string Pattern), SerialShape> Declared = new();

    private readonly Func<string, bool> _fits;

    private SerialShape(Func<string, bool> fits, string description, string? model = null, string? pattern = null)
    {
        _fits = fits;
        Description = description;
        Model = model;
        Pattern = pattern;
    }

    /// <summary>The shape of a serial number when its model declares none.</summary>
    public static SerialShape Default { get; } = new(
        serial => serial.Length >= MinimumLength && serial.Any(char.IsAsciiLetter),
        $"at least {MinimumLength} characters with at least one letter");

    /// <summary>
    /// Any serial number of allowed characters: only for looking up serials the depot already
    /// holds from before serial numbers had a shape, never for making a new unit.
    /// </summary>
    public static SerialShape Stored { get; } = new(_ => true, "a serial number the depot already holds");

    /// <summary>What a technician reads when a serial does not fit: "at least 8 characters with at least one letter".</summary>
    public string Description { get; }

    /// <summary>The SKU of the model that declares this shape; null for <see cref="Default"/> and <see cref="Stored"/>.</summary>
    public string? Model { get; }

    /// <summary>The model's regular expression as it declared it; null for <see cref="Default"/> and <see cref="Stored"/>.</summary>
    public string? Pattern { get; }

    /// <summary>Whether a model declared this shape.</summary>
    [MemberNotNullWhen(true, nameof(Model), nameof(Pattern))]
    public bool IsDeclared => Model is not null;

    /// <summary>
    /// Checks <paramref name="pattern"/> as the serial pattern of model <paramref name="sku"/>: a .NET
    /// regular expression that a whole serial number must match, letters in any case. Refused, with
    /// why, when it is empty, longer than <see cref="MaximumPatternLength"/>, not on one line, or not a
    /// regular expression.
    /// </summary>
    public static bool TryDeclare(string sku, string? pattern, [NotNullWhen(true)] out SerialShape? shape, [NotNullWhen(false)] out string? reason)
    {
        shape = null;
        pattern = (pattern ?? "").Trim();
        reason = pattern switch
        {
            { Length: 0 } => "give the regular expression a serial number of the model matches, e.g. C02[A-Z0-9]{8}",
            { Length: > MaximumPatternLength } => $"a serial pattern has at most {MaximumPatternLength} characters, this one has {pattern.Length}",
            _ when pattern.Any(char.IsControl) => "a serial pattern is one line of text, without control characters",
            _ => null,
        };
        if (reason is not null)
        {
            return false;
        }

        var key = (sku.Trim().ToUpperInvariant(), pattern);
        if (Declared.TryGetValue(key, out shape))
        {
            return true;
        }

        // The pattern alone must be a regular expression, and so must the whole-match form: "a)|(b"
        // is none, though wrapped in (?:…) it would read as one.
        Regex anchored;
        try
        {
            _ = new Regex(pattern, Options, MatchTimeout);
            anchored = new Regex($@"\A(?:{pattern})\z", Options, MatchTimeout);
        }
        catch (ArgumentException e)
        {
            reason = $"not a regular expression: {e.Message}";
            return false;
        }

        shape = Declared.GetOrAdd(key, _ => new SerialShape(
            serial => Matches(anchored, serial),
            $"a serial number of model {key.Item1} (pattern {pattern})",
            key.Item1,
            pattern));
        return true;
    }

    /// <summary>The shape model <paramref name="sku"/> declares with the stored <paramref name="pattern"/>.</summary>
    public static SerialShape OfModel(string sku, string pattern) =>
        TryDeclare(sku, pattern, out var shape, out var reason)
            ? shape
            : throw new RefusedException($"the serial pattern of model {sku} ({pattern}) cannot be used: {reason}; set it again (depot model set {sku} --serial-pattern REGEX)");

    /// <summary>Whether <paramref name="serial"/> (already trimmed, of allowed characters) has this shape.</summary>
    public bool Fits(string serial) => _fits(serial);

    private static bool Matches(Regex pattern, string serial)
    {
        try
        {
            return pattern.IsMatch(serial);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }
}
