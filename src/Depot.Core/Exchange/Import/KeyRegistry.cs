namespace Depot.Core.Exchange.Import;

/// <summary>
/// The keys already seen in a file, with the line each first appeared on. All-digit keys (IMEIs)
/// are kept as numbers so that a million-row file costs tens of megabytes, not hundreds.
/// </summary>
internal sealed class KeyRegistry
{
    private readonly Dictionary<long, long> _numbers = [];
    private readonly Dictionary<string, long> _texts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds <paramref name="key"/>; false (with the first line) when the file had it already.</summary>
    public bool TryAdd(string key, long line, out long firstLine)
    {
        if (key.Length is > 0 and <= 18 && key.All(char.IsAsciiDigit) && key[0] != '0')
        {
            var number = long.Parse(key, System.Globalization.CultureInfo.InvariantCulture);
            if (_numbers.TryAdd(number, line))
            {
                firstLine = 0;
                return true;
            }

            firstLine = _numbers[number];
            return false;
        }

        if (_texts.TryAdd(key, line))
        {
            firstLine = 0;
            return true;
        }

        firstLine = _texts[key];
        return false;
    }
}
