using ValueLedger.Core.Import;
using ValueLedger.Importers.Anthropic;
using ValueLedger.Importers.Tests.ApiPages;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.Anthropic;

public sealed class AnthropicCostContractTests : ImporterContractTests
{
    // The second result (line 8) has an amount that is not a number.
    private const string BadRow = """
        {
          "data": [
            {
              "starting_at": "2025-08-01T00:00:00Z",
              "ending_at": "2025-08-02T00:00:00Z",
              "results": [
                {"currency": "USD", "amount": "123.45", "workspace_id": null, "description": "Claude Sonnet 4 Usage - Input Tokens", "cost_type": "tokens"},
                {"currency": "USD", "amount": "12,5", "workspace_id": null, "description": "Claude Sonnet 4 Usage - Output Tokens", "cost_type": "tokens"},
                {"currency": "USD", "amount": "7", "workspace_id": null, "description": "Web Search Usage", "cost_type": "web_search"}
              ]
            }
          ],
          "has_more": false,
          "next_page": null
        }
        """;

    protected override ISpendImporter Importer { get; } = new AnthropicCostImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ApiTestSamples.Fixture("Anthropic", "cost_report_page.json");

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ApiTestSamples.Inline("bad_cost_report.json", BadRow);

    protected override long BadRowLine => 8;
}
