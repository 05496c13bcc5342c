using System.Text.Json;

namespace ValueLedger.Importers.ApiPages;

/// <summary>What one provider API format adds to the shared page reading: its bucket times and its results.</summary>
internal interface IApiResultMapper
{
    ApiTimeStyle TimeStyle { get; }

    /// <summary>What the input should be, for messages: "an OpenAI completions usage page".</summary>
    string SourceDescription { get; }

    /// <summary>
    /// Null when <paramref name="result"/> can be of this format; otherwise why the file is another
    /// format (a fatal error: the wrong <c>--format</c> was chosen).
    /// </summary>
    string? ForeignReason(JsonElement result);

    /// <summary>Maps one result to a record, or says which field is wrong.</summary>
    ApiMapResult Map(in ApiResultInput input);
}
