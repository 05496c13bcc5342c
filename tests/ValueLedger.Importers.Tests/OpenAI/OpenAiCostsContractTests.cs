using ValueLedger.Core.Import;
using ValueLedger.Importers.OpenAI;
using ValueLedger.Importers.Tests.ApiPages;
using ValueLedger.Importers.Tests.Contract;

namespace ValueLedger.Importers.Tests.OpenAI;

public sealed class OpenAiCostsContractTests : ImporterContractTests
{
    // The second result (line 10) has a non-numeric amount.value.
    private const string BadRow = """
        {
          "object": "page",
          "data": [
            {
              "object": "bucket",
              "start_time": 1736553600,
              "end_time": 1736640000,
              "results": [
                {"object": "organization.costs.result", "amount": {"value": 0.06, "currency": "usd"}, "line_item": "gpt-4o, input", "project_id": "proj_abc"},
                {"object": "organization.costs.result", "amount": {"value": "twelve", "currency": "usd"}, "line_item": "gpt-4o, output", "project_id": "proj_abc"},
                {"object": "organization.costs.result", "amount": {"value": 0.5, "currency": "usd"}, "line_item": "Image models", "project_id": "proj_abc"}
              ]
            }
          ],
          "has_more": false,
          "next_page": null
        }
        """;

    protected override ISpendImporter Importer { get; } = new OpenAiCostsImporter();

    protected override (string FileName, byte[] Bytes) ValidSample => ApiTestSamples.Fixture("OpenAI", "costs_page.json");

    protected override (string FileName, byte[] Bytes) SampleWithBadRow => ApiTestSamples.Inline("bad_costs.json", BadRow);

    protected override long BadRowLine => 10;
}
