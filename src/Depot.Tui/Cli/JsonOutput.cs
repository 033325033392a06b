using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Depot.Core.Billing;

namespace Depot.Tui.Cli;

/// <summary>
/// The <c>--json</c> output every report and list verb offers, one documented shape each
/// (docs/json.md): snake_case names, text as UTF-8 (<c>Åsa Öberg</c>, not <c>\u00C5sa</c>), dates
/// <c>yyyy-MM-dd</c>, instants ISO 8601 with their offset, money as an exact decimal string with
/// its currency.
/// </summary>
internal static class JsonOutput
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A new <c>--json</c> option (an option belongs to one command).</summary>
    public static Option<bool> Flag() => new("--json") { Description = "Print JSON instead of text (the shapes: docs/json.md)" };

    /// <summary>Prints <paramref name="value"/> as JSON on the verb's output.</summary>
    public static int Print(ParseResult parse, object value)
    {
        parse.InvocationConfiguration.Output.WriteLine(JsonSerializer.Serialize(value, Options));
        return DepotCli.Done;
    }

    /// <summary>Money as <c>{"amount": "9495.00", "currency": "SEK"}</c>: never a floating-point number.</summary>
    public static object Money(Money money) => new { Amount = Amount(money.Amount), money.Currency };

    /// <summary>An amount of money with two decimals, as a string.</summary>
    public static string Amount(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>A date as <c>yyyy-MM-dd</c>.</summary>
    public static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
