namespace Depot.Core;

/// <summary>
/// Words a refusal for the person at the bench from its code and parameters. The one place these
/// sentences are made: the CLI prints them and the UI shows them; neither reads them back.
/// </summary>
public static class RefusalWording
{
    /// <summary>The sentence for <paramref name="code"/> with <paramref name="parameters"/> (keys of <see cref="RefusalKeys"/>).</summary>
    public static string Word(RefusalCode code, IReadOnlyDictionary<string, string> parameters)
    {
        string Get(string key) => parameters.TryGetValue(key, out var value) ? value : "?";
        var unit = parameters.TryGetValue(RefusalKeys.Unit, out var u) ? u + ": " : "";
        var state = Get(RefusalKeys.State);
        var trigger = Get(RefusalKeys.Trigger);
        return code switch
        {
            RefusalCode.NotPermittedInState => Get(RefusalKeys.Permitted) is { Length: > 0 } permitted
                ? $"{unit}{trigger} is not permitted: the unit is {state}. Permitted from {state}: {permitted}."
                : $"{unit}{trigger} is not permitted: the unit is {state}, and nothing is permitted from {state}.",
            RefusalCode.GuardNotMet => $"{unit}{trigger} from {state} needs one of: {Get(RefusalKeys.Guards)}.",
            RefusalCode.OutcomeMissing => $"{unit}{trigger} needs its outcome, one of {Get(RefusalKeys.Outcomes)}; nothing changed.",
            RefusalCode.UnknownUnit => $"{unit}no unit with this identifier",
            RefusalCode.InvalidIdentifier => $"\"{Get(RefusalKeys.Text)}\": {Get(RefusalKeys.Reason)}",
            RefusalCode.ChangedBySomeoneElse => parameters.ContainsKey(RefusalKeys.State)
                ? $"{unit}changed by someone else, now in state {state}. Nothing was saved; look at the unit again and retry."
                : $"{unit}changed by someone else; nothing was saved, look again and retry",
            RefusalCode.AlreadyInState => state == "Received"
                ? $"{unit}already received {Get(RefusalKeys.Since)}; nothing changed."
                : $"{unit}already in {state} since {Get(RefusalKeys.Since)}; nothing changed.",
            _ => $"{unit}refused",
        };
    }
}
