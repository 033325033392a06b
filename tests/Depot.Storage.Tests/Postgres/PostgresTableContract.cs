using Depot.Storage.Tests.Contract;

namespace Depot.Storage.Tests.Postgres;

/// <summary>The table contract on PostgreSQL.</summary>
public sealed class PostgresTableContract : TableContract<PostgresFixture>;
