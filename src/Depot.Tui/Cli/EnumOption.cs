using System.CommandLine;
using System.CommandLine.Parsing;

namespace Depot.Tui.Cli;

/// <summary>
/// Options that take one of an enum's values, in any case. A value that is not one of them is a
/// usage error that lists the valid values (<c>--status takes one of: open, overdue, closed; got
/// "foo"</c>), never a .NET type name.
/// </summary>
internal static class EnumOption
{
    /// <summary>An option that takes one of <typeparamref name="T"/>'s values, written as <paramref name="spelling"/> says.</summary>
    public static Option<T> Create<T>(string name, string description, EnumSpelling spelling, params T[] except) where T : struct, Enum =>
        new(name)
        {
            Description = description,
            HelpName = string.Join('|', Names(spelling, except)),
            CustomParser = result => Parse(result, name, spelling, except) ?? default,
        };

    /// <summary>Like <see cref="Create{T}"/>, for an option that may be left out.</summary>
    public static Option<T?> CreateNullable<T>(string name, string description, EnumSpelling spelling, params T[] except) where T : struct, Enum =>
        new(name)
        {
            Description = description,
            HelpName = string.Join('|', Names(spelling, except)),
            CustomParser = result => Parse(result, name, spelling, except),
        };

    private static T? Parse<T>(ArgumentResult result, string name, EnumSpelling spelling, T[] except) where T : struct, Enum
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value.Trim() : "";
        foreach (var value in Enum.GetValues<T>())
        {
            if (!except.Contains(value) && string.Equals(value.ToString(), text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        result.AddError($"{name} takes one of: {string.Join(", ", Names(spelling, except))}; got \"{text}\"");
        return null;
    }

    private static IEnumerable<string> Names<T>(EnumSpelling spelling, T[] except) where T : struct, Enum =>
        Enum.GetValues<T>().Where(v => !except.Contains(v)).Select(v => spelling == EnumSpelling.Lower ? v.ToString().ToLowerInvariant() : v.ToString());
}
