using System.Diagnostics;
using Depot.Core.Reports;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;

namespace Depot.Core.Generation;

/// <summary>
/// Fills an empty depot with a large, realistic history for measuring: owners, models, units that
/// walked the lifecycle table step by step (so <see cref="Integrity.IntegrityCheck"/> is clean),
/// service cases linking defective and swap units, repair orders and board-swap identifier aliases.
/// The rows have the shapes <see cref="UnitService"/> writes, and the unit counts are kept with
/// them. The same options give the same depot. Rows go in many at a time, a chunk after another,
/// in large units of work.
/// </summary>
public sealed partial class VolumeGenerator
{
    /// <summary>
    /// Units per unit of work: a crash loses at most the file being generated, so there is no need
    /// for one unit of work over everything, and each stays a size the engine handles well.
    /// </summary>
    private const int UnitsPerUnitOfWork = 25_000;

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
    /// Generates the depot. Refuses a depot that already holds units or owners. Reports the number of
    /// units written so far to <paramref name="progress"/> after each unit of work.
    /// </summary>
    public GeneratedVolume Run(IProgress<long>? progress = null)
    {
        if (_context.Read(s => s.Table<UnitRow>().All().Any() || s.Table<OwnerRow>().All().Any()))
        {
            throw new RefusedException($"{_context.DatabasePath} already holds a depot; generate into a new database file");
        }

        var stopwatch = Stopwatch.StartNew();
        var writer = new VolumeWriter();
        _context.Write(w =>
        {
            WriteReferenceData(writer);
            writer.WriteTo(w);
        });

        for (var first = 0; first < _options.Units; first += UnitsPerUnitOfWork)
        {
            var last = Math.Min(_options.Units, first + UnitsPerUnitOfWork);
            var from = first;
            _context.Write(w =>
            {
                for (var i = from; i < last; i++)
                {
                    WriteUnit(writer, i);
                    if (writer.Full)
                    {
                        writer.WriteTo(w);
                    }
                }

                writer.WriteTo(w);
                writer.CountTo(w);
            });
            progress?.Report(last);
        }

        // Rows written in bulk bypass the step-by-step closing of finished cases and counting of report figures.
        new Cases.CaseService(_context).CloseFinished();
        _context.Write(w => ReportCounts.Rebuild(_context, w));
        stopwatch.Stop();
        return new GeneratedVolume(_options.Units, _events, _cases.Count, _aliases, _repairOrders, CountByState(), stopwatch.Elapsed);
    }

    /// <summary>Units per state, from the unit counts.</summary>
    private Dictionary<string, long> CountByState() => _context.Read(UnitCounts.ByState)
        .OrderBy(c => c.Key, StringComparer.Ordinal)
        .ToDictionary(c => c.Key, c => c.Value);

    private void WriteReferenceData(VolumeWriter writer)
    {
        var perOwner = Math.Max(1, _options.Units / _options.Owners);
        _ownerCodes = new string[_options.Owners];
        _ownerPools = new bool[_options.Owners];
        for (var o = 0; o < _options.Owners; o++)
        {
            _ownerCodes[o] = $"OWN{o + 1:D3}";
            _ownerPools[o] = o % 5 != 4;
            var fleet = perOwner * _random.Next(2, 8);
            writer.Owners.Add(new OwnerRow
            {
                Id = o + 1,
                Code = _ownerCodes[o],
                Name = $"{OwnerNames[o % OwnerNames.Length]} {o / OwnerNames.Length + 1}",
                Fleet = fleet,
                TargetPercent = 8,
                Policy = _ownerPools[o] ? "pool" : "user",
            });
        }

        // The partners the journeys send units to are in the catalog, so the bench can send to them too.
        foreach (var partner in Partners)
        {
            writer.Partners.Add(new PartnerRow { Code = partner, Name = $"{partner[0]}{partner[1..].ToLowerInvariant()} repairs", AddedAt = _context.Now, AddedBy = _context.Operator });
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
            writer.Models.Add(new ModelRow
            {
                Id = m + 1,
                Sku = _modelSkus[m],
                Name = $"{brand} {(_modelSerialOnly[m] ? "Scanner" : "Phone")} {m + 1}",
                RetailPrice = 149.00m + _random.Next(0, 27) * 50,
                Currency = "EUR",
            });
        }

        _latestCase = new long[_options.Owners];
        _needsSwap = Enumerable.Range(0, _options.Owners).Select(_ => new Queue<long>()).ToArray();
    }
}
