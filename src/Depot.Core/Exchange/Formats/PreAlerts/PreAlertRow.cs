using Depot.Core.Cases;
using Depot.Core.Identifiers;

namespace Depot.Core.Exchange.Formats.PreAlerts;

/// <summary>One row of a <c>pre-alerts</c> file: a return the depot should expect, and the case it belongs to.</summary>
public sealed record PreAlertRow(string Ticket, Imei Imei, string ModelSku, string OwnerCode, CaseKind Kind, CaseDetails Details);
