namespace Depot.Core.Backup;

/// <summary>What a checked backup or restore holds.</summary>
public sealed record BackupSummary(long Units, long Events, int SchemaVersion);
