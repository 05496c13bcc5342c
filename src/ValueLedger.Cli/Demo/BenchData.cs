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
}
