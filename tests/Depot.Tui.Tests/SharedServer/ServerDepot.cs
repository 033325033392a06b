using Depot.Core;

namespace Depot.Tui.Tests.SharedServer;

/// <summary>
/// An empty database on the run's throwaway PostgreSQL server, as the README has a depot's
/// administrator create it for several benches; dropped afterwards.
/// </summary>
internal sealed class ServerDepot : IDisposable
{
    private readonly ThrowawayPostgres _server = ThrowawayPostgres.Shared;

    public ServerDepot() => Name = _server.CreateDatabase("bench");

    public string Name { get; }

    /// <summary>The URL every bench is given (<c>--db</c>).</summary>
    public string Url => _server.Url(Name);

    /// <summary>The depot opened in this process, as one more bench.</summary>
    public DepotContext Open(string operatorName = "test") => DepotContext.Open(Url, operatorName);

    public void Dispose() => _server.DropDatabase(Name);
}
