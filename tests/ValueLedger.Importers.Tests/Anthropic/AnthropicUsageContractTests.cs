using ValueLedger.Core.Import;
using ValueLedger.Importers.Anthropic;
using ValueLedger.Importers.Tests.ApiPages;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Anthropic;

public sealed class AnthropicUsageContractTests : ImporterContractTests
{
    // The second result (line 8) has a non-numeric cache_read_input_tokens.
    private const string BadRow = """
        {
          "data": [
            {
              "starting_at": "2025-08-01T00:00:00Z",
              "ending_at": "2025-08-02T00:00:00Z",
              "results": [
                {"uncached_input_tokens": 10, "cache_read_input_tokens": 0, "output_tokens": 5, "workspace_id": null, "model": "claude-sonnet-4-20250514"},
                {"uncached_input_tokens": 10, "cache_read_input_tokens": "lots", "output_tokens": 5, "workspace_id": "wrkspc_a", "model": "claude-sonnet-4-20250514"},
                {"uncached_input_tokens": 10, "cache_read_input_tokens": 0, "output_tokens": 5, "workspace_id": "wrkspc_b", "model": "claude-sonnet-4-20250514"}
              ]
            }
          ],
          "has_more": false,
          "next_page": null
        }
        """;

    protected override ISpendImporter Importer { get; } = new AnthropicUsageImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ApiTestSamples.Fixture("Anthropic", "usage_report_pages.json");

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ApiTestSamples.Inline("bad_usage_report.json", BadRow);

    protected override long BadRowLine => 8;
}
