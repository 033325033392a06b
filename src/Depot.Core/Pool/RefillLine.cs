namespace Depot.Core.Pool;

/// <summary>
/// A proposal to the owner: buy <see cref="Quantity"/> units of a model to close the pool's
/// shortfall. The depot proposes; the owner decides and orders.
/// </summary>
/// <param name="Consumed">The owner's swap and loan cases for a device of this model in the look-back window: the weight.</param>
public sealed record RefillLine(string OwnerCode, string ModelSku, int Quantity, int Consumed);
