using System.Text.Json;
using System.Text.Json.Serialization;

namespace Depot.Storage.Postgres;

/// <summary>Instants are stored and read back in UTC, whatever offset the row was given (as the embedded engine does).</summary>
internal sealed class UtcInstantConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset().ToUniversalTime();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToUniversalTime());
}
