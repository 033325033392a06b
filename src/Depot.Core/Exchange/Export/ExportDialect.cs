namespace Depot.Core.Exchange.Export;

/// <summary>How an export file is written.</summary>
public enum ExportDialect
{
    /// <summary>UTF-8 without BOM, <c>,</c> between fields, <c>.</c> decimals: for programs.</summary>
    Default,

    /// <summary><c>;</c> between fields, <c>,</c> decimals and a BOM: what a Nordic spreadsheet opens cleanly.</summary>
    Excel,
}
