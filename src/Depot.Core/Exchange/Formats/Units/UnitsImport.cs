using Depot.Core.Exchange.Import;
using Depot.Core.Exchange.Reading;
using Depot.Core.Identifiers;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Exchange.Formats.Units;

/// <summary>
/// <c>units</c>: swap stock intake. Keyed by the identifier. A new unit gets the Intake trigger; a
/// known unit of the same owner and model only has its descriptive fields updated (those the row
/// gives), never its state.
/// </summary>
public sealed class UnitsImport : IImportFormat<UnitRow>, ICompactRows<UnitRow>, IDisposable
{
    private static readonly Dictionary<string, char> Grades = new() { ["A"] = 'A', ["B"] = 'B', ["C"] = 'C' };

    private readonly DepotContext _context;
    private readonly Dictionary<string, long> _owners;
    private readonly Dictionary<string, long> _models;
    private readonly HashSet<string> _serialsSeen = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>Identifiers the depot holds, when they are few enough to keep: most rows then need no probe of the index.</summary>
    private const int FewIdentifiers = 100_000;

    private HashSet<string>? _existing;
    private bool _existingRead;
    private RawStatement? _lookup;
    private SqliteCommand? _read;
    private UnitIntakeWriter? _writer;

    public UnitsImport(DepotContext context)
    {
        _context = context;
        var catalog = new Catalog(context);
        _owners = catalog.ListOwners().ToDictionary(o => o.Code, o => o.Id, StringComparer.OrdinalIgnoreCase);
        _models = catalog.ListModels().ToDictionary(m => m.Sku, m => m.Id, StringComparer.OrdinalIgnoreCase);
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
            if (UnitIdentifier.TryParseSerial(serialText, out var s, out var reason))
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

        if (row.Serial is { } alias && !_serialsSeen.Add(alias.Value))
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
                $"{row.Identifier} is already in the depot as {known.Owner ?? "(unknown owner)"} {known.Model ?? "(unknown model)"}, state {known.State}; a file does not move units between owners or models");
            return RowPlan.Rejected;
        }

        var same = (row.Grade is null || row.Grade == known.Grade)
            && (row.Bin is null || row.Bin == known.Bin)
            && (row.Purchased is null || row.Purchased.Value.ToStored() == known.Purchased)
            && (row.WarrantyUntil is null || row.WarrantyUntil.Value.ToStored() == known.WarrantyUntil)
            && (row.CarePlanUntil is null || row.CarePlanUntil.Value.ToStored() == known.CarePlanUntil)
            && (row.Serial is null || Lookup(row.Serial.Value) is not null);
        return same ? RowPlan.AlreadyApplied : RowPlan.Update;
    }

    public IDisposable BeginApply(long importId)
    {
        _serialsSeen.Clear();

        // Applying adds identifiers: from here on every lookup asks the database.
        _existing = null;
        _existingRead = true;
        _writer = new UnitIntakeWriter(_context);
        return _writer;
    }

    public void Apply(UnitRow row, RowPlan plan)
    {
        var writer = _writer ?? throw new InvalidOperationException("BeginApply first");
        if (plan == RowPlan.New)
        {
            var unitId = writer.Intake(row.Identifier, _owners[row.OwnerCode], _models[row.ModelSku], row.Grade ?? "A", row.Bin,
                row.Purchased, row.WarrantyUntil, row.CarePlanUntil);
            if (row.Serial is { } serial)
            {
                writer.AddIdentifier(unitId, serial);
            }

            return;
        }

        var known = Lookup(row.Identifier) ?? throw new RefusedException($"{row.Identifier}: no longer in the depot");
        _context.Connection.Command(
            """
            UPDATE units SET grade = coalesce($grade, grade), bin = coalesce($bin, bin), purchased = coalesce($purchased, purchased),
                warranty_until = coalesce($warranty, warranty_until), care_plan_until = coalesce($care, care_plan_until), version = version + 1
            WHERE id = $id
            """, _context.CurrentTransaction)
            .With("$grade", row.Grade).With("$bin", row.Bin).With("$purchased", row.Purchased?.ToStored())
            .With("$warranty", row.WarrantyUntil?.ToStored()).With("$care", row.CarePlanUntil?.ToStored()).With("$id", known.Id)
            .ExecuteNonQuery();
        if (row.Serial is { } alias && Lookup(alias) is null)
        {
            writer.AddIdentifier(known.Id, alias);
        }
    }

    public void Write(BinaryWriter writer, UnitRow row)
    {
        WriteIdentifier(writer, row.Identifier);
        writer.Write(row.Serial is not null);
        if (row.Serial is { } serial)
        {
            WriteIdentifier(writer, serial);
        }

        writer.Write(row.ModelSku);
        writer.Write(row.OwnerCode);
        WriteText(writer, row.Grade);
        WriteText(writer, row.Bin);
        WriteDate(writer, row.Purchased);
        WriteDate(writer, row.WarrantyUntil);
        WriteDate(writer, row.CarePlanUntil);
    }

    public UnitRow Read(BinaryReader reader)
    {
        var identifier = ReadIdentifier(reader);
        UnitIdentifier? serial = reader.ReadBoolean() ? ReadIdentifier(reader) : null;
        var model = reader.ReadString();
        var owner = reader.ReadString();
        return new UnitRow(identifier, serial, model, owner, ReadText(reader), ReadText(reader), ReadDate(reader), ReadDate(reader), ReadDate(reader));
    }

    public void Dispose()
    {
        _lookup?.Dispose();
        _read?.Dispose();
    }

    private Known? Lookup(UnitIdentifier identifier)
    {
        // Most rows of a stock file are new: one index probe tells (or, for a small depot, the set of
        // its identifiers read once), and only a known unit is read in full.
        if (!_existingRead)
        {
            _existingRead = true;
            _existing = ReadFewIdentifiers();
        }

        if (_existing is not null && !_existing.Contains(identifier.Value))
        {
            return null;
        }

        _lookup ??= new RawStatement(_context.Connection, "SELECT unit_id FROM unit_identifiers WHERE identifier = ?1");
        if (_lookup.Bind(1, identifier.Value).ScalarInt64() is not { } unitId)
        {
            return null;
        }

        if (_read is null || _read.Transaction != _context.CurrentTransaction)
        {
            _read?.Dispose();
            _read = _context.Connection.Command(
                """
                SELECT u.id, u.identifier, u.owner_id, u.model_id, o.code, m.sku, u.state, u.grade, u.bin, u.purchased, u.warranty_until, u.care_plan_until
                FROM units u LEFT JOIN owners o ON o.id = u.owner_id LEFT JOIN models m ON m.id = u.model_id
                WHERE u.id = $id
                """, _context.CurrentTransaction).With("$id", 0L);
            _read.Prepare();
        }

        _read.Parameters[0].Value = unitId;
        using var reader = _read.ExecuteReader();
        return reader.Read()
            ? new Known(reader.GetInt64(0), reader.GetString(1), reader.GetInt64OrNull(2), reader.GetInt64OrNull(3), reader.GetStringOrNull(4),
                reader.GetStringOrNull(5), reader.GetString(6), reader.GetStringOrNull(7), reader.GetStringOrNull(8), reader.GetStringOrNull(9),
                reader.GetStringOrNull(10), reader.GetStringOrNull(11))
            : null;
    }

    /// <summary>Every identifier the depot holds, or null when there are more than <see cref="FewIdentifiers"/>.</summary>
    private HashSet<string>? ReadFewIdentifiers()
    {
        var transaction = _context.CurrentTransaction;
        using (var probe = _context.Connection.Command("SELECT count(*) FROM (SELECT 1 FROM unit_identifiers LIMIT $limit)", transaction))
        {
            if (Convert.ToInt64(probe.With("$limit", FewIdentifiers + 1).ExecuteScalar()) > FewIdentifiers)
            {
                return null;
            }
        }

        var identifiers = new HashSet<string>(StringComparer.Ordinal);
        using var command = _context.Connection.Command("SELECT identifier FROM unit_identifiers", transaction);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            identifiers.Add(reader.GetString(0));
        }

        return identifiers;
    }

    private sealed record Known(long Id, string Identifier, long? OwnerId, long? ModelId, string? Owner, string? Model, string State,
        string? Grade, string? Bin, string? Purchased, string? WarrantyUntil, string? CarePlanUntil);

    private static void WriteIdentifier(BinaryWriter writer, UnitIdentifier identifier)
    {
        writer.Write((byte)identifier.Kind);
        writer.Write(identifier.Value);
    }

    private static UnitIdentifier ReadIdentifier(BinaryReader reader)
    {
        var kind = (IdentifierKind)reader.ReadByte();
        return new UnitIdentifier(reader.ReadString(), kind);
    }

    private static void WriteText(BinaryWriter writer, string? text)
    {
        writer.Write(text is not null);
        if (text is not null)
        {
            writer.Write(text);
        }
    }

    private static string? ReadText(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    // Day numbers start at 0 (0001-01-01), so -1 stands for no date.
    private static void WriteDate(BinaryWriter writer, DateOnly? date) => writer.Write7BitEncodedInt((date?.DayNumber ?? -1) + 1);

    private static DateOnly? ReadDate(BinaryReader reader) => reader.Read7BitEncodedInt() - 1 is var day and >= 0 ? DateOnly.FromDayNumber(day) : null;
}
