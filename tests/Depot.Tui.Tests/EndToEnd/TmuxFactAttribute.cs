namespace Depot.Tui.Tests.EndToEnd;

/// <summary>A test that drives the real terminal UI through tmux; skipped, saying why, where tmux is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class TmuxFactAttribute : FactAttribute
{
    public TmuxFactAttribute()
    {
        if (!Tmux.Available)
        {
            Skip = "tmux is not installed: the end-to-end tests drive the real terminal UI through tmux";
        }
    }
}
