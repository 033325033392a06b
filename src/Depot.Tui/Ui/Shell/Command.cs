using Depot.Core;

namespace Depot.Tui.Ui.Shell;

/// <summary>A side effect a screen asks for: a query or a change through the Core services. Only the outer loop runs it.</summary>
internal abstract record Command
{
    public abstract Outcome Run(DepotContext depot);

    /// <summary>
    /// True for a slow read that must not hold back what is already known: the loop runs it only
    /// once the current frame is on screen (keys typed meanwhile wait in the queue).
    /// </summary>
    public virtual bool AfterFrame => false;

    /// <summary>Runs the command; a refusal becomes a <see cref="Refused"/> outcome instead of an exception.</summary>
    public Outcome Execute(DepotContext depot)
    {
        try
        {
            return Run(depot);
        }
        catch (RefusedException e)
        {
            return new Refused(this, e.Message, e.Code);
        }
    }
}
