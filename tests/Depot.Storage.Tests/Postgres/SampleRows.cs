using Depot.Core.Storage.Rows;

namespace Depot.Storage.Tests.Postgres;

/// <summary>Rows as the domain writes them, for the engine tests.</summary>
internal static class SampleRows
{
    public static readonly DateTimeOffset Monday = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static UnitRow Unit(string identifier, string state = "Available", long? owner = 1, int minutes = 0) => new()
    {
        Identifier = identifier,
        OwnerId = owner,
        ModelId = 1,
        State = state,
        StateSince = Monday.AddMinutes(minutes),
        Version = 1,
    };

    public static OwnerRow Owner(string code, string name = "Owner") => new() { Code = code, Name = name, Fleet = 100, TargetPercent = 8m };

    public static EventRow Event(long unit, string trigger = "Intake", int minutes = 0) => new()
    {
        UnitId = unit,
        At = Monday.AddMinutes(minutes),
        Operator = "ann",
        Trigger = trigger,
        ToState = "Available",
    };
}
