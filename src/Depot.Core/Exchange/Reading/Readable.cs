using System.Buffers;
using System.Globalization;
using System.Text;

namespace Depot.Core.Exchange.Reading;

/// <summary>Text from a partner file made fit for a message: bounded in length, invisible characters named.</summary>
public static class Readable
{
    /// <summary>
    /// Characters no partner field holds: C0 and C1 control characters other than tab and line
    /// breaks (a NUL is binary data or a UTF-16 file read as UTF-8; a C1 character is a byte that
    /// Windows-1252 leaves undefined).
    /// </summary>
    public static readonly SearchValues<char> ControlCharacters = SearchValues.Create(
        string.Concat(Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c is not '\t' and not '\r' and not '\n')));

    /// <summary>
    /// <paramref name="text"/> with control characters written as <c>U+0000</c>, cut to about
    /// <paramref name="max"/> characters with its full length said.
    /// </summary>
    public static string Shorten(string text, int max)
    {
        var cut = text.Length > max ? text[..max] : text;
        if (cut.AsSpan().IndexOfAny(ControlCharacters) >= 0 || cut.Contains('\uFEFF'))
        {
            var visible = new StringBuilder(cut.Length + 16);
            foreach (var c in cut)
            {
                visible.Append(char.IsControl(c) && c is not '\t' and not '\r' and not '\n' || c == '\uFEFF'
                    ? string.Create(CultureInfo.InvariantCulture, $"<U+{(int)c:X4}>")
                    : c.ToString());
            }

            cut = visible.ToString();
        }

        return text.Length > max ? string.Create(CultureInfo.InvariantCulture, $"{cut}... ({text.Length} characters)") : cut;
    }
}
