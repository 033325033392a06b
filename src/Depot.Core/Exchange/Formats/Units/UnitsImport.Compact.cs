using Depot.Core.Identifiers;

namespace Depot.Core.Exchange.Formats.Units;

// The compact form validated rows are kept in between the two passes of an import.
public sealed partial class UnitsImport
{
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
