using Depot.Core.Storage;
using Depot.Core.Storage.Rows;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace Depot.Tui.Ui.Shell;

/// <summary>
/// One screen of the UI: a Terminal.Gui view that lays out standard views, shows what the Core
/// services return and sends what the user chose. Its keys are data (<see cref="Bindings"/>).
/// </summary>
internal abstract class Screen : View, IKeyed
{
    protected Screen(Bench bench)
    {
        Bench = bench;
        Width = Dim.Fill();
        Height = Dim.Fill();
        CanFocus = true;
    }

    public Bench Bench { get; }

    public abstract string Heading { get; }

    /// <summary>A screen reached by its F-key (q quits from it); a sub-screen is not.</summary>
    public virtual bool IsMain => false;

    public abstract IReadOnlyList<KeyBinding> Bindings { get; }

    public TextField? FocusedField => MostFocused as TextField;

    /// <summary>The field a paste goes to, when the screen has one.</summary>
    public virtual TextField? ScanField => null;

    /// <summary>Reads what the screen shows; called when it opens and whenever it is shown again.</summary>
    public virtual void Load()
    {
    }

    /// <summary>
    /// Whether <paramref name="change"/>, made by another bench, touches what this screen shows; the
    /// shell then loads it again. Screens that show nothing another bench changes say no.
    /// </summary>
    public virtual bool Follows(StoreChange change) => false;

    /// <summary>Whether <paramref name="change"/> is to the units table.</summary>
    protected static bool OfUnits(StoreChange change) => change.Table == StoreSchema.For(typeof(UnitRow)).Name;

    /// <summary>Gives focus to the view that should have it when the screen is shown.</summary>
    public virtual void FocusFirst() => SetFocus();

    /// <summary>A scan typed while no field had focus: opens that unit, or says why not.</summary>
    public virtual void Scanned(string text) => Bench.OpenUnit(text);

    public virtual void Escape() => Bench.Back();

    /// <summary>Something changed what the keys do or say: the status bar is drawn again.</summary>
    protected void Changed() => Bench.Changed();
}
