using System.Globalization;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>How rows become BSON: instants as UTC date-times, calendar dates as ISO text.</summary>
internal static class LiteDbMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { SerializeNullValues = false, TrimWhitespace = false, EmptyStringToNull = false };
        mapper.RegisterType(
            serialize: instant => new BsonValue(instant.UtcDateTime),
            deserialize: value => new DateTimeOffset(DateTime.SpecifyKind(value.AsDateTime.ToUniversalTime(), DateTimeKind.Utc)));
        mapper.RegisterType(
            serialize: date => new BsonValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            deserialize: value => DateOnly.ParseExact(value.AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        return mapper;
    }
}
