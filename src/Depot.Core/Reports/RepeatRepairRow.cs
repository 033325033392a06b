namespace Depot.Core.Reports;

/// <summary>
/// One partner's or one model's repairs and how many of them came back inside their repair warranty.
/// </summary>
/// <param name="By">"partner" or "model".</param>
/// <param name="Name">The partner code ("-" when the repair named none) or the model SKU.</param>
/// <param name="Repairs">Partner repairs that passed quality check in the period.</param>
/// <param name="Repeats">Units received in the period inside the repair warranty of such a repair.</param>
/// <param name="Rate">Repeats as a share of repairs, rounded to 3 decimals (0 without repairs).</param>
public sealed record RepeatRepairRow(string By, string Name, int Repairs, int Repeats, decimal Rate);
