using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Depot.Core.Storage;
using Depot.Core.Storage.Rows;

namespace Depot.Storage.Postgres;

/// <summary>
/// The NOTIFY payload that tells other benches what a commit changed:
/// <c>{"o":"origin","t":"units","i":[12,13]}</c>. A payload must stay under the server's 8000
/// bytes, so long lists are split; a commit that changed very many rows sends the table with no
/// ids, which means "refresh everything of this table".
/// </summary>
internal static class ChangeNotice
{
    public const string Channel = "depot_changes";

    public const string NotifySql = "SELECT pg_notify('" + Channel + "', $1)";

    /// <summary>Ids per payload: 20-digit ids and commas stay well under 8000 bytes.</summary>
    private const int IdsPerPayload = 300;

    /// <summary>Beyond this many ids in one commit, the watchers are told "many" instead of each id.</summary>
    private const int MostIds = 3000;

    /// <summary>The tables whose changes open screens follow.</summary>
    public static readonly IReadOnlySet<string> Tables = new HashSet<string>(StringComparer.Ordinal)
    {
        StoreSchema.For(typeof(UnitRow)).Name,
        StoreSchema.For(typeof(CaseRow)).Name,
    };

    public static bool Watched(string table) => Tables.Contains(table);

    public static IEnumerable<string> Payloads(string origin, string table, IReadOnlyCollection<long> ids)
    {
        if (ids.Count > MostIds)
        {
            yield return Write(origin, table, []);
            yield break;
        }

        foreach (var chunk in ids.Order().Chunk(IdsPerPayload))
        {
            yield return Write(origin, table, chunk);
        }
    }

    /// <summary>The change in <paramref name="payload"/>, or null when it is not one of ours.</summary>
    public static (string Origin, StoreChange Change)? Read(string payload)
    {
        try
        {
            var notice = JsonSerializer.Deserialize<Wire>(payload);
            return notice?.Origin is { } origin && notice.Table is { } table ? (origin, new StoreChange(table, notice.Ids ?? [])) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Write(string origin, string table, long[] ids) =>
        Encoding.UTF8.GetString(JsonSerializer.SerializeToUtf8Bytes(new Wire(origin, table, ids)));

    private sealed record Wire(
        [property: JsonPropertyName("o")] string? Origin,
        [property: JsonPropertyName("t")] string? Table,
        [property: JsonPropertyName("i")] long[]? Ids);
}
