using Depot.Core.Storage.Rows;

namespace Depot.Core.Partners;

/// <summary>
/// The repair partners the depot works with. Codes match case-insensitively, so "nordrep" and
/// "NORDREP" are one partner; sending to a code the catalog does not know is refused.
/// </summary>
public sealed class PartnerCatalog(DepotContext context)
{
    public Partner Add(string code, string name)
    {
        code = (code ?? "").Trim();
        if (code.Length is 0 or > 20 || !code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            throw new RefusedException($"a partner code has 1 to 20 letters, digits, '-' or '_', got \"{code}\"");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            throw new RefusedException("a partner needs a name (--name)");
        }

        var row = new PartnerRow { Code = code.ToUpperInvariant(), Name = name.Trim(), AddedAt = context.Now, AddedBy = context.Operator };
        context.Write(w =>
        {
            if (w.Table<PartnerRow>().FindOne(PartnerRow.ByCode, row.CodeKey) is { } existing)
            {
                throw new RefusedException($"partner {existing.Code} already exists ({existing.Name})");
            }

            w.Table<PartnerRow>().Insert(row);
        });
        return ToPartner(row);
    }

    public Partner? Find(string code) =>
        context.Read(s => s.Table<PartnerRow>().FindOne(PartnerRow.ByCode, (code ?? "").Trim().ToUpperInvariant())) is { } row ? ToPartner(row) : null;

    /// <summary>The partner with <paramref name="code"/> (any case), or a refusal that lists the known ones.</summary>
    public Partner Require(string code)
    {
        if (Find(code) is { } partner)
        {
            return partner;
        }

        var known = List();
        throw new RefusedException(known.Count == 0
            ? $"no repair partner \"{code?.Trim()}\": none is known yet (add one with: depot partner add CODE --name NAME)"
            : $"no repair partner \"{code?.Trim()}\" (known: {string.Join(", ", known.Select(p => p.Code))})");
    }

    public IReadOnlyList<Partner> List() =>
        context.Read(s => s.Table<PartnerRow>().All().ToList()).OrderBy(p => p.Code, StringComparer.Ordinal).Select(ToPartner).ToList();

    private static Partner ToPartner(PartnerRow row) => new(row.Code, row.Name, row.AddedAt, row.AddedBy);
}
