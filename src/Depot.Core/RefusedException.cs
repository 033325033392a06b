namespace Depot.Core;

/// <summary>
/// A request the depot will not carry out: bad input, or a business or lifecycle rule. Nothing has
/// changed when it is thrown; the message is written for the person at the bench.
/// </summary>
public class RefusedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Another bench changed the same unit between reading and writing it.</summary>
public sealed class ConcurrencyException(string message) : RefusedException(message);
