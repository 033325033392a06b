using Depot.Tui.Ui.Input;

namespace Depot.Tui.Ui.Shell;

/// <summary>Turns a key into the command of the binding it matches; a disabled binding says why instead.</summary>
internal static class Dispatch
{
    public static Step? Key(IScreen screen, ConsoleKeyInfo key, Func<string, Step> act)
    {
        var binding = screen.Bindings.Find(key);
        if (binding is null)
        {
            return null;
        }

        return binding.Enabled ? act(binding.Command) : Step.Say(screen, $"{binding.Label}: {binding.DisabledBecause}");
    }
}
