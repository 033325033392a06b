using System.Globalization;
using CsvHelper;
using LiteDB;

namespace Depot.Storage.Tests.LiteDb;

/// <summary>
/// Builds the small depot file that format version 1 wrote, from its contents kept as text
/// (Data/format-1.csv): the file's pragmas, every index as LiteDB defined it, and every document
/// as LiteDB's JSON. The file is made with LiteDB itself, not through the store, so it stays the
/// file an older program left behind whatever the store does today.
/// </summary>
internal static class FormatFile
{
    public static void Build(string csv, string target)
    {
        var lines = ReadLines(csv);
        var pragma = lines.Where(l => l.Kind == "pragma").ToDictionary(l => l.Collection, l => l.Value);
        var connection = new ConnectionString
        {
            Filename = target,
            Collation = pragma["COLLATION"] == "/Ordinal" ? Collation.Binary : new Collation(pragma["COLLATION"]),
        };
        using var database = new LiteDatabase(connection);
        database.Pragma("CHECKPOINT", int.Parse(pragma["CHECKPOINT"], CultureInfo.InvariantCulture));
        database.UserVersion = int.Parse(pragma["USER_VERSION"], CultureInfo.InvariantCulture);
        foreach (var line in lines.Where(l => l.Kind != "pragma"))
        {
            var value = JsonSerializer.Deserialize(line.Value).AsDocument;
            var collection = database.GetCollection(line.Collection);
            if (line.Kind == "index")
            {
                collection.EnsureIndex(value["name"].AsString, BsonExpression.Create(value["expression"].AsString), value["unique"].AsBoolean);
            }
            else
            {
                collection.Insert(value);
            }
        }

        database.Checkpoint();
    }

    private static List<(string Kind, string Collection, string Value)> ReadLines(string csv)
    {
        using var rows = CsvReader.Create(File.OpenRead(csv), CsvReaderOptions.Default with { HasHeader = true }, leaveOpen: false);
        rows.ReadHeader();
        var lines = new List<(string, string, string)>();
        while (rows.Read())
        {
            var fields = rows.Current.ToArray();
            lines.Add((fields[0], fields[1], fields[2]));
        }

        return lines;
    }
}
