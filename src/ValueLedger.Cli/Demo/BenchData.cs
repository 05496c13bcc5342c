namespace ValueLedger.Cli.Demo;

/// <summary>Large single-file inputs for the import benchmark, from the demo's generators.</summary>
internal static class BenchData
{
    /// <summary>A LiteLLM spend-log CSV of <paramref name="rows"/> requests spread over the demo year.</summary>
    public static void WriteLiteLlm(string path, long rows, int seed)
    {
        var generator = new DemoGenerator(Path.GetDirectoryName(path)!, rows, seed);
        var workloads = DemoOrganisation.Workloads.Where(w => w.Route == DemoRoute.LiteLlm).ToArray();
        var random = new Random(seed);
        using var writer = new LiteLlmCsvWriter(path);
        var days = (int)(DemoOrganisation.Start.AddMonths(DemoOrganisation.Months) - DemoOrganisation.Start).TotalDays;
        for (long i = 0; i < rows; i++)
        {
            var day = DemoOrganisation.Start.AddDays(i * days / rows);
            writer.Write(generator.NextRequest(workloads[random.Next(workloads.Length)], day, unknownModel: false));
        }
    }

    /// <summary>A FOCUS 1.2 CSV of <paramref name="rows"/> lines: AI and other services of three providers over a year.</summary>
    public static void WriteFocus(string path, long rows, int seed)
    {
        var random = new Random(seed);
        string[] providers = ["Microsoft", "AWS", "Google Cloud"];
        (string Service, string Category)[] services =
        [
            ("Azure OpenAI Service", "AI and Machine Learning"), ("Amazon Bedrock", "AI and Machine Learning"), ("Vertex AI", "AI and Machine Learning"),
            ("Virtual Machines", "Compute"), ("Amazon Simple Storage Service", "Storage"), ("Cloud SQL", "Databases"),
        ];
        using var writer = new FocusCsvWriter(path);
        var days = (int)(DemoOrganisation.Start.AddMonths(DemoOrganisation.Months) - DemoOrganisation.Start).TotalDays;
        for (long i = 0; i < rows; i++)
        {
            var day = DemoOrganisation.Start.AddDays(i * days / rows);
            var month = new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var p = random.Next(providers.Length);
            var (service, category) = services[random.Next(services.Length)];
            var quantity = decimal.Round((decimal)random.NextDouble() * 5000m, 6);
            var unitPrice = 0.0000025m * (1 + random.Next(8));
            var cost = decimal.Round(quantity * unitPrice, 10);
            var team = $"team-{random.Next(25):D2}";
            writer.Write(new FocusLine(
                providers[p], $"acct-{p}", $"Account {p}", $"sub-{random.Next(40):D2}", $"Subscription {random.Next(40):D2}", month, day, day.AddDays(1), "Usage",
                $"{service} usage", service, category, null, $"res-{random.Next(5000):D5}", $"resource {i % 5000}", "Resource", "eu-west-1", $"SKU{random.Next(300):D3}",
                null, null, quantity, "Units", quantity, "Units", unitPrice, cost, cost, random.Next(3) == 0 ? null : $"{{\"team\":\"{team}\",\"env\":\"prod\"}}"));
        }
    }

    /// <summary>
    /// A LiteLLM spend-log CSV of <paramref name="rows"/> requests of all seven demo teams (every workload
    /// routed through the gateway, in the demo's shares) over the demo year, for the allocation benchmark:
    /// each row carries team, provider, model and cost. Azure and Bedrock usage is covered by the FOCUS
    /// bill of <see cref="WriteAllocationFocus"/>; OpenAI, Anthropic and Mistral usage has no bill.
    /// </summary>
    public static void WriteAllocationUsage(string path, long rows, int seed)
    {
        var generator = new DemoGenerator(Path.GetDirectoryName(path)!, rows, seed);
        var workloads = DemoOrganisation.Workloads;
        var random = new Random(seed);
        using var writer = new LiteLlmCsvWriter(path);
        var days = (int)(DemoOrganisation.Start.AddMonths(DemoOrganisation.Months) - DemoOrganisation.Start).TotalDays;
        for (long i = 0; i < rows; i++)
        {
            var day = DemoOrganisation.Start.AddDays(i * days / rows);
            var pick = random.NextDouble();
            var w = 0;
            while (w < workloads.Length - 1 && (pick -= workloads[w].Share) > 0)
            {
                w++;
            }

            writer.Write(generator.NextRequest(workloads[w], day, unknownModel: false));
        }
    }

    /// <summary>
    /// A FOCUS 1.2 CSV of <paramref name="rows"/> lines over the demo year for the allocation benchmark:
    /// five billing accounts of Azure, AWS and Google Cloud; AI services (three in four lines) and others;
    /// 80 % of lines tagged with one of the seven demo teams, 8 % with a team no business unit owns
    /// (<c>research</c>), the rest untagged; about 1 % credits. Each day starts with two shared lines no
    /// team owns: Azure OpenAI capacity (sub-account <c>northwind-shared-ai</c>, split by telemetry) and
    /// Vertex AI (sub-account <c>northwind-shared-vertex</c>, which has no telemetry, so its split falls back), each
    /// about an eighth of the cost of the day's other lines.
    /// </summary>
    public static void WriteAllocationFocus(string path, long rows, int seed)
    {
        var random = new Random(seed);
        (string Provider, string Id, string Name, string[] Subs, string AiService, string OtherService, string[] Models)[] accounts =
        [
            ("Microsoft", "ea-northwind-prod", "Northwind EA prod", ["northwind-ai-prod", "northwind-core"], "Azure OpenAI Service", "Virtual Machines", ["gpt-4o", "gpt-4o-mini"]),
            ("Microsoft", "ea-northwind-research", "Northwind EA research", ["northwind-research"], "Azure OpenAI Service", "Storage Accounts", ["gpt-4o"]),
            ("AWS", "412345678901", "northwind-payer", ["523456789012", "623456789012"], "Amazon Bedrock", "Amazon Elastic Compute Cloud", ["claude-sonnet-4-5", "claude-3-5-haiku"]),
            ("AWS", "712345678901", "northwind-labs-payer", ["813456789012"], "Amazon Bedrock", "Amazon Simple Storage Service", ["claude-3-5-haiku"]),
            ("Google Cloud", "gcp-billing-01", "Northwind GCP", ["northwind-vertex"], "Vertex AI", "Compute Engine", ["gemini-2.5-pro"]),
        ];
        var teams = DemoOrganisation.Workloads.Select(w => w.Team).ToArray();
        using var writer = new FocusCsvWriter(path);
        var days = (int)(DemoOrganisation.Start.AddMonths(DemoOrganisation.Months) - DemoOrganisation.Start).TotalDays;
        for (var d = 0; d < days; d++)
        {
            var day = DemoOrganisation.Start.AddDays(d);
            var month = new DateTime(day.Year, day.Month, 1, 0, 0, 0, DateTimeKind.Utc);
            var count = (rows * (d + 1) / days) - (rows * d / days);
            for (long i = 0; i < count; i++)
            {
                var shared = i < 2;
                var a = shared ? (i == 0 ? accounts[0] : accounts[4]) : accounts[random.Next(accounts.Length)];
                var ai = shared || random.Next(4) != 0;
                var sub = shared ? (i == 0 ? "northwind-shared-ai" : "northwind-shared-vertex") : a.Subs[random.Next(a.Subs.Length)];
                var model = ai ? a.Models[random.Next(a.Models.Length)] : null;
                var credit = !shared && random.Next(100) == 0;
                // A shared line weighs about an eighth of the day's other lines together, whatever the size, so the
                // shares of direct, split and unallocated cost stay alike from small runs to the full benchmark.
                var quantity = decimal.Round((decimal)random.NextDouble() * 5000m * (shared ? Math.Max(1, count / 8) : 1), 6);
                var unitPrice = 0.0000025m * (1 + random.Next(8));
                var cost = decimal.Round(quantity * unitPrice, 10) * (credit ? -1 : 1);
                var tag = random.Next(100);
                var tags = shared ? "{\"env\":\"prod\",\"application\":\"ai-gateway\"}"
                    : tag < 80 ? $"{{\"{(a.Provider == "AWS" ? "Team" : "team")}\":\"{teams[random.Next(teams.Length)]}\",\"env\":\"prod\"}}"
                    : tag < 88 ? "{\"team\":\"research\",\"env\":\"dev\"}"
                    : null;
                var service = ai ? a.AiService : a.OtherService;
                writer.Write(new FocusLine(
                    a.Provider, a.Id, a.Name, sub, sub, month, day, day.AddDays(1), credit ? "Credit" : "Usage",
                    $"{service} {model ?? "usage"}", service, ai ? "AI and Machine Learning" : "Compute", null, $"res-{random.Next(5000):D5}", $"resource {i % 5000}",
                    "Resource", "eu-west-1", $"SKU{random.Next(300):D3}", null, model is null ? null : $"{{\"ModelId\":\"{model}\"}}",
                    quantity, "Units", quantity, "Units", unitPrice, cost, cost, tags));
            }
        }
    }
}
