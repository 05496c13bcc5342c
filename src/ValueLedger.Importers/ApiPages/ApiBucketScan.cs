namespace ValueLedger.Importers.ApiPages;

/// <summary>
/// One time bucket of a provider usage or cost API page, as found by <see cref="ApiValueScanner"/>:
/// its time properties and the raw JSON of each result. Only the bucket being handled is in memory.
/// </summary>
internal sealed class ApiBucketScan
{
    /// <summary>Property names read as bucket times, in both conventions (OpenAI, Anthropic).</summary>
    public static readonly string[] TimeNames = ["start_time", "end_time", "starting_at", "ending_at"];

    /// <summary>1-based line of the bucket's opening brace.</summary>
    public required long Line { get; init; }

    /// <summary>1-based ordinal of the bucket in the file, for messages about minified input.</summary>
    public required int Ordinal { get; init; }

    public List<ApiTimeField> TimeFields { get; } = [];

    /// <summary>Whether the bucket has a <c>results</c> property at all.</summary>
    public bool HasResults { get; set; }

    /// <summary>Whether <c>results</c> is an array (when false, <see cref="Results"/> is empty).</summary>
    public bool ResultsIsArray { get; set; }

    public List<ApiResultSlice> Results { get; } = [];

    /// <summary>The time property called <paramref name="name"/>, if the bucket has one.</summary>
    public ApiTimeField? Time(string name)
    {
        foreach (var field in TimeFields)
        {
            if (field.Name == name)
            {
                return field;
            }
        }

        return null;
    }
}
