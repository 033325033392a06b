using Depot.Core.Exchange.Reading;

namespace Depot.Core.Exchange.Import;

/// <summary>One importable partner format, as the CLI and the UI offer it.</summary>
public sealed class ImportKind
{
    private readonly Func<DepotContext, ImportSource, ImportOptions, IProgress<ImportProgress>?, ImportResult> _run;

    private ImportKind(string name, string description, ColumnSet columns, Func<DepotContext, ImportSource, ImportOptions, IProgress<ImportProgress>?, ImportResult> run)
    {
        Name = name;
        Description = description;
        Columns = columns;
        _run = run;
    }

    public string Name { get; }

    public string Description { get; }

    public ColumnSet Columns { get; }

    public ImportResult Run(DepotContext context, ImportSource source, ImportOptions options, IProgress<ImportProgress>? progress = null) =>
        _run(context, source, options, progress);

    /// <summary>A kind whose rows <paramref name="format"/> reads and applies; the format is made fresh for each import.</summary>
    public static ImportKind Of<TRow>(string name, string description, ColumnSet columns, Func<DepotContext, IImportFormat<TRow>> format)
        where TRow : class =>
        new(name, description, columns, (context, source, options, progress) =>
        {
            var made = format(context);
            try
            {
                var result = new ImportRunner(context).Run(made, source, options, progress);
                return made is IFollowUp followUp ? followUp.Complete(result) : result;
            }
            finally
            {
                (made as IDisposable)?.Dispose();
            }
        });
}
