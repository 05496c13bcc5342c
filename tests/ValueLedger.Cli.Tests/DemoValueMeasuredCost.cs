namespace ValueLedger.Cli.Tests;

/// <summary>
/// The allocated cost (USD) per initiative and month of the default demo (<c>valueledger demo --rows 200000</c>,
/// seed 42, measured with <c>showback --format json</c> per month), 2025-11 .. 2026-10: what the value story
/// was chosen against. Rounded to the cent.
/// </summary>
internal static class DemoValueMeasuredCost
{
    public static IReadOnlyDictionary<string, decimal[]> ByInitiative { get; } = new Dictionary<string, decimal[]>(StringComparer.Ordinal)
    {
        ["support-copilot"] = [6.16m, 7.02m, 8.18m, 9.42m, 10.24m, 11.54m, 12.11m, 12.80m, 14.58m, 15.47m, 16.11m, 16.99m],
        ["sales-email-drafts"] = [8.59m, 10.17m, 11.63m, 13.23m, 14.42m, 15.87m, 17.42m, 18.72m, 20.25m, 21.73m, 22.87m, 24.57m],
        ["content-studio"] = [5.93m, 8.16m, 10.42m, 13.43m, 16.64m, 20.34m, 24.47m, 28.87m, 33.56m, 38.48m, 43.61m, 50.19m],
        ["contract-review"] = [184.09m, 217.15m, 246.19m, 272.18m, 311.12m, 332.32m, 372.91m, 401.42m, 421.34m, 462.86m, 488.92m, 515.78m],
        ["invoice-extraction"] = [3.77m, 4.51m, 4.98m, 5.78m, 6.21m, 7.01m, 7.62m, 8.21m, 8.77m, 9.22m, 10.24m, 10.84m],
        ["code-review-bot"] = [36.39m, 43.43m, 48.74m, 55.48m, 62.03m, 68.06m, 5.86m, 6.45m, 7.22m, 7.04m, 7.92m, 8.35m],
        ["agent-platform"] = [7.75m, 8.96m, 10.39m, 11.47m, 13.10m, 14.18m, 15.51m, 16.64m, 18.42m, 19.92m, 20.88m, 22.18m],
        ["meeting-summaries"] = [0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m, 0m],
    };

    /// <summary>The demo's first month: index 0 of every array.</summary>
    public static readonly DateOnly Start = new(2025, 11, 1);

    public static int MonthIndex(DateOnly month) => ((month.Year - Start.Year) * 12) + month.Month - Start.Month;
}
