using Depot.Core.Identifiers;

namespace Depot.Core.Tests.Identifiers;

/// <summary>A model's serial pattern: checked when declared, matched whole and in any case, and it replaces the default shape.</summary>
public sealed class SerialShapeTests
{
    [Theory]
    [InlineData("C02[", "not a regular expression: Invalid pattern 'C02[' at offset 4. Unterminated [] set.")]
    [InlineData("a)|(b", "not a regular expression")]
    [InlineData("(?x)C02 # a comment", "not a regular expression")]
    [InlineData("  ", "give the regular expression a serial number of the model matches")]
    [InlineData("C02\n[A-Z]{8}", "one line of text")]
    public void A_pattern_that_is_no_regular_expression_is_refused_with_why(string pattern, string why)
    {
        Assert.False(SerialShape.TryDeclare("MBP14", pattern, out var shape, out var reason));
        Assert.Null(shape);
        Assert.Contains(why, reason);
    }

    [Fact]
    public void A_pattern_longer_than_200_characters_is_refused()
    {
        Assert.False(SerialShape.TryDeclare("MBP14", new string('A', 201), out _, out var reason));
        Assert.Equal("a serial pattern has at most 200 characters, this one has 201", reason);
        Assert.True(SerialShape.TryDeclare("MBP14", new string('A', 200), out _, out _));
    }

    [Fact]
    public void A_declared_pattern_names_its_model_and_matches_the_whole_serial_in_any_case()
    {
        Assert.True(SerialShape.TryDeclare("mbp14", " C02[A-Z0-9]{3} ", out var shape, out var reason), reason);

        Assert.Equal(("MBP14", "C02[A-Z0-9]{3}", true), (shape.Model, shape.Pattern, shape.IsDeclared));
        Assert.Equal("a serial number of model MBP14 (pattern C02[A-Z0-9]{3})", shape.Description);
        Assert.True(shape.Fits("c02ab1"));
        Assert.False(shape.Fits("XC02AB1"));
        Assert.False(shape.Fits("C02AB12"));
        Assert.True(SerialShape.TryDeclare("P", "A|B", out var either, out _));
        Assert.False(either.Fits("AB"));
    }

    [Fact]
    public void A_pattern_replaces_the_default_shape_both_ways()
    {
        var shape = SerialShape.OfModel("MBP14", "C02[A-Z0-9]{3}");

        // Six characters: too short for the default shape, a serial of this model.
        Assert.True(UnitIdentifier.TryParseSerial("C02AB1", out _, out _, shape));
        Assert.False(UnitIdentifier.TryParseSerial("C02AB1", out _, out _));
        // Default-shaped but not this model's.
        Assert.True(UnitIdentifier.TryParseSerial("ZB001234X", out _, out _));
        Assert.False(UnitIdentifier.TryParseSerial("ZB001234X", out _, out var reason, shape));
        Assert.Equal("not a serial number of model MBP14 (pattern C02[A-Z0-9]{3})", reason);
    }

    [Fact]
    public void Digits_that_are_no_imei_but_match_the_pattern_are_a_serial_of_the_model()
    {
        var shape = SerialShape.OfModel("SCAN9", "[0-9]{10}");

        Assert.True(UnitIdentifier.TryParse("1234567890", out var serial, out _, shape));
        Assert.Equal(new UnitIdentifier("1234567890", IdentifierKind.Serial), serial);
        Assert.True(UnitIdentifier.TryParse("356938035643809", out var imei, out _, shape));
        Assert.Equal(IdentifierKind.Imei, imei.Kind);
        Assert.False(UnitIdentifier.TryParse("12345678", out _, out var reason, shape));
        Assert.EndsWith(", and not a serial number of model SCAN9 (pattern [0-9]{10})", reason);
        Assert.False(UnitIdentifier.TryParse("1234567890", out _, out _));
    }

    [Fact]
    public void A_pattern_that_backtracks_without_end_runs_out_of_time_and_does_not_match()
    {
        var shape = SerialShape.OfModel("SLOW", "(A+)+B");
        var started = System.Diagnostics.Stopwatch.StartNew();

        Assert.False(shape.Fits(new string('A', 30)));
        Assert.True(started.Elapsed < TimeSpan.FromSeconds(5), $"took {started.Elapsed}");
        Assert.True(shape.Fits("AAB"));
    }

    [Fact]
    public void A_stored_pattern_that_no_longer_reads_is_a_refusal_that_says_how_to_fix_it()
    {
        var refused = Assert.Throws<RefusedException>(() => SerialShape.OfModel("MBP14", "C02["));

        Assert.StartsWith("the serial pattern of model MBP14 (C02[) cannot be used: not a regular expression", refused.Message);
        Assert.EndsWith("set it again (depot model set MBP14 --serial-pattern REGEX)", refused.Message);
    }
}
