using Depot.Core.Storage;
using Depot.Storage.Postgres;

namespace Depot.Storage.Tests.Postgres;

public sealed class PostgresLocationTests
{
    [Theory]
    [InlineData("postgres://bench@db.example:5433/depot", true)]
    [InlineData("postgresql://bench@db.example/depot", true)]
    [InlineData("Host=db.example;Database=depot;Username=bench", true)]
    [InlineData("/var/lib/depot/depot.db", false)]
    [InlineData("depot.db", false)]
    public void The_engine_takes_urls_and_connection_strings_and_leaves_paths_to_the_file_engine(string location, bool accepted)
    {
        Assert.Equal(accepted, new PostgresEngine().Accepts(location));
        Assert.Equal(!accepted, new Depot.Storage.LiteDb.LiteDbEngine().Accepts(location));
    }

    [Fact]
    public void A_url_gives_user_password_host_port_database_and_options()
    {
        var location = PostgresLocation.Parse("postgres://bench%40site:s%3Acret@db.example:5433/depot%20one?sslmode=require&application_name=bench-3");
        Assert.Equal(("bench@site", "s:cret", "db.example", 5433, "depot one"),
            (location.Settings.Username, location.Settings.Password, location.Host, location.Settings.Port, location.Database));
        Assert.Equal(Npgsql.SslMode.Require, location.Settings.SslMode);
        Assert.Equal("bench-3", location.Settings.ApplicationName);
    }

    [Fact]
    public void A_url_may_name_a_socket_folder_or_an_ipv6_address()
    {
        Assert.Equal("/run/postgresql", PostgresLocation.Parse("postgres://bench@%2Frun%2Fpostgresql/depot").Host);
        Assert.Equal("/tmp/pg", PostgresLocation.Parse("postgresql://bench@/depot?host=/tmp/pg").Host);
        var v6 = PostgresLocation.Parse("postgres://bench@[::1]:6000/depot");
        Assert.Equal(("::1", 6000), (v6.Host, v6.Settings.Port));
    }

    [Fact]
    public void The_shown_location_never_holds_the_password()
    {
        var url = PostgresLocation.Parse("postgres://bench:VerySecret1@db.example:5433/depot");
        var text = PostgresLocation.Parse("Host=db.example;Port=5433;Database=depot;Username=bench;Password=VerySecret1");
        Assert.Equal("postgres://bench@db.example:5433/depot", url.Display);
        Assert.Equal(url.Display, text.Display);
        Assert.Equal("login failed for ***", url.Redact("login failed for VerySecret1"));
    }

    [Theory]
    [InlineData("postgres://bench@db.example:port/depot", "port")]
    [InlineData("postgres://bench@db.example/depot?colour=blue", "colour")]
    [InlineData("postgres://bench@db.example:5432/", "names no database")]
    public void A_malformed_location_is_refused_with_the_reason(string location, string reason)
    {
        var e = Assert.Throws<StorageException>(() => PostgresLocation.Parse(location));
        Assert.Contains(reason, e.Message);
    }
}
