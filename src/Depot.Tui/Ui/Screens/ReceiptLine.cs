namespace Depot.Tui.Ui.Screens;

/// <summary>One line of this sitting's receipts at the dock.</summary>
internal sealed record ReceiptLine(long EventId, DateTimeOffset At, string Identifier, string State, string Owner, string Model, string Ticket);
