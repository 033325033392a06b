namespace Depot.Core.Receiving;

/// <summary>What the technician ticked at the dock for one received unit: the accessories in the box and whether the SIM card was taken out.</summary>
public sealed record ReceiptChecklist(bool Charger = false, bool Cable = false, bool Box = false, bool SimRemoved = false)
{
    public static readonly ReceiptChecklist Nothing = new();

    /// <summary>The ticked items as words, for a screen or a report.</summary>
    public IReadOnlyList<string> Ticked() =>
        new (bool On, string Name)[] { (Charger, "charger"), (Cable, "cable"), (Box, "box"), (SimRemoved, "SIM removed") }
            .Where(i => i.On).Select(i => i.Name).ToArray();
}
