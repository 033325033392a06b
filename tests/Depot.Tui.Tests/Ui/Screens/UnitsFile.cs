namespace Depot.Tui.Tests.Ui.Screens;

/// <summary>A units import file in the temp folder, in the columns of docs/formats.md.</summary>
internal static class UnitsFile
{
    public static string Write(params string[] rows)
    {
        var file = Path.Combine(Path.GetTempPath(), $"depot-ui-{Guid.NewGuid():N}.csv");
        File.WriteAllLines(file, ["imei,serial,model,owner,grade,bin,purchased,warranty_until,care_plan_until", .. rows]);
        return file;
    }
}
