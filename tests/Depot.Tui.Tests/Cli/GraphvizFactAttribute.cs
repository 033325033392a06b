namespace Depot.Tui.Tests.Cli;

/// <summary>A test that needs Graphviz's <c>dot</c>; skipped, saying why, where it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class GraphvizFactAttribute : FactAttribute
{
    public GraphvizFactAttribute()
    {
        if (Graphviz.Dot is null)
        {
            Skip = "Graphviz is not installed (no dot on the PATH): depot lifecycle --dot is checked as text only";
        }
    }
}
