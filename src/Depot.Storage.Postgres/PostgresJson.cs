using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Depot.Core.Storage;

namespace Depot.Storage.Postgres;

/// <summary>
/// How a row becomes the jsonb document of its table: every public property under its own name,
/// the computed key properties too (the indexes read them), nulls left out, instants in UTC. The id
/// lives in the id column only.
/// </summary>
internal static class PostgresJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { WithoutId } },
        Converters = { new UtcInstantConverter() },
    };

    public static string Write<TRow>(TRow row) where TRow : class, IRow => JsonSerializer.Serialize(row, Options);

    public static TRow Read<TRow>(long id, string document) where TRow : class, IRow
    {
        var row = JsonSerializer.Deserialize<TRow>(document, Options)
            ?? throw new StorageException(StorageFailure.Damaged, $"row {id} of {typeof(TRow).Name} is empty");
        row.Id = id;
        return row;
    }

    private static void WithoutId(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !typeof(IRow).IsAssignableFrom(info.Type))
        {
            return;
        }

        for (var i = info.Properties.Count - 1; i >= 0; i--)
        {
            if (info.Properties[i].Name == nameof(IRow.Id))
            {
                info.Properties.RemoveAt(i);
            }
        }
    }
}
