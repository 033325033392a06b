using Depot.Storage.Tests.Contract;

namespace Depot.Storage.Tests.Postgres;

/// <summary>The unit-of-work contract on PostgreSQL.</summary>
public sealed class PostgresWriterContract : WriterContract<PostgresFixture>;
