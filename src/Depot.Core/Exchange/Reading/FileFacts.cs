using System.Security.Cryptography;
using System.Text;

namespace Depot.Core.Exchange.Reading;

/// <summary>
/// What one streaming pass over a file tells: its SHA-256, its size, and how its text is encoded
/// (UTF-8 with or without BOM, else Windows-1252, which is what Excel in the Nordics saves).
/// </summary>
/// <param name="NotText">Why the file is not text a partner format can be in (UTF-16, binary), or null.</param>
public sealed record FileFacts(string Sha256, long Length, Encoding Encoding, bool HasBom, string? NotText = null)
{
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Reads <paramref name="stream"/> once, in blocks: memory does not grow with the file.</summary>
    public static FileFacts Examine(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(false, throwOnInvalidBytes: true).GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[bytes.Length + 4];
        var validUtf8 = true;
        long length = 0;
        var bom = false;
        string? notText = null;
        int read;
        while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
        {
            if (length == 0 && read >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            {
                bom = true;
            }

            if (length == 0)
            {
                notText = WhyNotText(bytes.AsSpan(0, read));
            }

            hash.AppendData(bytes, 0, read);
            length += read;
            if (validUtf8)
            {
                try
                {
                    decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
                }
                catch (DecoderFallbackException)
                {
                    validUtf8 = false;
                }
            }
        }

        if (validUtf8)
        {
            try
            {
                decoder.GetChars([], 0, 0, chars, 0, flush: true);
            }
            catch (DecoderFallbackException)
            {
                validUtf8 = false;
            }
        }

        return new FileFacts(
            Convert.ToHexString(hash.GetHashAndReset()).ToLowerInvariant(),
            length,
            validUtf8 ? new UTF8Encoding(false) : Windows1252.Value,
            bom && validUtf8,
            notText);
    }

    /// <summary>
    /// UTF-16 (what Excel saves as "Unicode Text") starts with its own byte order mark or has a NUL
    /// in every other byte; a text file in UTF-8 or Windows-1252 has no NUL at all.
    /// </summary>
    private static string? WhyNotText(ReadOnlySpan<byte> start)
    {
        if (start is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            return "it is UTF-16 text (Excel's \"Unicode Text\"); save it as \"CSV UTF-8\" and import that";
        }

        var sample = start[..Math.Min(start.Length, 4096)];
        var nuls = sample.Count((byte)0);
        return nuls > 0 && nuls * 4 >= sample.Length
            ? "it looks like UTF-16 text or binary data (a NUL in many bytes); save it as \"CSV UTF-8\" and import that"
            : null;
    }
}
