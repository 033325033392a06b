namespace Depot.Tui.Cli;

/// <summary>How an option's enum values are written in help and in refusals.</summary>
internal enum EnumSpelling
{
    /// <summary>Lower case words: <c>open</c>, <c>swap</c>, <c>cosmetic</c>.</summary>
    Lower,

    /// <summary>The names as the lifecycle and the database spell them: <c>Available</c>, <c>ExpectedNotCounted</c>.</summary>
    AsNamed,
}
