using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Contract;

/// <summary>The table contract on the embedded engine. A PostgreSQL fixture adds a class like this one.</summary>
public sealed class LiteDbTableContract : TableContract<LiteDbFixture>;
