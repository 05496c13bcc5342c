using ValueLedger.Core.Import;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.ApiPages;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.OpenAI;

public sealed class OpenAiUsageContractTests : ImporterContractTests
{
    // The second result (line 10) has a negative output_tokens; BadRowLine is that result's JSON line.
    private const string BadRow = """
        {
          "object": "page",
          "data": [
            {
              "object": "bucket",
              "start_time": 1736553600,
              "end_time": 1736640000,
              "results": [
                {"object": "organization.usage.completions.result", "input_tokens": 100, "output_tokens": 10, "num_model_requests": 1, "model": "gpt-4o"},
                {"object": "organization.usage.completions.result", "input_tokens": 100, "output_tokens": -5, "num_model_requests": 1, "model": "gpt-4o-mini"},
                {"object": "organization.usage.completions.result", "input_tokens": 100, "output_tokens": 10, "num_model_requests": 1, "model": "o1"}
              ]
            }
          ],
          "has_more": false,
          "next_page": null
        }
        """;

    protected override ISpendImporter Importer { get; } = new OpenAiUsageImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ApiTestSamples.Fixture("OpenAI", "usage_completions_pages.json");

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ApiTestSamples.Inline("bad_usage.json", BadRow);

    protected override long BadRowLine => 10;
}
