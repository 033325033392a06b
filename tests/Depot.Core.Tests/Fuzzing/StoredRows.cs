using System.Collections;
using System.Reflection;
using Depot.Core.Storage;

namespace Depot.Core.Tests.Fuzzing;

/// <summary>Every row of any table of the schema, and every text a row holds, for checks over the whole depot.</summary>
internal static class StoredRows
{
    private static readonly MethodInfo TableOf = typeof(IStoreSession).GetMethod(nameof(IStoreSession.Table))!;

    /// <summary>The rows of <paramref name="table"/>, in id order.</summary>
    public static IEnumerable<object> All(IStoreSession session, TableSpec table)
    {
        var rows = TableOf.MakeGenericMethod(table.RowType).Invoke(session, null)!;
        var all = (IEnumerable)typeof(ITable<>).MakeGenericType(table.RowType).GetMethod(nameof(ITable<Depot.Core.Storage.Rows.UnitRow>.All))!.Invoke(rows, null)!;
        foreach (var row in all)
        {
            yield return row;
        }
    }

    /// <summary>Each text field of <paramref name="row"/> (dictionary values included), with its field name.</summary>
    public static IEnumerable<(string Field, string Text)> Texts(object row)
    {
        foreach (var property in row.GetType().GetProperties())
        {
            switch (property.GetValue(row))
            {
                case string text:
                    yield return (property.Name, text);
                    break;
                case IDictionary<string, string> values:
                    foreach (var (key, value) in values)
                    {
                        yield return ($"{property.Name}.{key}", key + value);
                    }

                    break;
            }
        }
    }
}
