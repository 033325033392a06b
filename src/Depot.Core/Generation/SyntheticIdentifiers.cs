using Depot.Core.Identifiers;

namespace Depot.Core.Generation;

/// <summary>
/// Unique, valid identifiers for generated units: per model a type allocation code and a scrambled
/// serial, so neighbouring units do not get neighbouring IMEIs. Board swaps draw from their own range.
/// </summary>
internal static class SyntheticIdentifiers
{
    private const long SerialSpace = 1_000_000;

    /// <summary>The <paramref name="n"/>-th original IMEI of model <paramref name="model"/>.</summary>
    public static string Imei(int model, long n) => Make("35", model, n);

    /// <summary>The <paramref name="n"/>-th IMEI a board swap gives a unit of model <paramref name="model"/>.</summary>
    public static string SwappedImei(int model, long n) => Make("86", model, n);

    /// <summary>The <paramref name="n"/>-th serial number of a device without an IMEI.</summary>
    public static string Serial(int model, long n) => $"SN{model:D4}X{n:D8}";

    private static string Make(string prefix, int model, long n)
    {
        // Multiplying by a number coprime to 10 permutes the serial space: unique and scattered.
        var tac = (model * 7_919L + 104_729L) % 1_000_000;
        var block = n / SerialSpace;
        var serial = ((n % SerialSpace) * 999_983L + 123_457L) % SerialSpace;
        var fourteen = $"{prefix}{(tac + block * 9_973L) % 1_000_000:D6}{serial:D6}";
        return Identifiers.Imei.FromFourteen(fourteen).Value;
    }
}
