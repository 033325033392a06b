using Depot.Core.Exchange.Reading;
using Depot.Core.Storage;

namespace Depot.Core.Exchange.Import;

/// <summary>
/// Runs one import as docs/formats.md says. A first streaming pass validates every row (fields, rules,
/// what the depot holds, duplicates within the file) and keeps only one byte per row plus the keys
/// seen; rejected rows go straight to a temporary rejects file. Unless it is a dry run (or a strict
/// import found invalid rows), a second pass applies the valid rows, and the
/// import is recorded, also when every row was already applied. A format with a compact form
/// (<see cref="ICompactRows{TRow}"/>) has its valid rows kept in a temporary file by the first
/// pass, so the second does not parse the file again. A real import is one unit of work (<see cref="DepotContext.BeginBatch"/>) that opens
/// before validation, so no other bench changes what was validated, and commits only at the end:
/// a killed import leaves the depot as it was. Each row is applied behind a savepoint, so a row
/// refused while applying leaves the others.
/// </summary>
public sealed class ImportRunner(DepotContext context)
{
    /// <summary>The key every import holds for its whole unit of work (see <see cref="Storage.IStoreWriter.Hold"/>).</summary>
    internal const string ImportKey = "import";

    private const int ProgressEvery = 8192;

    /// <summary>Columns named one by one in a message or in warnings; a damaged header can have thousands.</summary>
    private const int MostWarnings = 12;

    /// <summary>Rows above which the memory of validation is handed back before applying.</summary>
    private const long LargeFile = 100_000;

    public ImportResult Run<TRow>(IImportFormat<TRow> format, ImportSource source, ImportOptions options, IProgress<ImportProgress>? progress = null)
        where TRow : class
    {
        try
        {
            return RunPasses(format, source, options, progress);
        }
        catch (StorageException e)
        {
            throw new RefusedException($"nothing was imported from {source.Name}: {e.Message}", e);
        }
        catch (IOException e) when (!options.DryRun && format is ICompactRows<TRow>)
        {
            throw new RefusedException($"nothing was imported from {source.Name}: the validated rows cannot be kept in {Path.GetTempPath()} ({e.Message})");
        }
    }

    private ImportResult RunPasses<TRow>(IImportFormat<TRow> format, ImportSource source, ImportOptions options, IProgress<ImportProgress>? progress)
        where TRow : class
    {
        FileFacts facts;
        using (var stream = source.Open())
        {
            facts = FileFacts.Examine(stream);
        }

        if (facts.NotText is { } why)
        {
            throw new RefusedException($"{source.Name} is not a CSV file the depot reads: {why}");
        }

        var zone = Calendar.DepotCalendar.ZoneOf(context);
        var plans = new List<RowPlan>();
        var errors = new List<RowError>();
        var warnings = new List<string>();
        long applied = 0;
        long? importId = null;

        // A real import opens its unit of work before validation, so that no other bench changes what
        // was validated. A dry run only reads, and keeps no bench waiting.
        using var batch = options.DryRun ? null : context.BeginBatch();

        // On a shared server that alone stops no other bench: imports take turns, so the same file
        // imported on two benches at once is applied by the first and found already applied by the second.
        if (batch is not null)
        {
            context.Write(w => w.Hold(ImportKey));
        }

        using var reader = CsvRowReader.Open(source, facts, format.Columns);
        if (reader.Header.Missing.Count > 0)
        {
            throw new RefusedException(
                $"{source.Name} is not a {format.Kind} file: the column {string.Join(", ", reader.Header.Missing.Select(m => $"\"{m}\""))} is missing (found: {Found(reader.Header.Header)})");
        }

        warnings.AddRange(reader.Header.Unknown.Take(MostWarnings).Select(u => $"column \"{Readable.Shorten(u, 40)}\" is not part of the {format.Kind} format; ignored"));
        if (reader.Header.Unknown.Count > MostWarnings)
        {
            warnings.Add($"{reader.Header.Unknown.Count - MostWarnings} more columns are not part of the {format.Kind} format; ignored");
        }

        using var rejects = new RejectsFile(reader.Header.Header, reader.Delimiter);

        // A real import keeps the rows it will apply in a compact form when the format has one, so
        // the apply pass does not read and parse the file again.
        using var kept = !options.DryRun && format is ICompactRows<TRow> form ? new ValidatedRows<TRow>(form) : null;

        void Reject(CsvRow row, RowError error)
        {
            rejects.Add(row, error);
            if (errors.Count < options.ErrorsShown)
            {
                errors.Add(error);
            }
        }

        // Pass 1: validate everything, write nothing.
        var (read, already) = Validate(format, reader, plans, kept, facts.Length, zone, Reject, progress);

        // The keys of pass 1 are garbage now; give their memory back before the apply pass.
        if (read > LargeFile)
        {
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        progress?.Report(new ImportProgress("checking", facts.Length, facts.Length, read));
        var toApply = plans.Count(p => p is RowPlan.New or RowPlan.Update);
        Stream? destination = null;
        try
        {
            // Every import that runs is recorded, also one that found every row already applied: the
            // record says the file came in again and changed nothing. A dry run, and a strict import
            // that applies nothing, are not imports.
            if (!options.DryRun && !(options.Strict && rejects.Count > 0))
            {
                importId = new ImportLog(context).Begin(format.Kind, source.Name, facts.Sha256, options.Strict);
                applied = toApply == 0 ? 0
                    : kept is null
                        ? ApplyPass(format, source, facts, plans, importId.Value, zone, Reject, progress)
                        : ApplyKept(format, source, facts, kept, importId.Value, Reject, progress);
                if (options.Strict && rejects.Count > 0)
                {
                    // A refusal while applying: all or nothing means nothing.
                    applied = 0;
                    importId = null;
                }
                else
                {
                    // The rejects file must be writable before anything is committed: an import that
                    // applied rows but lost its rejected ones would leave the partner nothing to fix.
                    destination = OpenRejects(source, rejects.Count);
                    new ImportLog(context).Finish(importId.Value, read, applied, already, rejects.Count);
                    batch!.Commit();
                }
            }

            string? rejectsWritten = null;
            if (!options.DryRun && (destination ?? OpenRejects(source, rejects.Count)) is { } open)
            {
                destination = null;
                rejects.CopyTo(open);
                rejectsWritten = source.RejectsName;
            }

            return new ImportResult(format.Kind, source.Name, facts.Sha256, read, applied, already, rejects.Count, errors, warnings, options.DryRun, options.Strict)
            {
                RejectsWrittenTo = rejectsWritten,
                ImportId = importId,
            };
        }
        finally
        {
            destination?.Dispose();
        }
    }

    /// <summary>Where the rejected rows go, or null when there are none or they are not kept; refused (nothing imported) when it cannot be written.</summary>
    private static Stream? OpenRejects(ImportSource source, long rejected)
    {
        if (rejected == 0)
        {
            return null;
        }

        try
        {
            return source.OpenRejects();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new RefusedException($"nothing was imported from {source.Name}: the rejected rows cannot be written to {source.RejectsName} ({e.Message})");
        }
    }

    /// <summary>The header as a message shows it: the first columns, each cut short, and how many there are.</summary>
    private static string Found(IReadOnlyList<string> header) =>
        string.Join(", ", header.Take(MostWarnings).Select(h => Readable.Shorten(h.Trim(), 40)))
        + (header.Count > MostWarnings ? $", ... {header.Count} columns in all" : "");

    private static (long Read, long Already) Validate<TRow>(IImportFormat<TRow> format, CsvRowReader reader, List<RowPlan> plans, ValidatedRows<TRow>? kept, long length, TimeZoneInfo zone,
        Action<CsvRow, RowError> reject, IProgress<ImportProgress>? progress)
        where TRow : class
    {
        long read = 0, already = 0;
        var keys = new KeyRegistry();
        while (reader.Next() is { } row)
        {
            read++;
            var fields = new FieldReader(row, zone);
            var value = fields.Error is null ? format.Parse(fields) : null;
            var plan = RowPlan.Rejected;
            if (value is not null && fields.Error is null)
            {
                if (!keys.TryAdd(format.Key(value), row.Line, out var first))
                {
                    fields.Fail(null, $"the same row as line {first} ({format.Key(value)}); each appears once in a file");
                }
                else
                {
                    plan = format.Check(value, fields);
                }
            }

            if (fields.Error is { } error)
            {
                plan = RowPlan.Rejected;
                reject(row, error);
            }
            else if (plan == RowPlan.AlreadyApplied)
            {
                already++;
            }
            else if (kept is not null && plan is RowPlan.New or RowPlan.Update)
            {
                kept.Add(row.Line, plan, value!);
            }

            plans.Add(plan);
            if (read % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress("checking", reader.Position, length, read));
            }
        }

        return (read, already);
    }

    private long ApplyPass<TRow>(IImportFormat<TRow> format, ImportSource source, FileFacts facts, List<RowPlan> plans, long importId,
        TimeZoneInfo zone, Action<CsvRow, RowError> reject, IProgress<ImportProgress>? progress)
        where TRow : class
    {
        long applied = 0;
        var index = 0;
        using var reader = CsvRowReader.Open(source, facts, format.Columns);
        using var session = format.BeginApply(importId);
        while (reader.Next() is { } row)
        {
            var plan = plans[index++];
            if (plan is RowPlan.New or RowPlan.Update)
            {
                var fields = new FieldReader(row, zone);
                var value = format.Parse(fields) ?? throw new InvalidOperationException($"line {row.Line} read differently the second time");
                try
                {
                    format.Apply(value, plan);
                    applied++;
                }
                catch (RefusedException e)
                {
                    reject(row, new RowError(row.Line, null, null, e.Message));
                }
            }

            if (index % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress("applying", reader.Position, facts.Length, index));
            }
        }

        progress?.Report(new ImportProgress("applying", facts.Length, facts.Length, index));
        return applied;
    }

    /// <summary>
    /// Applies the rows validation kept. A row refused while applying goes to the rejects file as
    /// the partner wrote it, so the few refused lines are read from the file once more at the end.
    /// </summary>
    private static long ApplyKept<TRow>(IImportFormat<TRow> format, ImportSource source, FileFacts facts, ValidatedRows<TRow> kept, long importId,
        Action<CsvRow, RowError> reject, IProgress<ImportProgress>? progress)
        where TRow : class
    {
        long applied = 0, done = 0;
        var refused = new Dictionary<long, string>();
        var length = kept.Length;
        using (format.BeginApply(importId))
        {
            foreach (var (line, plan, value) in kept.Read())
            {
                try
                {
                    format.Apply(value, plan);
                    applied++;
                }
                catch (RefusedException e)
                {
                    refused[line] = e.Message;
                }

                if (++done % ProgressEvery == 0)
                {
                    progress?.Report(new ImportProgress("applying", kept.Position, length, done));
                }
            }
        }

        progress?.Report(new ImportProgress("applying", length, length, done));
        if (refused.Count > 0)
        {
            using var reader = CsvRowReader.Open(source, facts, format.Columns);
            while (refused.Count > 0 && reader.Next() is { } row)
            {
                if (refused.Remove(row.Line, out var message))
                {
                    reject(row, new RowError(row.Line, null, null, message));
                }
            }
        }

        return applied;
    }
}
