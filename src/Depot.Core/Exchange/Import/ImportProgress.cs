namespace Depot.Core.Exchange.Import;

/// <summary>How far an import is: which pass, how many bytes of the file and rows are behind it.</summary>
public sealed record ImportProgress(string Phase, long BytesDone, long BytesTotal, long Rows);
