using System.Text.Json;
using Depot.Core.Owners;
using Depot.Core.Storage;
using Microsoft.Data.Sqlite;

namespace Depot.Core.Cases;

/// <summary>Opens and finds service cases.</summary>
public sealed partial class CaseService(DepotContext context)
{
    public ServiceCase Open(string ticket, string ownerCode, CaseKind kind) => Open(ticket, ownerCode, kind, CaseDetails.Empty);

    /// <summary>Opens a case with its end user, fault and diagnosis answers.</summary>
    public ServiceCase Open(string ticket, string ownerCode, CaseKind kind, CaseDetails details)
    {
        ticket = (ticket ?? "").Trim();
        if (ticket.Length is 0 or > 40)
        {
            throw new RefusedException($"a case ticket has 1 to 40 characters, got \"{ticket}\"");
        }

        var owner = new Catalog(context).RequireOwner(ownerCode);
        if (Find(ticket) is { } existing)
        {
            throw new RefusedException($"case {existing.Ticket} already exists (owner {existing.OwnerCode}, {existing.Kind})");
        }

        context.Write(t => context.Connection
            .Command(
                """
                INSERT INTO cases (ticket, owner_id, kind, opened_at, customer, phone, email, address, fault, reported_at, diagnosis)
                VALUES ($ticket, $owner, $kind, $at, $customer, $phone, $email, $address, $fault, $reported, $diagnosis)
                """, t)
            .With("$ticket", ticket).With("$owner", owner.Id).With("$kind", kind.ToString().ToLowerInvariant())
            .With("$at", context.Now.ToStored())
            .With("$customer", details.Customer).With("$phone", details.Phone).With("$email", details.Email)
            .With("$address", details.Address).With("$fault", details.Fault)
            .With("$reported", (details.ReportedAt ?? context.Now).ToStored())
            .With("$diagnosis", details.Diagnosis is { Count: > 0 } d ? JsonSerializer.Serialize(d) : null)
            .ExecuteNonQuery());
        return Find(ticket)!;
    }

    public ServiceCase? Find(string ticket)
    {
        using var command = context.Connection.Command(Select + " WHERE c.ticket = $ticket", context.CurrentTransaction).With("$ticket", ticket.Trim());
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    public ServiceCase? FindById(long id)
    {
        using var command = context.Connection.Command(Select + " WHERE c.id = $id", context.CurrentTransaction).With("$id", id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>The case with <paramref name="ticket"/>, or a refusal.</summary>
    public ServiceCase Require(string ticket) =>
        Find(ticket) ?? throw new RefusedException($"no case with ticket \"{ticket}\" (open it with: depot case open)");

    /// <summary>The case a unit was most recently part of, if any.</summary>
    public ServiceCase? CurrentCaseOf(long unitId)
    {
        using var command = context.Connection.Command(
            Select + " JOIN case_units cu ON cu.case_id = c.id WHERE cu.unit_id = $unit ORDER BY c.id DESC LIMIT 1",
            context.CurrentTransaction).With("$unit", unitId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? Read(reader) : null;
    }

    /// <summary>The units a case moves, with their role (defective or swap).</summary>
    public IReadOnlyList<(long UnitId, string Role)> UnitsOf(long caseId)
    {
        using var command = context.Connection.Command("SELECT unit_id, role FROM case_units WHERE case_id = $case ORDER BY role, unit_id", context.CurrentTransaction)
            .With("$case", caseId);
        using var reader = command.ExecuteReader();
        var units = new List<(long, string)>();
        while (reader.Read())
        {
            units.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return units;
    }

    /// <summary>Records that <paramref name="caseId"/> moves <paramref name="unitId"/>, inside the caller's transaction.</summary>
    internal void Link(SqliteTransaction transaction, long caseId, long unitId, string role) =>
        context.Connection.Command("INSERT OR IGNORE INTO case_units (case_id, unit_id, role) VALUES ($case, $unit, $role)", transaction)
            .With("$case", caseId).With("$unit", unitId).With("$role", role).ExecuteNonQuery();

    private const string Select =
        """
        SELECT c.id, c.ticket, o.code, c.kind, c.opened_at, c.closed_at,
               c.customer, c.phone, c.email, c.address, c.fault, c.reported_at, c.diagnosis, c.ship_date, c.due_date
        FROM cases c JOIN owners o ON o.id = c.owner_id
        """;

    private static ServiceCase Read(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), Enum.Parse<CaseKind>(r.GetString(3), ignoreCase: true),
        SqlExtensions.ReadInstant(r.GetString(4)),
        r.IsDBNull(5) ? null : SqlExtensions.ReadInstant(r.GetString(5)))
    {
        Details = new CaseDetails(
            r.GetStringOrNull(6), r.GetStringOrNull(7), r.GetStringOrNull(8), r.GetStringOrNull(9), r.GetStringOrNull(10),
            r.IsDBNull(11) ? null : SqlExtensions.ReadInstant(r.GetString(11)),
            r.IsDBNull(12) ? null : JsonSerializer.Deserialize<Dictionary<string, string>>(r.GetString(12))),
        ShipDate = SqlExtensions.ReadDate(r.GetStringOrNull(13)),
        DueDate = SqlExtensions.ReadDate(r.GetStringOrNull(14)),
    };
}
