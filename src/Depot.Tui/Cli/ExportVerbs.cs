using System.CommandLine;
using Depot.Core;
using Depot.Core.Exchange;
using Depot.Core.Exchange.Export;
using Depot.Core.Lifecycle;

namespace Depot.Tui.Cli;

/// <summary><c>depot export KIND [--out FILE] [--dialect excel] [filters]</c>: to stdout unless --out names a file.</summary>
internal static class ExportVerbs
{
    public static void AddTo(RootCommand root)
    {
        var kind = new Argument<string>("KIND") { Description = string.Join("; ", ExchangeKinds.Exports.Select(k => $"{k.Name}: {k.Description}")) };
        kind.AcceptOnlyFromAmong([.. ExchangeKinds.Exports.Select(k => k.Name)]);
        var output = new Option<string?>("--out") { Description = "Write to this file instead of stdout" };
        var dialect = new Option<string>("--dialect") { Description = "default (UTF-8, ',', '.') or excel (';', ',' decimals, BOM)", DefaultValueFactory = _ => "default" };
        dialect.AcceptOnlyFromAmong("default", "excel");
        var partner = new Option<string?>("--partner") { Description = "repair-orders: this partner's orders" };
        var since = new Option<string?>("--since") { Description = "repair-orders: sent on or after this day (yyyy-MM-dd)" };
        var owner = new Option<string?>("--owner") { Description = "Only this owner (units, pool-levels, overdue-returns, quality-report); billing: the owner billed (required)" };
        var month = new Option<string?>("--month") { Description = "quality-report: only this month (yyyy-MM); billing: the month billed (yyyy-MM, required)" };
        var model = new Option<string?>("--model") { Description = "units: only this model" };
        var state = EnumOption.CreateNullable("--state", "units: only units in this state", EnumSpelling.AsNamed, UnitState.None);
        var command = Verb.Command("export", "Export a partner file (formats: docs/formats.md)", kind, output, dialect, partner, since, owner, model, state, month);
        command.SetAction(parse => Verb.Execute(parse, context =>
        {
            var exportKind = ExchangeKinds.FindExport(parse.GetValue(kind)!)!;
            DateOnly? sinceDay = null;
            if (parse.GetValue(since) is { } text)
            {
                sinceDay = DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var day) ? day : throw new UsageException($"--since takes a date like 2025-03-31, got \"{text}\"");
            }

            if (exportKind.Name == "repair-orders" && string.IsNullOrWhiteSpace(parse.GetValue(partner)))
            {
                throw new UsageException("repair-orders needs --partner CODE");
            }

            if (parse.GetValue(month) is { } monthText
                && !DateOnly.TryParseExact(monthText.Trim() + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
            {
                throw new UsageException($"--month takes a month like 2025-03, got \"{monthText}\"");
            }

            // Checked before any file is opened: an unknown owner or model is refused and writes nothing.
            var filter = new ExportFilter(parse.GetValue(partner), sinceDay, parse.GetValue(owner), parse.GetValue(model), parse.GetValue(state), parse.GetValue(month))
                .Checked(context);
            var style = parse.GetValue(dialect) == "excel" ? ExportDialect.Excel : ExportDialect.Default;
            if (parse.GetValue(output) is { } path)
            {
                var full = Path.GetFullPath(path);
                var temporary = full + ".partial";
                long rows;
                try
                {
                    using var file = new FileStream(temporary, FileMode.Create, FileAccess.Write);
                    rows = exportKind.Run(context, filter, file, style);
                }
                catch
                {
                    // A refused export leaves no half-written file behind.
                    File.Delete(temporary);
                    throw;
                }

                File.Move(temporary, full, overwrite: true);
                parse.InvocationConfiguration.Output.WriteLine($"{exportKind.Name}: {rows} row(s) written to {full}");
                return DepotCli.Done;
            }

            using var stdout = Console.OpenStandardOutput();
            var writer = parse.InvocationConfiguration.Output;
            if (ReferenceEquals(writer, Console.Out))
            {
                exportKind.Run(context, filter, stdout, style, leaveOpen: true);
            }
            else
            {
                // Tests and hosts that capture the output get the text through their writer.
                using var buffer = new MemoryStream();
                exportKind.Run(context, filter, buffer, style, leaveOpen: true);
                writer.Write(new System.Text.UTF8Encoding(false).GetString(buffer.ToArray()));
            }

            return DepotCli.Done;
        }));
        root.Subcommands.Add(command);
    }
}
