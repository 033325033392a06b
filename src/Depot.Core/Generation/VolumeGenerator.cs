using System.Diagnostics;
using System.Globalization;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Generation;

/// <summary>
/// Fills an empty depot with a large, realistic history for measuring: owners, models, units that
/// walked the lifecycle table step by step (so <see cref="Integrity.IntegrityCheck"/> is clean),
/// service cases linking defective and swap units, repair orders and board-swap identifier aliases.
/// The rows have the shapes <see cref="Units.UnitService"/> writes. The same options give the same
/// database. Rows go in through prepared statements in large transactions.
/// </summary>
public sealed partial class VolumeGenerator
{
    private const int UnitsPerTransaction = 25_000;

    private static readonly string[] OwnerNames =
        ["Northwind Logistics", "Contoso Field Services", "Fabrikam Health", "Tailspin Couriers", "Adatum Utilities",
         "Litware Retail", "Proseware Rail", "Wingtip Security", "Woodgrove Insurance", "Alpine Telecom"];

    private static readonly string[] Brands = ["Nokia", "Samsung", "Zebra", "Honeywell", "Apple", "Motorola", "Fairphone", "Crosscall"];

    private readonly DepotContext _context;
    private readonly VolumeOptions _options;
    private readonly Random _random;

    public VolumeGenerator(DepotContext context, VolumeOptions options)
    {
        options.Validate();
        _context = context;
        _options = options;
        _random = new Random(options.Seed);
    }

    /// <summary>
    /// Generates the depot. Refuses a database that already holds units. Reports the number of
    /// units written so far to <paramref name="progress"/> after each transaction.
    /// </summary>
    public GeneratedVolume Run(IProgress<long>? progress = null)
    {
        var connection = _context.Connection;
        if (Convert.ToInt64(connection.Scalar("SELECT count(*) FROM units")) > 0
            || Convert.ToInt64(connection.Scalar("SELECT count(*) FROM owners")) > 0)
        {
            throw new RefusedException($"{_context.DatabasePath} already holds a depot; generate into a new database file");
        }

        var stopwatch = Stopwatch.StartNew();
        // A bulk load into a new file: a crash only loses the file being generated, so the
        // per-commit fsync of normal work is not needed here. Normal settings come back at the end.
        connection.Execute("PRAGMA synchronous = OFF;");
        connection.Execute("PRAGMA cache_size = -524288;");
        // Indexes whose keys arrive in random order are cheaper to build once at the end than to
        // keep up row by row; their definitions come from the schema itself.
        var deferred = DeferredIndexes(connection);
        try
        {
            foreach (var (name, _) in deferred)
            {
                connection.Execute($"DROP INDEX {name};");
            }

            using (var writer = new VolumeWriter(connection))
            {
                WriteReferenceData(writer);
                for (var first = 0; first < _options.Units; first += UnitsPerTransaction)
                {
                    using var transaction = connection.BeginTransaction();
                    writer.Transaction = transaction;
                    var last = Math.Min(_options.Units, first + UnitsPerTransaction);
                    for (var i = first; i < last; i++)
                    {
                        WriteUnit(writer, i);
                    }

                    transaction.Commit();
                    progress?.Report(last);
                }
            }
        }
        finally
        {
            foreach (var (_, sql) in deferred)
            {
                connection.Execute(sql + ";");
            }

            // Rows written in bulk bypass the step-by-step closing of finished cases.
            new Depot.Core.Cases.CaseService(_context).CloseFinished();
            connection.Execute("PRAGMA optimize = 0x10002;");
            connection.Execute("PRAGMA wal_checkpoint(TRUNCATE);");
            connection.Execute("PRAGMA synchronous = FULL;");
            connection.Execute("PRAGMA cache_size = -2000;");
        }

        stopwatch.Stop();
        return new GeneratedVolume(_options.Units, _events, _cases.Count, _aliases, _repairOrders, CountByState(connection), stopwatch.Elapsed);
    }

    private static List<(string Name, string Sql)> DeferredIndexes(SqliteConnection connection)
    {
        using var command = connection.Command(
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND name IN ('events_at', 'units_state', 'units_owner')");
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read())
        {
            indexes.Add((reader.GetString(0), reader.GetString(1)));
        }

        return indexes;
    }

    private static Dictionary<string, long> CountByState(SqliteConnection connection)
    {
        using var command = connection.Command("SELECT state, count(*) FROM units GROUP BY state ORDER BY state");
        using var reader = command.ExecuteReader();
        var counts = new Dictionary<string, long>();
        while (reader.Read())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    private void WriteReferenceData(VolumeWriter writer)
    {
        using var transaction = _context.Connection.BeginTransaction();
        writer.Transaction = transaction;
        var perOwner = Math.Max(1, _options.Units / _options.Owners);
        _ownerCodes = new string[_options.Owners];
        _ownerPools = new bool[_options.Owners];
        for (var o = 0; o < _options.Owners; o++)
        {
            _ownerCodes[o] = $"OWN{o + 1:D3}";
            _ownerPools[o] = o % 5 != 4;
            var name = $"{OwnerNames[o % OwnerNames.Length]} {o / OwnerNames.Length + 1}";
            var fleet = perOwner * _random.Next(2, 8);
            writer.Owner.Run(o + 1, _ownerCodes[o], name, fleet, "8", _ownerPools[o] ? "pool" : "user");
        }

        _modelSkus = new string[_options.Models];
        _modelSerialOnly = new bool[_options.Models];
        _modelCounters = new long[_options.Models];
        _swapCounters = new long[_options.Models];
        for (var m = 0; m < _options.Models; m++)
        {
            _modelSkus[m] = $"SKU-{m + 1:D4}";
            _modelSerialOnly[m] = m % 40 == 39;
            var brand = Brands[m % Brands.Length];
            var price = (149 + _random.Next(0, 27) * 50).ToString(CultureInfo.InvariantCulture) + ".00";
            writer.Model.Run(m + 1, _modelSkus[m], $"{brand} {(_modelSerialOnly[m] ? "Scanner" : "Phone")} {m + 1}", price, "EUR");
        }

        _latestCase = new long[_options.Owners];
        _needsSwap = Enumerable.Range(0, _options.Owners).Select(_ => new Queue<long>()).ToArray();
        transaction.Commit();
    }
}
