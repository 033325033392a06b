namespace Depot.Core.Exchange.Import;

/// <summary>
/// A format whose import leaves something for the operator to look at afterwards (a cycle count
/// leaves count sessions to reconcile): it adds that to the result once the import is done.
/// </summary>
public interface IFollowUp
{
    ImportResult Complete(ImportResult result);
}
