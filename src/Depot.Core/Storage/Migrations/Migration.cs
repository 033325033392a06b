namespace Depot.Core.Storage.Migrations;

/// <summary>One forward step of the schema. Versions are applied in order, each in its own transaction.</summary>
public sealed record Migration(int Version, string Name, string Sql);
