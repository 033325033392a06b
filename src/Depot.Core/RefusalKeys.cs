namespace Depot.Core;

/// <summary>The names of a refusal's parameters (<see cref="RefusedException.Parameters"/>).</summary>
public static class RefusalKeys
{
    /// <summary>The unit's identifier as the depot knows it.</summary>
    public const string Unit = "unit";

    /// <summary>A lifecycle state's name: the unit's state, or for a conflict the state it is in now.</summary>
    public const string State = "state";

    /// <summary>The lifecycle trigger's name.</summary>
    public const string Trigger = "trigger";

    /// <summary>The triggers the table permits from the state, comma-separated in table order (empty: none).</summary>
    public const string Permitted = "permitted";

    /// <summary>The descriptions of the guards that did not hold, separated by "; ".</summary>
    public const string Guards = "guards";

    /// <summary>The outcomes a trigger takes, comma-separated.</summary>
    public const string Outcomes = "outcomes";

    /// <summary>When the unit entered its state, depot-local "yyyy-MM-dd HH:mm".</summary>
    public const string Since = "since";

    /// <summary>The text as typed or scanned.</summary>
    public const string Text = "text";

    /// <summary>Why the text was refused, as a technician reads it.</summary>
    public const string Reason = "reason";

    /// <summary>A model's SKU: the model whose serial pattern a serial number does not match.</summary>
    public const string Model = "model";

    /// <summary>The serial pattern (a regular expression) the model declares.</summary>
    public const string Pattern = "pattern";
}
