using Depot.Core.Storage;
using LiteDB;

namespace Depot.Storage.LiteDb;

/// <summary>
/// How an <see cref="IndexSpec"/> becomes a LiteDB index and its queries. A unique index is the
/// field itself. Any other index is the pair [field, id]: LiteDB keeps equal keys in the order they
/// were indexed, and a row whose key changed goes to the end of its group, so the id in the key is
/// what makes "key order, then id order" hold. Values always go in as parameters: a literal is
/// parsed and cached per distinct value (LiteDB's <c>Query.EQ</c> is 20 times slower for it).
/// </summary>
internal static class LiteDbIndexes
{
    private static readonly Dictionary<IndexSpec, Plan> Plans = [];
    private static readonly Lock Guard = new();

    /// <summary>The LiteDB index expression of <paramref name="index"/>.</summary>
    public static string Expression(IndexSpec index) => index.Unique ? $"$.{index.Field}" : $"[$.{index.Field}, $._id]";

    public static Plan For(IndexSpec index)
    {
        lock (Guard)
        {
            if (!Plans.TryGetValue(index, out var plan))
            {
                plan = new Plan(index);
                Plans[index] = plan;
            }

            return plan;
        }
    }

    /// <summary>An index key as BSON: text or a 64-bit integer.</summary>
    public static BsonValue Key(object key) => key switch
    {
        string text => new BsonValue(text),
        long number => new BsonValue(number),
        int number => new BsonValue((long)number),
        _ => throw new ArgumentException($"an index key is text or an integer, got {key?.GetType().Name ?? "null"}"),
    };

    /// <summary>The query texts of one index, built once.</summary>
    internal sealed class Plan
    {
        private readonly IndexSpec _index;
        private readonly string _between;

        public Plan(IndexSpec index)
        {
            _index = index;
            OrderBy = Expression(index);
            var expression = OrderBy;
            _between = $"{expression} BETWEEN @0 AND @1";
            Equal = index.Unique ? $"$.{index.Field} = @0" : _between;
        }

        /// <summary>The expression results are ordered by (the index itself, so LiteDB walks it in order).</summary>
        public string OrderBy { get; }

        private string Equal { get; }

        public BsonExpression EqualTo(object key)
        {
            var value = Key(key);
            return _index.Unique
                ? BsonExpression.Create(Equal, value)
                : BsonExpression.Create(Equal, Low(value), High(value));
        }

        /// <summary>Keys from <paramref name="from"/> to <paramref name="to"/>, both inclusive; an open end stops at the index's kind of key (rows without a key are left out).</summary>
        public BsonExpression Between(object? from, object? to)
        {
            var lower = from is null ? Lowest : Key(from);
            var upper = to is null ? Highest : Key(to);
            return _index.Unique
                ? BsonExpression.Create(_between, lower, upper)
                : BsonExpression.Create(_between, Low(lower), High(upper));
        }

        private BsonValue Lowest => _index.KeyType == IndexKeyType.Text ? new BsonValue("") : new BsonValue(long.MinValue);

        private BsonValue Highest => _index.KeyType == IndexKeyType.Text ? BsonValue.MaxValue : new BsonValue(long.MaxValue);

        private static BsonArray Low(BsonValue key) => [key, BsonValue.MinValue];

        private static BsonArray High(BsonValue key) => [key, BsonValue.MaxValue];
    }
}
