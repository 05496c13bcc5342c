namespace ValueLedger.Cli.Demo;

/// <summary>The FOCUS bills of the demo: Azure (with Azure OpenAI) and AWS (with Bedrock).</summary>
internal sealed partial class DemoGenerator
{
    private const string AzureAccount = "8f3b6c2e-6d1a-4f7e-9a51-2c4b1e9d7a10";
    private const string AzureSubscription = "c1a2b3d4-0000-4e5f-8a9b-northwind-ai";
    private const string AwsAccount = "412345678901";

    /// <summary>
    /// From this day engineering's new Bedrock deployment (Claude Sonnet) ships without its <c>Team</c> tag, so
    /// the tag rule stops matching: the demo's allocation coverage drops from run to walk and
    /// <c>valueledger unallocated</c> points at the untagged lines (a classic tag-hygiene regression).
    /// </summary>
    private static readonly DateTime UntaggedFrom = new(2026, 5, 1, 0, 0, 0, DateTimeKind.Utc);

    private void WriteFocusBills(DateTime monthStart, string month, List<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> azure, List<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> bedrock, bool lastMonth)
    {
        var azureLines = AzureLines(monthStart, azure).ToList();
        if (lastMonth)
        {
            // Azure re-delivers the open month's export several times: the first delivery holds the month
            // so far, the second replaces it whole.
            WriteFocus(Path.Combine(directory, "focus", $"azure-focus-{month}-delivery1.csv"), azureLines.Where(l => l.ChargeStart.Day < 20));
            WriteFocus(Path.Combine(directory, "focus", $"azure-focus-{month}-delivery2.csv"), azureLines);
        }
        else
        {
            WriteFocus(Path.Combine(directory, "focus", $"azure-focus-{month}.csv"), azureLines);
        }

        WriteFocus(Path.Combine(directory, "focus", $"aws-focus-{month}.csv.gz"), AwsLines(monthStart, bedrock));
    }

    private static void WriteFocus(string path, IEnumerable<FocusLine> lines)
    {
        using var writer = new FocusCsvWriter(path);
        foreach (var line in lines)
        {
            writer.Write(line);
        }
    }

    private static IEnumerable<FocusLine> AzureLines(DateTime monthStart, List<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> usage)
    {
        const string resource = "/subscriptions/" + AzureSubscription + "/resourceGroups/rg-ai-gateway/providers/Microsoft.CognitiveServices/accounts/northwind-openai";
        foreach (var u in usage)
        {
            var meter = u.Direction switch { TokenDirection.Input => "Input Tokens", TokenDirection.CachedInput => "Cached Input Tokens", _ => "Output Tokens" };
            var (inPrice, cachedPrice, outPrice) = DemoOrganisation.Price(u.Model);
            var unitPrice = u.Direction switch { TokenDirection.Input => inPrice, TokenDirection.CachedInput => cachedPrice, _ => outPrice } * 1000m;
            var cost = decimal.Round(u.Cost, 10);
            yield return new FocusLine(
                "Microsoft", AzureAccount, "Northwind Labs EA", AzureSubscription, "northwind-ai-prod", monthStart, u.Day, u.Day.AddDays(1), "Usage",
                $"{u.Model} {meter}", "Azure OpenAI Service", "AI and Machine Learning", "Generative AI", resource, "northwind-openai",
                "Microsoft.CognitiveServices/accounts", "swedencentral", $"AOAI-{u.Model}-{meter.Replace(' ', '-')}", $"{u.Model} {meter}",
                $"{{\"ModelId\":\"{u.Model}\",\"TokenDirection\":\"{(u.Direction == TokenDirection.Output ? "Output" : "Input")}\"{(u.Direction == TokenDirection.CachedInput ? ",\"TokenCacheAction\":\"Read\"" : string.Empty)}}}",
                u.Tokens, "Tokens", u.Tokens / 1000m, "1000 Tokens", unitPrice, cost, cost,
                "{\"application\":\"ai-gateway\",\"env\":\"prod\",\" cost-center\":\"CC-4100\"}");
        }

        for (var d = monthStart; d < monthStart.AddMonths(1); d = d.AddDays(1))
        {
            foreach (var (vm, team, hourly) in new[] { ("vm-web-01", "sales", 0.192m), ("vm-etl-02", "finance", 0.384m) })
            {
                var cost = hourly * 24m;
                yield return new FocusLine(
                    "Microsoft", AzureAccount, "Northwind Labs EA", "5e6f7a8b-northwind-core", "northwind-core", monthStart, d, d.AddDays(1), "Usage",
                    "D4s v5 Linux", "Virtual Machines", "Compute", "Virtual Machines", $"/subscriptions/5e6f7a8b-northwind-core/providers/Microsoft.Compute/virtualMachines/{vm}", vm,
                    "Microsoft.Compute/virtualMachines", "westeurope", "DZH318Z0BQ4L", null, null, 24m, "Hours", 24m, "1 Hour", hourly, cost, cost,
                    $"{{\"Team\":\"{team}\",\"env\":\"prod\"}}");
            }
        }
    }

    private IEnumerable<FocusLine> AwsLines(DateTime monthStart, List<(DateTime Day, string Model, string Project, TokenDirection Direction, long Tokens, decimal Cost)> usage)
    {
        foreach (var u in usage)
        {
            var meter = u.Direction switch { TokenDirection.Input => "input-tokens", TokenDirection.CachedInput => "cache-read-input-tokens", _ => "output-tokens" };
            var cost = decimal.Round(u.Cost, 10);
            yield return new FocusLine(
                "AWS", AwsAccount, "northwind-payer", "523456789012", "northwind-engineering", monthStart, u.Day, u.Day.AddDays(1), "Usage",
                $"Amazon Bedrock {u.Model} {meter}", "Amazon Bedrock", "AI and Machine Learning", "Generative AI",
                $"arn:aws:bedrock:us-east-1::foundation-model/anthropic.{u.Model}", u.Model, "Foundation Model", "us-east-1", $"BEDROCK-{u.Model}-{meter}", meter,
                $"{{\"ModelId\":\"{u.Model}\"}}", u.Tokens, "Tokens", u.Tokens / 1000m, "1K tokens", cost == 0 ? 0 : decimal.Round(cost / (u.Tokens / 1000m), 10), cost, cost,
                UntaggedFrom <= u.Day && u.Model == "claude-sonnet-4-5" ? "{\"project\":\"code-review-bot\"}" : "{\"Team\":\"engineering\",\"project\":\"code-review-bot\"}");
        }

        for (var d = monthStart; d < monthStart.AddMonths(1); d = d.AddDays(1))
        {
            var gpuHours = 8m + _random.Next(0, 9);
            yield return new FocusLine(
                "AWS", AwsAccount, "northwind-payer", "523456789012", "northwind-engineering", monthStart, d, d.AddDays(1), "Usage",
                "g5.2xlarge Linux on-demand", "Amazon Elastic Compute Cloud", "Compute", "Virtual Machines", "arn:aws:ec2:us-east-1:523456789012:instance/i-0gpu7e1a", "gpu-finetune-01",
                "Instance", "us-east-1", "G5-2XL-OD", null, null, gpuHours, "Hours", gpuHours, "Hours", 1.212m, gpuHours * 1.212m, gpuHours * 1.212m,
                "{\"workload\":\"ai\",\"team\":\"engineering\"}");
            yield return new FocusLine(
                "AWS", AwsAccount, "northwind-payer", "623456789012", "northwind-data", monthStart, d, d.AddDays(1), "Usage",
                "S3 Standard storage", "Amazon Simple Storage Service", "Storage", "Object Storage", "arn:aws:s3:::northwind-datalake", "northwind-datalake",
                "Bucket", "us-east-1", "S3-STD", null, null, 41_000m, "GB-Hours", 41_000m, "GB-Hours", 0.0000319444m, 1.3097204m, 1.3097204m, null);
        }

        yield return new FocusLine(
            "AWS", AwsAccount, "northwind-payer", "523456789012", "northwind-engineering", monthStart, monthStart, monthStart.AddMonths(1), "Credit",
            "AWS Activate credit", "Amazon Elastic Compute Cloud", "Compute", null, string.Empty, string.Empty, string.Empty, "us-east-1", "CREDIT", null, null,
            1m, "Credit", 1m, "Credit", 0m, -25m, -25m, null);
    }
}
