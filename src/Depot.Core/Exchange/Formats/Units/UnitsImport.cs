using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Storage.Rows;
using Depot.Core.Units;
using StoredUnit = Depot.Core.Storage.Rows.UnitRow;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// <c>units</c>: swap stock intake. Keyed by the identifier. A new unit gets the Intake trigger; a
/// known unit of the same owner and model only has its descriptive fields updated (those the row
/// gives), never its state. New units go in through <see cref="UnitIntakeWriter"/>, many at a time.
/// </summary>
public sealed partial class UnitsImport : IImportFormat<UnitRow>, ICompactRows<UnitRow>
{
    private static readonly Dictionary<string, char> Grades = new() { ["A"] = 'A', ["B"] = 'B', ["C"] = 'C' };

    private readonly DepotContext _context;
    private readonly Dictionary<string, long> _owners;
    private readonly Dictionary<string, long> _models;
    private readonly Dictionary<long, string> _ownerCodes;
    private readonly Dictionary<long, string> _modelSkus;

    /// <summary>The serial shape of each model that declares a pattern, by SKU.</summary>
    private readonly Dictionary<string, SerialShape> _serialShapes = new(StringComparer.OrdinalIgnoreCase);

    private readonly HashSet<string> _serialsSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Second identifiers this import gave units: a later row's own identifier must not be one of them.</summary>
    private readonly HashSet<string> _aliasesAdded = new(StringComparer.Ordinal);

    /// <summary>Units (about as many identifiers) up to which the depot's identifiers are worth reading at once.</summary>
    private const long FewUnits = 100_000;

    private long? _depotUnits;
    private long _probes;

    /// <summary>Every identifier the depot held when the import began, with its unit, once read (see <see cref="Lookup"/>).</summary>
    private Dictionary<string, long>? _held;

    private UnitIntakeWriter? _writer;

    public UnitsImport(DepotContext context)
    {
        _context = context;
        var (owners, models) = context.Read(s => (s.Table<OwnerRow>().All().ToList(), s.Table<ModelRow>().All().ToList()));
        _owners = owners.ToDictionary(o => o.Code, o => o.Id, StringComparer.OrdinalIgnoreCase);
        _models = models.ToDictionary(m => m.Sku, m => m.Id, StringComparer.OrdinalIgnoreCase);
        _ownerCodes = owners.ToDictionary(o => o.Id, o => o.Code);
        _modelSkus = models.ToDictionary(m => m.Id, m => m.Sku);
        foreach (var model in models)
        {
            if (model.SerialPattern is { } pattern)
            {
                _serialShapes[model.Sku] = SerialShape.OfModel(model.Sku, pattern);
            }
        }
    }

    public string Kind => "units";

    public ColumnSet Columns => UnitColumns.Set;

    public UnitRow? Parse(FieldReader fields)
    {
        var imeiText = fields.Optional("imei");
        var serialText = fields.Optional("serial");
        UnitIdentifier? serial = null;
        if (serialText is not null)
        {
            // The serial number of the row's model: of its declared pattern, else of the default
            // shape. One the depot already holds names its unit whatever its shape.
            var shape = fields.Optional("model") is { } sku && _serialShapes.TryGetValue(sku, out var declared) ? declared : SerialShape.Default;
            if (UnitIdentifier.TryParseSerial(serialText, out var s, out var reason, shape)
                || (UnitIdentifier.TryParseSerial(serialText, out s, out _, SerialShape.Stored) && Lookup(s) is not null))
            {
                serial = s;
            }
            else
            {
                fields.Fail("serial", reason);
            }
        }

        UnitIdentifier? identifier = null;
        if (imeiText is not null)
        {
            var imei = fields.Imei("imei");
            identifier = new UnitIdentifier(imei.Value, IdentifierKind.Imei);
        }
        else if (serial is null && serialText is null)
        {
            fields.Fail("imei", "an IMEI or a serial number is required");
        }

        var model = fields.Required("model");
        var owner = fields.Required("owner");
        var grade = fields.OneOf("grade", Grades, required: false);
        var bin = fields.Text("bin", 40);
        var purchased = fields.Date("purchased");
        var warranty = fields.Date("warranty_until");
        var care = fields.Date("care_plan_until");
        if (fields.Error is not null)
        {
            return null;
        }

        return new UnitRow(identifier ?? serial!.Value, identifier is null ? null : serial, model, owner,
            grade?.ToString(), bin, purchased, warranty, care);
    }

    public string Key(UnitRow row) => row.Identifier.Value;

    public RowPlan Check(UnitRow row, FieldReader fields)
    {
        if (!_owners.TryGetValue(row.OwnerCode, out var ownerId))
        {
            fields.Fail("owner", $"an owner the depot knows ({string.Join(", ", _owners.Keys.Order())})");
            return RowPlan.Rejected;
        }

        if (!_models.TryGetValue(row.ModelSku, out var modelId))
        {
            fields.Fail("model", $"a model the depot knows ({string.Join(", ", _models.Keys.Order())})");
            return RowPlan.Rejected;
        }

        // A serial number names one unit of the file, whether as its only identifier or its second one.
        if ((row.Serial is { } alias && !_serialsSeen.Add(alias.Value))
            || (row.Identifier.Kind == IdentifierKind.Serial && !_serialsSeen.Add(row.Identifier.Value)))
        {
            fields.Fail("serial", "the same serial number as an earlier row of this file");
            return RowPlan.Rejected;
        }

        var known = Lookup(row.Identifier);
        if (row.Serial is { } serial && Lookup(serial) is { } holder && holder.Id != known?.Id)
        {
            fields.Fail("serial", $"already the identifier of another unit ({holder.Identifier})");
            return RowPlan.Rejected;
        }

        if (known is null)
        {
            return RowPlan.New;
        }

        if (known.OwnerId != ownerId || known.ModelId != modelId)
        {
            fields.Fail(known.OwnerId != ownerId ? "owner" : "model",
                $"{row.Identifier} is already in the depot as {Code(_ownerCodes, known.OwnerId) ?? "(unknown owner)"} {Code(_modelSkus, known.ModelId) ?? "(unknown model)"}, state {known.State}; a file does not move units between owners or models");
            return RowPlan.Rejected;
        }

        var same = (row.Grade is null || row.Grade == known.Grade)
            && (row.Bin is null || row.Bin == known.Bin)
            && (row.Purchased is null || row.Purchased == known.Purchased)
            && (row.WarrantyUntil is null || row.WarrantyUntil == known.WarrantyUntil)
            && (row.CarePlanUntil is null || row.CarePlanUntil == known.CarePlanUntil)
            && (row.Serial is null || Lookup(row.Serial.Value) is not null);
        return same ? RowPlan.AlreadyApplied : RowPlan.Update;
    }

    public IDisposable BeginApply(long importId)
    {
        _serialsSeen.Clear();
        _aliasesAdded.Clear();
        _writer = new UnitIntakeWriter(_context);
        return _writer;
    }

    public void Apply(UnitRow row, RowPlan plan)
    {
        var writer = _writer ?? throw new InvalidOperationException("BeginApply first");

        // Validation looked each identifier up in the depot; what it could not see is what this
        // import itself adds, so only those are checked again here.
        if (_aliasesAdded.Contains(row.Identifier.Value))
        {
            throw new RefusedException($"{row.Identifier} is already the identifier of another unit of this file");
        }

        if (plan == RowPlan.New)
        {
            // Validation found the serial on no unit of the depot; another bench adding it since is
            // stopped by the identifiers' unique key, which undoes the whole import.
            if (row.Serial is { } alias && writer.IsPending(alias.Value))
            {
                throw new RefusedException($"serial {alias} is already the identifier of another unit");
            }

            writer.Intake(row.Identifier, row.Serial, _owners[row.OwnerCode], _models[row.ModelSku], row.Grade ?? "A", row.Bin,
                row.Purchased, row.WarrantyUntil, row.CarePlanUntil);
            Added(row.Serial);
            return;
        }

        _context.Write(w =>
        {
            var units = w.Table<StoredUnit>();
            var known = Lookup(row.Identifier) ?? throw new RefusedException($"{row.Identifier}: no longer in the depot");
            var serialHolder = row.Serial is { } serial ? writer.HolderOf(serial.Value) : null;
            if (serialHolder is not null && serialHolder != known.Id)
            {
                throw new RefusedException($"serial {row.Serial} is already the identifier of another unit");
            }

            // Descriptive fields only: owner, model and state stay, so the unit counts do not move.
            var version = known.Version;
            known.Grade = row.Grade ?? known.Grade;
            known.Bin = row.Bin ?? known.Bin;
            known.Purchased = row.Purchased ?? known.Purchased;
            known.WarrantyUntil = row.WarrantyUntil ?? known.WarrantyUntil;
            known.CarePlanUntil = row.CarePlanUntil ?? known.CarePlanUntil;
            known.Version = version + 1;
            if (!units.UpdateIfVersion(known, version))
            {
                throw new ConcurrencyException($"{row.Identifier}: changed by someone else meanwhile; nothing was saved for this row");
            }

            if (row.Serial is { } alias && serialHolder is null)
            {
                writer.AddIdentifier(known.Id, alias);
                Added(alias);
            }
        });
    }

    private void Added(UnitIdentifier? alias)
    {
        if (alias is { } added)
        {
            _aliasesAdded.Add(added.Value);
        }
    }

    /// <summary>The unit known by <paramref name="identifier"/> now or in the past; null when unknown.</summary>
    private StoredUnit? Lookup(UnitIdentifier identifier)
    {
        // Most rows of a stock file are new. A small depot's identifiers are read once when the file
        // has enough rows to pay for it; otherwise one look-up in the identifiers index tells.
        _depotUnits ??= _context.Read(s => UnitCounts.ByState(s).Values.Sum());
        if (_held is null && _depotUnits <= FewUnits && ++_probes > _depotUnits / 16)
        {
            _held = _context.Read(s => s.Table<UnitIdentifierRow>().All().ToDictionary(i => i.Identifier, i => i.UnitId, StringComparer.Ordinal));
        }

        if (_held is not null)
        {
            return _held.TryGetValue(identifier.Value, out var unitId) ? _context.Read(s => s.Table<StoredUnit>().Get(unitId)) : null;
        }

        return _context.Read(s =>
            s.Table<UnitIdentifierRow>().FindOne(UnitIdentifierRow.ByIdentifier, identifier.Value) is { } held
                ? s.Table<StoredUnit>().Get(held.UnitId)
                : null);
    }

    private static string? Code(Dictionary<long, string> codes, long? id) => id is { } key ? codes.GetValueOrDefault(key) : null;
}
