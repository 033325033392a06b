namespace Depot.Tui.Tests.Ui;

/// <summary>Valid test IMEIs: 14 digits plus their Luhn check digit.</summary>
internal static class Imeis
{
    public static string Make(long serial)
    {
        var body = (35693803000000L + serial).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var d = body[i] - '0';
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

        return body + (char)('0' + (10 - sum % 10) % 10);
    }

    /// <summary>The same IMEI with a wrong check digit.</summary>
    public static string Broken(long serial)
    {
        var good = Make(serial);
        return good[..^1] + (char)('0' + (good[^1] - '0' + 1) % 10);
    }
}
