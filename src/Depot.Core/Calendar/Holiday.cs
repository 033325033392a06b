namespace Depot.Core.Calendar;

/// <summary>A public holiday in one country: the depot does not ship or count it as a working day.</summary>
public sealed record Holiday(DateOnly Date, string Country, string Name);
