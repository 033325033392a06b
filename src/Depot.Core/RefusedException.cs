using System.Collections.Frozen;
using Depot.Core.Lifecycle;

namespace Depot.Core;

/// <summary>
/// A request the depot will not carry out: bad input, or a business or lifecycle rule. Nothing has
/// changed when it is thrown. <see cref="Code"/> and <see cref="Parameters"/> say what happened;
/// the message words them for the person at the bench.
/// </summary>
public class RefusedException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters = FrozenDictionary<string, string>.Empty;

    /// <summary>A <see cref="RefusalCode.General"/> refusal worded by the caller.</summary>
    public RefusedException(string message)
        : this(RefusalCode.General, message, NoParameters)
    {
    }

    /// <summary>A <see cref="RefusalCode.General"/> refusal worded by the caller, caused by <paramref name="inner"/>.</summary>
    public RefusedException(string message, Exception? inner)
        : base(message, inner)
    {
        Code = RefusalCode.General;
        Parameters = NoParameters;
    }

    /// <summary>A refusal with a code and its parameters; the message is worded from them.</summary>
    public RefusedException(RefusalCode code, IReadOnlyDictionary<string, string> parameters)
        : this(code, RefusalWording.Word(code, parameters), parameters)
    {
    }

    /// <summary>A refusal with a code, worded by the caller.</summary>
    protected RefusedException(RefusalCode code, string message, IReadOnlyDictionary<string, string> parameters)
        : base(message)
    {
        Code = code;
        Parameters = parameters;
    }

    /// <summary>What kind of refusal this is.</summary>
    public RefusalCode Code { get; }

    /// <summary>The facts the refusal names, keyed by <see cref="RefusalKeys"/>; empty for <see cref="RefusalCode.General"/>.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>No unit has ever gone by <paramref name="unit"/>.</summary>
    public static RefusedException UnknownUnit(string unit) =>
        new(RefusalCode.UnknownUnit, new Dictionary<string, string> { [RefusalKeys.Unit] = unit });

    /// <summary><paramref name="text"/> is not an identifier, for <paramref name="reason"/>.</summary>
    public static RefusedException InvalidIdentifier(string text, string reason) =>
        new(RefusalCode.InvalidIdentifier, new Dictionary<string, string> { [RefusalKeys.Text] = text.Trim(), [RefusalKeys.Reason] = reason });

    /// <summary>
    /// <paramref name="text"/> is not a serial number of <paramref name="model"/>, which declares that
    /// its serial numbers match <paramref name="pattern"/> (an <see cref="RefusalCode.InvalidIdentifier"/>
    /// that also names the model and its pattern).
    /// </summary>
    public static RefusedException SerialNotOfModel(string text, string reason, string model, string pattern) =>
        new(RefusalCode.InvalidIdentifier, new Dictionary<string, string>
        {
            [RefusalKeys.Text] = text.Trim(),
            [RefusalKeys.Reason] = reason,
            [RefusalKeys.Model] = model,
            [RefusalKeys.Pattern] = pattern,
        });

    /// <summary><paramref name="trigger"/> would leave the unit where it already is, since <paramref name="since"/> (depot time).</summary>
    public static RefusedException AlreadyInState(string unit, UnitState state, Trigger trigger, DateTimeOffset since) =>
        new(RefusalCode.AlreadyInState, new Dictionary<string, string>
        {
            [RefusalKeys.Unit] = unit,
            [RefusalKeys.State] = state.ToString(),
            [RefusalKeys.Trigger] = trigger.ToString(),
            [RefusalKeys.Since] = since.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        });
}
