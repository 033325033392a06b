using Depot.Core.Lifecycle;

namespace Depot.Core.Generation;

/// <summary>One generated event of a unit's journey, before it is written.</summary>
internal struct JourneyStep
{
    public Trigger Trigger;
    public UnitState From;
    public UnitState To;
    public long AtTicks;
    public long CaseId;
    public Dictionary<string, string>? Details;
}
