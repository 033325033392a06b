namespace Depot.Core.Lifecycle;

/// <summary>
/// The lifecycle's answer to "where does this trigger take the unit?": a destination, or a refusal
/// with its code and parameters (<see cref="RefusalKeys"/>). Deciding changes nothing.
/// </summary>
public sealed record LifecycleDecision
{
    private LifecycleDecision(UnitState destination, RefusalCode? refusal, IReadOnlyDictionary<string, string> parameters)
    {
        Destination = destination;
        Refusal = refusal;
        Parameters = parameters;
    }

    /// <summary>True when the trigger is permitted and <see cref="Destination"/> is where it goes.</summary>
    public bool Permitted => Refusal is null;

    /// <summary>Where the trigger takes the unit; <see cref="UnitState.None"/> when refused.</summary>
    public UnitState Destination { get; }

    /// <summary>Why not, when refused: <see cref="RefusalCode.NotPermittedInState"/>, <see cref="RefusalCode.GuardNotMet"/> or <see cref="RefusalCode.OutcomeMissing"/>.</summary>
    public RefusalCode? Refusal { get; }

    /// <summary>The refusal's parameters (state, trigger, and the permitted triggers, unmet guards or outcomes); empty when permitted.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>A permitted trigger going to <paramref name="destination"/>.</summary>
    public static LifecycleDecision To(UnitState destination) => new(destination, null, new Dictionary<string, string>());

    /// <summary>A refused trigger.</summary>
    public static LifecycleDecision Refused(RefusalCode code, IReadOnlyDictionary<string, string> parameters) => new(UnitState.None, code, parameters);

    /// <summary>The refusal as an exception, naming <paramref name="unit"/> when given.</summary>
    public RefusedException ToException(string? unit = null)
    {
        var code = Refusal ?? throw new InvalidOperationException($"the trigger is permitted (to {Destination}); there is nothing to refuse");
        var parameters = new Dictionary<string, string>(Parameters);
        if (unit is not null)
        {
            parameters[RefusalKeys.Unit] = unit;
        }

        return new RefusedException(code, parameters);
    }

    /// <summary>The destination, or the refusal thrown (naming <paramref name="unit"/> when given).</summary>
    public UnitState RequireDestination(string? unit = null) => Permitted ? Destination : throw ToException(unit);
}
