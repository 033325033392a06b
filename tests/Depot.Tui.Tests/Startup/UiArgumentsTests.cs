using Depot.Tui.Cli;

namespace Depot.Tui.Tests.Startup;

public sealed class UiArgumentsTests
{
    [Fact]
    public void Plain_ui_options_are_read_without_the_full_parser()
    {
        Assert.True(UiArguments.TryParse(["--db", "a.db", "--operator", "Eva", "--demo"], out var ui));
        Assert.Equal(new UiArguments("a.db", "Eva", true), ui);
    }

    [Fact]
    public void Create_is_a_plain_ui_option()
    {
        Assert.True(UiArguments.TryParse(["--db", "new.db", "--create"], out var ui));
        Assert.Equal(new UiArguments("new.db", null, false, Create: true), ui);
    }

    [Fact]
    public void No_arguments_open_the_default_depot()
    {
        Assert.True(UiArguments.TryParse([], out var ui));
        Assert.Equal(new UiArguments(null, null, false), ui);
    }

    [Theory]
    [InlineData("unit", "show", "x")]
    [InlineData("--help")]
    [InlineData("--db", "a.db", "pool")]
    [InlineData("--db")]
    [InlineData("--db", "--demo")]
    [InlineData("--db", "a.db", "--db", "b.db")]
    [InlineData("--create", "--create")]
    [InlineData("--db=a.db")]
    [InlineData("@args.rsp")]
    public void Anything_else_goes_to_the_full_parser(params string[] args)
    {
        Assert.False(UiArguments.TryParse(args, out _));
    }
}
