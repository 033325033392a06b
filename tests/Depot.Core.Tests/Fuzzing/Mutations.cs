using System.Text;

namespace Depot.Core.Tests.Fuzzing;

/// <summary>
/// Seeded damage a partner file meets on its way to the depot: bytes flipped, inserted or lost,
/// other encodings, quotes and delimiters gone wrong, huge fields, binary garbage, a cut-off end.
/// Every mutation is a pure function of the random generator, so a seed replays it exactly.
/// </summary>
internal static class Mutations
{
    private static readonly (string Name, Func<Random, byte[], byte[]> Apply)[] All =
    [
        ("flip bytes", FlipBytes),
        ("insert bytes", InsertBytes),
        ("delete bytes", DeleteBytes),
        ("utf-16", Utf16),
        ("invalid utf-8", InvalidUtf8),
        ("bom in the middle", BomInTheMiddle),
        ("unbalanced quote", UnbalancedQuote),
        ("quotes inside fields", QuotesInsideFields),
        ("delimiter swap", DelimiterSwap),
        ("huge field", HugeField),
        ("very long line", VeryLongLine),
        ("many columns", ManyColumns),
        ("binary garbage", BinaryGarbage),
        ("truncate mid-row", Truncate),
        ("line endings", LineEndings),
        ("nul bytes", NulBytes),
        ("blank header cells", BlankHeaderCells),
        ("duplicate lines", DuplicateLines),
        ("shuffle lines", ShuffleLines),
        ("swap fields", SwapFields),
        ("odd values", OddValues),
    ];

    /// <summary>Values that sit on the edge of what a field accepts.</summary>
    private static readonly string[] Odd =
    [
        "", " ", "3.56938E+14", "NaN", "-1", "0", "-0", "1e5", "99999999999999999999999999999", "2025-02-30", "31.02.2025", "0001-01-01", "0001-01-01T00:00", "9999-12-31", "31.12.9999", "9999-12-31T23:59",
        "9999-12-31T23:59:59+14:00", "2025-03-10T25:00", "１２３４５６７８９０１２３４５", "٣٥٦٩٣٨٠٣٩٧٣٣٩٦٠", "12,345.67", "1.234,5", "-0,01",
        "79228162514264337593543950336", "EURO", "eur", "NULL", "' OR 1=1 --", "=cmd|' /C calc'!A0", "'=1+1", "\"\"", "REPAIRED ", "swap",
        "a|b||c", "ÅÄÖ", "🙂", "\u202Eevil", "\t", "A-01",
    ];

    /// <summary>Applies one to three mutations; returns the new bytes and what was done.</summary>
    public static (byte[] Bytes, string Description) Mutate(Random random, byte[] file)
    {
        var names = new List<string>();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = All[random.Next(All.Length)];
            file = apply(random, file);
            names.Add(name);
        }

        return (file, string.Join(" + ", names));
    }

    private static int Position(Random random, byte[] file) => file.Length == 0 ? 0 : random.Next(file.Length + 1);

    private static byte[] InsertAt(byte[] file, int at, byte[] what) => [.. file.AsSpan(0, at), .. what, .. file.AsSpan(at)];

    private static byte[] FlipBytes(Random random, byte[] file)
    {
        var copy = (byte[])file.Clone();
        for (var i = random.Next(1, 8); i > 0 && copy.Length > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] InsertBytes(Random random, byte[] file)
    {
        var what = new byte[random.Next(1, 16)];
        random.NextBytes(what);
        return InsertAt(file, Position(random, file), what);
    }

    private static byte[] DeleteBytes(Random random, byte[] file)
    {
        if (file.Length == 0)
        {
            return file;
        }

        var at = random.Next(file.Length);
        var length = Math.Min(file.Length - at, random.Next(1, 40));
        return [.. file.AsSpan(0, at), .. file.AsSpan(at + length)];
    }

    private static byte[] Utf16(Random random, byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        return random.Next(3) switch
        {
            0 => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            1 => Encoding.Unicode.GetBytes(text),
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
    }

    private static byte[] InvalidUtf8(Random random, byte[] file)
    {
        byte[][] broken = [[0xC3, 0x28], [0xFF], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xC5]];
        return InsertAt(file, Position(random, file), broken[random.Next(broken.Length)]);
    }

    private static byte[] BomInTheMiddle(Random random, byte[] file)
    {
        var lineStarts = Enumerable.Range(0, file.Length).Where(i => i > 0 && file[i - 1] == (byte)'\n').ToList();
        var at = lineStarts.Count > 0 && random.Next(2) == 0 ? lineStarts[random.Next(lineStarts.Count)] : Position(random, file);
        return InsertAt(file, at, [0xEF, 0xBB, 0xBF]);
    }

    private static byte[] UnbalancedQuote(Random random, byte[] file)
    {
        var copy = file;
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            copy = InsertAt(copy, Position(random, copy), "\""u8.ToArray());
        }

        return copy;
    }

    private static byte[] QuotesInsideFields(Random random, byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        var fields = text.Split(',');
        for (var i = 0; i < fields.Length; i++)
        {
            if (random.Next(4) == 0)
            {
                fields[i] = random.Next(3) switch
                {
                    0 => $"\"{fields[i]}\"",
                    1 => $"\"{fields[i]}\"x",
                    _ => $"a\"{fields[i]}\"b",
                };
            }
        }

        return Encoding.UTF8.GetBytes(string.Join(',', fields));
    }

    private static byte[] DelimiterSwap(Random random, byte[] file)
    {
        var copy = (byte[])file.Clone();
        var all = random.Next(3) == 0;
        byte[] delimiters = [(byte)',', (byte)';', (byte)'\t'];
        for (var i = 0; i < copy.Length; i++)
        {
            if (copy[i] is (byte)',' or (byte)';' or (byte)'\t' && (all || random.Next(3) == 0))
            {
                copy[i] = delimiters[random.Next(delimiters.Length)];
            }
        }

        return copy;
    }

    private static byte[] HugeField(Random random, byte[] file)
    {
        var comma = Enumerable.Range(0, file.Length).Where(i => file[i] == (byte)',').ToList();
        var at = comma.Count > 0 ? comma[random.Next(comma.Count)] + 1 : Position(random, file);
        var filler = (byte)"A9\"; "[random.Next(5)];
        return InsertAt(file, at, Enumerable.Repeat(filler, 1 << 20).ToArray());
    }

    private static byte[] VeryLongLine(Random random, byte[] file)
    {
        var line = string.Concat(Enumerable.Range(0, 20_000).Select(i => i % 7 == 0 ? "," : "x"));
        return InsertAt(file, Position(random, file), Encoding.ASCII.GetBytes(line));
    }

    private static byte[] ManyColumns(Random random, byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        var lines = text.Split('\n');
        var extra = random.Next(100, 3000);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                lines[i] += i == 0 ? string.Concat(Enumerable.Range(0, extra).Select(c => $",extra{c}")) : new string(',', random.Next(extra + 1));
            }
        }

        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static byte[] BinaryGarbage(Random random, byte[] file)
    {
        var garbage = new byte[random.Next(1, 4096)];
        random.NextBytes(garbage);
        return random.Next(3) switch
        {
            0 => garbage,
            1 => [.. file, .. garbage],
            _ => InsertAt(file, Position(random, file), garbage),
        };
    }

    private static byte[] Truncate(Random random, byte[] file) => file.Length == 0 ? file : file[..random.Next(file.Length)];

    private static byte[] LineEndings(Random random, byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        return Encoding.UTF8.GetBytes(random.Next(3) switch
        {
            0 => text.Replace("\n", "\r\n"),
            1 => text.Replace("\n", "\r"),
            _ => text.Replace("\n", "\n\n \n"),
        });
    }

    private static byte[] NulBytes(Random random, byte[] file)
    {
        var copy = file;
        for (var i = random.Next(1, 5); i > 0; i--)
        {
            copy = InsertAt(copy, Position(random, copy), [0]);
        }

        return copy;
    }

    private static List<string> Lines(byte[] file) => [.. Encoding.UTF8.GetString(file).Split('\n')];

    private static byte[] Join(List<string> lines) => Encoding.UTF8.GetBytes(string.Join('\n', lines));

    private static byte[] DuplicateLines(Random random, byte[] file)
    {
        var lines = Lines(file);
        for (var i = random.Next(1, 4); i > 0 && lines.Count > 1; i--)
        {
            var line = lines[random.Next(1, lines.Count)];
            lines.Insert(random.Next(1, lines.Count + 1), line);
        }

        return Join(lines);
    }

    private static byte[] ShuffleLines(Random random, byte[] file)
    {
        var lines = Lines(file);
        var body = lines.Skip(1).OrderBy(_ => random.Next()).ToList();
        return Join([.. lines.Take(1), .. body]);
    }

    private static byte[] SwapFields(Random random, byte[] file)
    {
        var lines = Lines(file);
        for (var i = 0; i < lines.Count; i++)
        {
            var fields = lines[i].Split(',');
            if (fields.Length > 1 && random.Next(2) == 0)
            {
                var (a, b) = (random.Next(fields.Length), random.Next(fields.Length));
                (fields[a], fields[b]) = (fields[b], fields[a]);
                lines[i] = string.Join(',', fields);
            }
        }

        return Join(lines);
    }

    private static byte[] OddValues(Random random, byte[] file)
    {
        var lines = Lines(file);
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = lines[i].Split(',');
            for (var f = 0; f < fields.Length; f++)
            {
                if (random.Next(3) == 0)
                {
                    var odd = Odd[random.Next(Odd.Length)];
                    fields[f] = odd.Contains(',') || odd.Contains('"') ? $"\"{odd.Replace("\"", "\"\"")}\"" : odd;
                }
            }

            lines[i] = string.Join(',', fields);
        }

        return Join(lines);
    }

    private static byte[] BlankHeaderCells(Random random, byte[] file)
    {
        var text = Encoding.UTF8.GetString(file);
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        var cells = header.Split(',');
        cells[random.Next(cells.Length)] = random.Next(2) == 0 ? "" : cells[random.Next(cells.Length)];
        return Encoding.UTF8.GetBytes(string.Join(',', cells) + (end < 0 ? "" : text[end..]));
    }
}
