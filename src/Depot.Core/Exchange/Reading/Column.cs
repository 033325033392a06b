namespace Depot.Core.Exchange.Reading;

/// <summary>One column of a partner format: its contract name and whether a file must have it.</summary>
public sealed record Column(string Name, bool Required = false)
{
    /// <summary>
    /// How header names compare: case-insensitive, trimmed, with <c>_</c>, <c>-</c> and space the same.
    /// </summary>
    public static string Normalise(string header)
    {
        var trimmed = header.Trim().Trim('\uFEFF').Trim();
        return string.Create(trimmed.Length, trimmed, (span, text) =>
        {
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                span[i] = c is '-' or ' ' ? '_' : char.ToLowerInvariant(c);
            }
        });
    }
}
