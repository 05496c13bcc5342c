using ValueLedger.Core.Import;

namespace ValueLedger.Importers.ApiPages;

/// <summary>The reading every provider API importer shares: stream, pages, buckets, results, errors.</summary>
internal static class ApiPageImport
{
    /// <summary>FOCUS ServiceCategory of every provider API record.</summary>
    public const string AiServiceCategory = "AI and Machine Learning";

    /// <summary>The provider APIs state amounts and are priced in US dollars.</summary>
    public const string UsDollars = "USD";

    public static async Task ReadAsync(
        Stream input,
        ImportContext context,
        IRecordSink sink,
        IApiResultMapper mapper,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(sink);
        cancellationToken.ThrowIfCancellationRequested();
        var processor = new ApiBucketProcessor(mapper, context, sink, cancellationToken);
        var scanner = new ApiValueScanner(sink, processor.Process);
        await new ApiPageReader(input, sink, scanner).ReadAsync(cancellationToken).ConfigureAwait(false);
    }
}
