namespace Depot.Core.Exchange.Import;

/// <summary>For formats that apply each row through the services and need nothing prepared.</summary>
public sealed class NoSession : IDisposable
{
    public static readonly NoSession Instance = new();

    private NoSession()
    {
    }

    public void Dispose()
    {
    }
}
