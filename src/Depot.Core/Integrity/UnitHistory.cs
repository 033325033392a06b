using Depot.Core.Storage.Rows;

namespace Depot.Core.Integrity;

/// <summary>One unit with its events (id order) and its case links, as a whole-depot pass reads them.</summary>
internal sealed record UnitHistory(UnitRow Unit, IReadOnlyList<EventRow> Events, IReadOnlyList<CaseUnitRow> Links);
