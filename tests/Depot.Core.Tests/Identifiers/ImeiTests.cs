using Depot.Core.Identifiers;

namespace Depot.Core.Tests.Identifiers;

public sealed class ImeiTests
{
    [Theory]
    [InlineData("356938035643809", "356938035643809")]
    [InlineData("490154203237518", "490154203237518")]
    [InlineData(" 356938035643809 ", "356938035643809")]
    [InlineData("35-693803-564380-9", "356938035643809")]
    [InlineData("35 693803 564380 9", "356938035643809")]
    [InlineData("35/693803/564380/9", "356938035643809")]
    [InlineData("35693803564380912", "356938035643809")]
    [InlineData("3569380356438012", "356938035643809")]
    [InlineData("3569380356438099", "356938035643809")]
    public void Valid_input_gives_the_canonical_fifteen_digits(string input, string expected)
    {
        Assert.True(Imei.TryParse(input, out var imei, out var reason), reason);
        Assert.Equal(expected, imei.Value);
    }

    [Theory]
    [InlineData("356938035643808", "check digit should be 9, got 8")]
    [InlineData("3.56938E+14", "looks like a spreadsheet mangled it: 3.56938E+14")]
    [InlineData("3,56938E+14", "looks like a spreadsheet mangled it")]
    [InlineData("35693803564380", "this has 14")]
    [InlineData("3569380356438091234", "this has 19")]
    [InlineData("35693803564380A", "found 'A'")]
    [InlineData("", "no IMEI given")]
    [InlineData("   ", "no IMEI given")]
    [InlineData("35693803564380812", "check digit should be 9, got 8")]
    public void Invalid_input_is_refused_with_a_reason_a_technician_understands(string input, string reasonPart)
    {
        Assert.False(Imei.TryParse(input, out _, out var reason));
        Assert.Contains(reasonPart, reason);
    }

    [Fact]
    public void Check_digit_is_the_luhn_digit_over_fourteen_digits()
    {
        Assert.Equal('9', Imei.CheckDigit("35693803564380"));
        Assert.Equal('8', Imei.CheckDigit("49015420323751"));
        Assert.Equal("490154203237518", Imei.FromFourteen("49015420323751").Value);
    }

    [Theory]
    [InlineData("356938035643809", IdentifierKind.Imei, "356938035643809")]
    [InlineData("zb001234x", IdentifierKind.Serial, "ZB001234X")]
    [InlineData("C02X-1234.AB", IdentifierKind.Serial, "C02X-1234.AB")]
    [InlineData("ab-12345", IdentifierKind.Serial, "AB-12345")]
    public void A_unit_identifier_is_an_imei_when_numeric_else_a_serial(string input, IdentifierKind kind, string value)
    {
        Assert.True(UnitIdentifier.TryParse(input, out var id, out var reason), reason);
        Assert.Equal(kind, id.Kind);
        Assert.Equal(value, id.Value);
    }

    [Theory]
    [InlineData("356938035643808", "check digit should be 9, got 8")]
    [InlineData("3.56938E+14", "spreadsheet")]
    [InlineData("AB", "at least 8 characters with at least one letter: 2 character(s)")]
    [InlineData("12345", "neither an IMEI (15 digits) nor a serial number (at least 8 characters with at least one letter): 5 character(s), no letter")]
    [InlineData("SN-1234", "at least 8 characters")]
    [InlineData("1234-567", "no letter")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ012345", "at most 30 characters")]
    [InlineData("AB C#12", "found ' '")]
    public void A_bad_identifier_is_refused_with_its_reason(string input, string reasonPart)
    {
        Assert.False(UnitIdentifier.TryParse(input, out _, out var reason));
        Assert.Contains(reasonPart, reason);
    }

    [Fact]
    public void A_models_declared_serial_shape_replaces_the_default()
    {
        var shape = SerialShape.OfModel("MBP14", "C02[A-Z0-9]{3}");

        Assert.True(UnitIdentifier.TryParse("c02ab1", out var id, out var reason, shape), reason);
        Assert.Equal("C02AB1", id.Value);
        Assert.False(UnitIdentifier.TryParse("ZB001234X", out _, out reason, shape));
        Assert.Equal("not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})", reason);
    }
}
