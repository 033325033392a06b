using Depot.Storage.Tests.LiteDb;

namespace Depot.Storage.Tests.Contract;

/// <summary>The unit-of-work contract on the embedded engine.</summary>
public sealed class LiteDbWriterContract : WriterContract<LiteDbFixture>;
