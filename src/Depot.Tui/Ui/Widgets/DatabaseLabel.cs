namespace Depot.Tui.Ui.Widgets;

/// <summary>How the header names the database: a file by its name and folder (home as ~), a server by host and database, never a password.</summary>
internal static class DatabaseLabel
{
    public static string Describe(string database, int width)
    {
        if (Server(database) is { } server)
        {
            return Fit(server, width);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var path = home.Length > 1 && database.StartsWith(home + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? "~" + database[home.Length..]
            : database;
        if (path.Length <= width)
        {
            return path;
        }

        // The file name always shows; the folder keeps its end, the part nearest the file.
        var name = Path.GetFileName(path);
        var folder = Path.GetDirectoryName(path) ?? "";
        var room = width - name.Length - 4;
        return room < 6 ? Fit(name, width) : $"{name} in …{folder[^Math.Min(folder.Length, room)..]}";
    }

    /// <summary>"server host/database" for a connection string or URL, else null.</summary>
    private static string? Server(string database)
    {
        if (database.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || database.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(database, UriKind.Absolute, out var uri) ? $"server {uri.Host}{uri.AbsolutePath}" : "server";
        }

        if (!database.Contains('=', StringComparison.Ordinal) || !database.Contains(';', StringComparison.Ordinal))
        {
            return null;
        }

        var parts = database.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2)
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim());
        parts.TryGetValue("host", out var host);
        parts.TryGetValue("database", out var name);
        return $"server {host ?? "?"}/{name ?? "?"}";
    }

    private static string Fit(string text, int width) => width <= 1 || text.Length <= width ? text : text[..(width - 1)] + "…";
}
