namespace Depot.Tui.Ui.Screens;

/// <summary>One line of the Exchange screen's menu: import or export one kind of partner file.</summary>
internal sealed record ExchangeChoice(bool Import, string Kind, string Description)
{
    public string Label => $"{(Import ? "Import" : "Export")} {Kind}";
}
