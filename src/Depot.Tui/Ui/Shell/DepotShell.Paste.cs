namespace Depot.Tui.Ui.Shell;

// A paste (bracketed by the terminal) is routed here rather than left to the focused view, so it
// reaches the scan field wherever that sits, and each pasted line counts as one scan.
internal sealed partial class DepotShell
{
    /// <summary>Takes a pasted text: whole lines are scans, a last line without Enter waits in the field.</summary>
    public bool Paste(string text)
    {
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        if (OpenDialog is { } dialog)
        {
            // A question takes a pasted value in its field, never a scan.
            dialog.FocusedField?.InsertText(parts[0].Trim());
            return true;
        }

        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i].Trim();
            var complete = i < parts.Length - 1;
            var field = Top.ScanField ?? Top.FocusedField;
            if (field is not null)
            {
                field.InsertText(part);
                if (complete)
                {
                    HandleKey(Terminal.Gui.Input.Key.Enter);
                }

                continue;
            }

            foreach (var c in part)
            {
                _burst.Type(c, acts: false);
            }

            if (complete && _burst.Enter() is { } scan)
            {
                Top.Scanned(scan);
            }
        }

        Refresh();
        return true;
    }
}
