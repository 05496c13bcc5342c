using System.Globalization;

namespace ValueLedger.Core.Allocation.Insight;

/// <summary>Suggests, in words, what would allocate an Unallocated candidate's cost.</summary>
public static class UnallocatedFix
{
    /// <summary>
    /// E.g. <c>add a rule matching sub_account: proj_x (covers 41 % of unallocated USD)</c>. Resource ids are
    /// not a rule field, so the suggestion is to tag the resource; reasons say what the reason needs.
    /// The percentage is <see cref="UnallocatedCandidate.Share"/> rounded half away from zero to a whole number.
    /// </summary>
    public static string Suggest(UnallocatedCandidate candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var covers = string.Create(
            CultureInfo.InvariantCulture,
            $"covers {Math.Round(candidate.Share * 100m, 0, MidpointRounding.AwayFromZero):0} % of unallocated {candidate.Currency}");
        return candidate.Key switch
        {
            UnallocatedKeys.Resource => $"tag resource {candidate.Value} with its owner and add a rule matching that tag ({covers})",
            UnallocatedKeys.ProviderModel => $"add a rule matching {ProviderModel(candidate.Value)} ({covers})",
            UnallocatedKeys.Reason => $"{ForReason(candidate.Value)} ({covers})",
            _ => $"add a rule matching {candidate.Key}: {candidate.Value} ({covers})",
        };
    }

    private static string ProviderModel(string value)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? $"provider: {value}" : $"provider: {value[..slash]} and model: {value[(slash + 1)..]}";
    }

    private static string ForReason(string reason) => reason switch
    {
        AllocationReasons.NoMatchingRule => "no rule matched: add rules for the keys above",
        AllocationReasons.NoTelemetry => "a telemetry split found no usage telemetry: import the usage for these lines' provider and period, or declare a fallback",
        AllocationReasons.TelemetryMixesCurrencies => "the telemetry to split by is priced in several currencies: price it in one currency or declare a fallback",
        AllocationReasons.TelemetryPending => "a telemetry split is still pending: run valueledger allocate for the period again once telemetry splits are available",
        UnallocatedKeys.NotAllocatedYet => "never allocated: run valueledger allocate for the period",
        _ => $"reason {reason}",
    };
}
