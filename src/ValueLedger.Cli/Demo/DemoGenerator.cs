using System.Globalization;

namespace ValueLedger.Cli.Demo;

/// <summary>
/// Generates a year of the demo organisation's AI usage and the bills that go with it, as the files a
/// user would export: LiteLLM spend logs, OTLP traces, OpenAI and Anthropic usage and cost API pages,
/// and FOCUS exports from Azure and AWS. Deterministic for a given seed and row count.
/// </summary>
internal sealed partial class DemoGenerator(string directory, long rows, int seed)
{
    private readonly Random _random = new(seed);
    private long _sequence;

    /// <summary>Generates every file; returns the folders to import, bills first.</summary>
    public IReadOnlyList<string> Generate(IProgress<string>? progress)
    {
        var folders = new[] { "focus", "openai/costs", "anthropic/cost", "litellm", "otel", "openai/usage", "anthropic/usage" };
        foreach (var folder in folders)
        {
            Directory.CreateDirectory(Path.Combine(directory, folder));
        }

        var totalWeight = Enumerable.Range(0, DemoOrganisation.Months).Sum(DemoOrganisation.MonthWeight);
        for (var m = 0; m < DemoOrganisation.Months; m++)
        {
            var monthStart = DemoOrganisation.Start.AddMonths(m);
            progress?.Report(string.Create(CultureInfo.InvariantCulture, $"generating {monthStart:yyyy-MM}"));
            var monthRows = (long)Math.Round(rows * DemoOrganisation.MonthWeight(m) / totalWeight);
            GenerateMonth(monthStart, monthRows, lastMonth: m == DemoOrganisation.Months - 1);
        }

        return [.. folders.Select(f => Path.Combine(directory, f))];
    }

    private void GenerateMonth(DateTime monthStart, long monthRows, bool lastMonth)
    {
        var month = monthStart.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        var bills = new Dictionary<string, BillAggregate>(StringComparer.Ordinal)
        {
            ["azure"] = new(), ["bedrock"] = new(), ["openai"] = new(), ["anthropic"] = new(),
        };
        var buckets = new List<ApiBucket>();
        var days = DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
        var dayWeights = Enumerable.Range(0, days).Select(d => monthStart.AddDays(d).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.3 : 1.0).ToArray();
        var dayWeightSum = dayWeights.Sum();

        var litellmPath = Path.Combine(directory, "litellm", $"litellm-spend-{month}.csv");
        var otelPath = Path.Combine(directory, "otel", $"traces-{month}.ndjson");
        long litellmRows, otelRows;
        using (var litellm = new LiteLlmCsvWriter(litellmPath, _sequence))
        using (var otel = new OtlpNdjsonWriter(otelPath, _sequence))
        {
            for (var d = 0; d < days; d++)
            {
                var day = monthStart.AddDays(d);
                foreach (var workload in DemoOrganisation.Workloads)
                {
                    var requests = (long)Math.Round(monthRows * workload.Share * dayWeights[d] / dayWeightSum);
                    switch (workload.Route)
                    {
                        case DemoRoute.LiteLlm:
                            for (var i = 0; i < requests; i++)
                            {
                                var request = NextRequest(workload, day, unknownModel: false);
                                litellm.Write(request);
                                AddToBill(bills, request, workload.Project);
                            }

                            break;
                        case DemoRoute.OpenTelemetry:
                            for (var i = 0; i < requests; i++)
                            {
                                // In the last month the platform team tries a fine-tuned model the price book does not know:
                                // the first request of each day uses it, so the demo shows unknown models being reported.
                                var request = NextRequest(workload, day, unknownModel: lastMonth && i == 0);
                                otel.Write(request);
                                AddToBill(bills, request, ProviderApiWriters.ProjectId(workload));
                            }

                            break;
                        default:
                            buckets.AddRange(DayBuckets(workload, day, requests, bills));
                            break;
                    }
                }
            }

            _sequence += litellm.Rows + otel.Rows;
            litellmRows = litellm.Rows;
            otelRows = otel.Rows;
        }

        // A tiny demo (a few thousand rows) can leave a month without any request of a route; an
        // export with nothing in it is not written, as a gateway would write none.
        DeleteIfEmpty(litellmPath, litellmRows);
        DeleteIfEmpty(otelPath, otelRows);

        var scaled = bills.ToDictionary(b => b.Key, b => b.Value.Lines.Select(l => l with { Cost = l.Cost * DemoOrganisation.BillVariance(b.Key) }).ToList(), StringComparer.Ordinal);
        ProviderApiWriters.OpenAiUsage(Path.Combine(directory, "openai", "usage", $"usage-{month}.json"), buckets.Where(b => b.Workload.Route == DemoRoute.OpenAiApi));
        ProviderApiWriters.AnthropicUsage(Path.Combine(directory, "anthropic", "usage", $"usage-{month}.json"), buckets.Where(b => b.Workload.Route == DemoRoute.AnthropicApi));
        ProviderApiWriters.OpenAiCosts(Path.Combine(directory, "openai", "costs", $"costs-{month}.json"), scaled["openai"]);
        ProviderApiWriters.AnthropicCost(Path.Combine(directory, "anthropic", "cost", $"cost-{month}.json"), scaled["anthropic"]);
        WriteFocusBills(monthStart, month, scaled["azure"], scaled["bedrock"], lastMonth);
    }

    private static void DeleteIfEmpty(string path, long rows)
    {
        if (rows == 0)
        {
            File.Delete(path);
        }
    }

    internal DemoRequest NextRequest(DemoWorkload workload, DateTime day, bool unknownModel)
    {
        var model = unknownModel ? "northwind-helpdesk-ft-v2" : workload.Models[_random.NextDouble() < 0.75 ? 0 : workload.Models.Length - 1];
        var growth = DemoOrganisation.TokenGrowth(workload.Team, DemoOrganisation.MonthIndex(day));
        var input = (long)(workload.MeanInputTokens * growth * (0.25 + (1.5 * _random.NextDouble())));
        var output = (long)(workload.MeanOutputTokens * growth * (0.25 + (1.5 * _random.NextDouble())));
        var cached = _random.NextDouble() < 0.4 ? (long)(input * 0.6 * _random.NextDouble()) : 0;
        var failed = _random.NextDouble() < 0.015;
        var start = day.AddMilliseconds(_random.Next(0, 86_400_000));
        var user = _random.Next(0, 40 + (workload.Team.Length * 7));
        if (failed)
        {
            return new DemoRequest(workload, model, start, _random.Next(50, 400), 0, 0, 0, 0m, user, true);
        }

        var (inPrice, cachedPrice, outPrice) = DemoOrganisation.Price(model);
        var cost = ((input - cached) * inPrice) + (cached * cachedPrice) + (output * outPrice);
        return new DemoRequest(workload, model, start, _random.Next(300, 9000), input, cached, output, cost, user, false);
    }

    private static void AddToBill(Dictionary<string, BillAggregate> bills, in DemoRequest r, string project)
    {
        if (r.Failed || !bills.TryGetValue(r.Workload.Provider, out var bill) || r.Cost == 0m)
        {
            return;
        }

        var (inPrice, cachedPrice, outPrice) = DemoOrganisation.Price(r.Model);
        var day = r.Start.Date;
        bill.Add(day, r.Model, project, TokenDirection.Input, r.UncachedInput, r.UncachedInput * inPrice);
        bill.Add(day, r.Model, project, TokenDirection.CachedInput, r.CachedTokens, r.CachedTokens * cachedPrice);
        bill.Add(day, r.Model, project, TokenDirection.Output, r.OutputTokens, r.OutputTokens * outPrice);
    }

    private IEnumerable<ApiBucket> DayBuckets(DemoWorkload workload, DateTime day, long requests, Dictionary<string, BillAggregate> bills)
    {
        var project = workload.Route == DemoRoute.OpenAiApi ? ProviderApiWriters.ProjectId(workload) : ProviderApiWriters.WorkspaceId(workload);
        for (var i = 0; i < workload.Models.Length; i++)
        {
            var model = workload.Models[i];
            var count = (long)Math.Round(requests * (i == 0 ? 0.75 : 0.25));
            if (count == 0)
            {
                continue;
            }

            var input = (long)(count * workload.MeanInputTokens * (0.85 + (0.3 * _random.NextDouble())));
            var output = (long)(count * workload.MeanOutputTokens * (0.85 + (0.3 * _random.NextDouble())));
            var cached = (long)(input * 0.12 * _random.NextDouble());
            var (inPrice, cachedPrice, outPrice) = DemoOrganisation.Price(model);
            var bill = bills[workload.Provider];
            bill.Add(day, model, project, TokenDirection.Input, input - cached, (input - cached) * inPrice);
            bill.Add(day, model, project, TokenDirection.CachedInput, cached, cached * cachedPrice);
            bill.Add(day, model, project, TokenDirection.Output, output, output * outPrice);
            yield return new ApiBucket(day, workload, model, $"key_{workload.Team}_{i + 1}", count, input, cached, output);
        }
    }
}
